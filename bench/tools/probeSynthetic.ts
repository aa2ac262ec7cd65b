import { checkWorkbook } from "../../src/layout/checkWorkbook";
import { syntheticGrid } from "../fixtures/syntheticSheet";

/** Prints the diagnostics of the synthetic sheets by code: `node build/bench/bench/tools/probeSynthetic.js 100`. */
const rows = Number(process.argv[2] ?? 100);
const wb = checkWorkbook([syntheticGrid(rows)]);
console.log("broken", JSON.stringify(wb.broken));
for (const s of wb.sheets) {
  const byCode = new Map<string, number>();
  for (const d of s.result.diagnostics) byCode.set(`${d.severity} ${d.code}`, (byCode.get(`${d.severity} ${d.code}`) ?? 0) + 1);
  console.log(s.input.sheetName, s.result.indicators.length, "rows; writes", s.patch.writes.length, "total", s.result.total.value?.toString(), s.result.grade.value);
  console.log([...byCode].map(([k, n]) => `${k}: ${n}`).join("\n"));
  console.log(JSON.stringify(s.result.diagnostics.slice(0, 3)));
}
