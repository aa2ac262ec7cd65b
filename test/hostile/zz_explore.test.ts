import fc from "fast-check";
import { checkWorkbook } from "../../src/layout/checkWorkbook";
import { seedGrids } from "../fixtures/seedGrids";
import { filledTemplate, templateSheets } from "../fuzz/gridArbs";
import { HOSTILE } from "./corpus";
import { inputRoles, placed } from "./roles";
test("explore", () => {
  const tidy = templateSheets.map((t) => fc.sample(filledTemplate(t, true), { numRuns: 1, seed: 3 })[0]);
  const silent: Record<string, string[]> = {};
  for (const grid of [...seedGrids, ...tidy]) {
    const base = checkWorkbook([grid]).sheets[0];
    for (const role of inputRoles(base.input)) {
      for (const h of HOSTILE.filter((x) => process.env.R_HUGE ? x.kind === "huge" : x.kind !== "huge")) {
        const wb = checkWorkbook([placed(grid, role.address, h)]);
        const ds = [...wb.sheets.flatMap((s) => s.result.diagnostics), ...wb.broken.flatMap((b) => b.diagnostics)];
        const at = ds.filter((d) => d.cell === role.address);
        const key = `${role.reads}:${role.role}`;
        if (at.length === 0 && (h.kind === "excelError" || h.kind === "formulaText" || h.kind === "boolean")) (silent[key] ??= []).push(`${grid.sheetName.slice(0,2)}:${h.name}`);
      }
    }
  }
  for (const [k, v] of Object.entries(silent)) console.log(k, [...new Set(v)].join(" | "));
});
