import fc from "fast-check";
import { checkWorkbook } from "../../src/layout/checkWorkbook";
import { filledTemplate, templateSheets } from "../fuzz/gridArbs";
import { HOSTILE } from "./corpus";
import { inputRoles, placed } from "./roles";
test("explore", () => {
  const grid = fc.sample(filledTemplate(templateSheets[1], true), { numRuns: 1, seed: 3 })[0];
  const base = checkWorkbook([grid]).sheets[0];
  console.log(base.result.diagnostics.map(d => `${d.code}@${d.cell}`).join(" "), base.result.total.value?.toString());
  for (const role of inputRoles(base.input).filter(r => /指标值|完成值 \(number|偏差原因 \(number|部门名称|一级 \(number/.test(r.role))) {
    for (const h of HOSTILE.filter(h => ["boolean TRUE", "Excel error #N/A", "formula-like text 1"].includes(h.name))) {
      const wb = checkWorkbook([placed(grid, role.address, h)]);
      const s = wb.sheets[0];
      console.log(role.role, role.address, h.name, s ? s.result.diagnostics.map(d => `${d.code}@${d.cell}`).join(" ") + " total=" + s.result.total.value?.toString() : "broken");
    }
  }
});
