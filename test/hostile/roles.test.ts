import fc from "fast-check";
import type { Diagnostic } from "../../src/domain/diagnostics";
import { checkWorkbook } from "../../src/layout/checkWorkbook";
import type { Grid } from "../../src/layout/grid";
import { seedOverallGrid, seedProjectGrid } from "../fixtures/seedGrids";
import { fuzzMode, fuzzParams, runsFor } from "../fuzz/budget";
import { filledTemplate, templateSheets } from "../fuzz/gridArbs";
import { checkPipeline } from "../fuzz/properties";
import { HOSTILE, type HostileCell } from "./corpus";
import { inputRoles, placed, type InputRole } from "./roles";

/**
 * Every hostile content in every input role of the seed's and the templates' sheets: nothing
 * throws, and where the engine needs a number (amounts, 分值, targets, actuals, scores) an Excel
 * error or a formula-like text gets a diagnostic at that very cell. The pipeline properties
 * (scores in range, patch only on computed cells, never lose a cell, idempotent) hold for every
 * placement under `npm run fuzz`, and for a random sample of them under `npm test`.
 */

const [tidyOverall, tidyProject] = templateSheets.map((t) => fc.sample(filledTemplate(t, true), { numRuns: 1, seed: 3 })[0]);
const GRIDS: readonly Grid[] = fuzzMode() === "full" ? [seedOverallGrid, seedProjectGrid, tidyOverall, tidyProject] : [seedProjectGrid, tidyOverall];

function rolesOf(grid: Grid): InputRole[] {
  const sheet = checkWorkbook([grid]).sheets[0];
  if (!sheet) throw new Error(`${grid.sheetName} does not read`);
  return inputRoles(sheet.input);
}

function diagnosticsOf(grid: Grid, full: boolean): Diagnostic[] {
  const wb = full ? checkPipeline([grid]).check : checkWorkbook([grid]);
  return [...wb.sheets.flatMap((s) => s.result.diagnostics), ...wb.broken.flatMap((b) => b.diagnostics)];
}

/** A formula-like text that is no number: "+1" and "-1" are numbers Excel would have stored as such. */
const notANumber = (h: HostileCell) => h.kind === "formulaText" && typeof h.value === "string" && !/^[+-]\d+$/.test(h.value);
const NUMERIC_ROLES = new Set(["amount", "weight", "value", "score"]);

describe.each(GRIDS.map((g) => [g.sheetName, g] as const))("hostile contents in every input role of %s", (_name, grid) => {
  const roles = rolesOf(grid);

  it("finds the roles: amounts, 分值, targets, actuals, scores, names, notes", () => {
    const reads = new Set(roles.map((r) => r.reads));
    expect([...reads].sort()).toEqual(["amount", "label", "score", "text", "value", "weight"]);
    expect(roles.length).toBeGreaterThanOrEqual(20);
  });

  it.each(HOSTILE.map((h) => [h.name, h] as const))("%s: no throw; a diagnostic at the cell where a number is needed", (_n, h) => {
    const silent: string[] = [];
    for (const role of roles) {
      const ds = diagnosticsOf(placed(grid, role.address, h), fuzzMode() === "full");
      const at = ds.filter((d) => d.cell === role.address);
      const needsNumber = NUMERIC_ROLES.has(role.reads) || role.role.startsWith("三级指标");
      if (h.kind === "excelError" && needsNumber && at.length === 0) silent.push(`${role.role} ${role.address}`);
      const numberRole = role.reads === "amount" || role.reads === "weight";
      if (notANumber(h) && numberRole && !at.some((d) => d.code === "VALUE_NOT_NUMERIC" || d.code === "WEIGHT_INVALID")) {
        silent.push(`${role.role} ${role.address}`);
      }
      // Whatever the content, every diagnostic still belongs to this sheet.
      for (const d of ds) expect(d.sheet).toBe(grid.sheetName);
    }
    expect(silent).toEqual([]);
  }, 120_000);
});

describe("hostile contents anywhere in a real table (random placements)", () => {
  it("keep every pipeline property", () => {
    const grids = [seedOverallGrid, seedProjectGrid, tidyOverall, tidyProject];
    const placements = grids.flatMap((g) => rolesOf(g).map((r) => [g, r] as const));
    let cases = 0;
    fc.assert(
      fc.property(fc.constantFrom(...placements), fc.array(fc.tuple(fc.nat(placements.length - 1), fc.constantFrom(...HOSTILE)), { maxLength: 3 }), fc.constantFrom(...HOSTILE), ([g, role], more, h) => {
        cases++;
        let grid = placed(g, role.address, h);
        // A few more hostile cells elsewhere in the same sheet, where they fit.
        for (const [i, x] of more) if (placements[i][0] === g) grid = placed(grid, placements[i][1].address, x);
        checkPipeline([grid]);
      }),
      fuzzParams("hostileCells"),
    );
    if (!process.env.FUZZ_PATH) expect(cases).toBe(runsFor("hostileCells"));
  }, 600_000);
});
