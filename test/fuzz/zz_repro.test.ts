import fc from "fast-check";
import { PROFILE_NAMES, profiles } from "../../src/domain/profiles";
import { checkWorkbook, applyPatchToGrid } from "../../src/layout/checkWorkbook";
import { cellAddress } from "../../src/layout/address";
import type { Grid } from "../../src/layout/grid";
import { anyGrid, landedThenEditedGrid, labelledRandomGrid, mutatedGrid, randomGrid } from "./gridArbs";
import { checkPipeline } from "./properties";

function dump(g: Grid): string {
  const out: string[] = [`sheet=${JSON.stringify(g.sheetName)}`];
  g.values.forEach((r, i) => r.forEach((v, j) => { const f = g.formulas?.[i]?.[j]; if (v !== null && v !== undefined || f) out.push(`${cellAddress(i, j)}=${JSON.stringify(v)}${f ? ` f=${f}` : ""}`); }));
  out.push("merges=" + g.merges.map((m) => `${cellAddress(m.top, m.left)}:${cellAddress(m.bottom, m.right)}`).join(","));
  return out.join("\n");
}
const profile = fc.constantFrom(...PROFILE_NAMES).map((n) => profiles[n]);
const arbs: Record<string, fc.Arbitrary<[Grid[], typeof profiles.national]>> = {
  random: fc.tuple(fc.oneof(randomGrid, labelledRandomGrid), profile).map(([g, p]) => [[g], p]),
  mutated: fc.tuple(mutatedGrid, profile).map(([g, p]) => [[g], p]),
  landed: fc.tuple(landedThenEditedGrid, profile).map(([g, p]) => [[g], p]),
  workbooks: fc.tuple(fc.array(anyGrid, { minLength: 1, maxLength: 4 }), profile),
};
test("repro", () => {
  const arb = arbs[process.env.R_ARB ?? "random"];
  const r = fc.check(fc.property(arb, ([gs, p]) => { checkPipeline(gs, p); }), { seed: Number(process.env.FUZZ_SEED), path: process.env.FUZZ_PATH, numRuns: 1 });
  if (r.counterexample) {
    const [gs, p] = r.counterexample[0];
    for (const g of gs) {
      console.log(p.name + "\n" + dump(g));
      const a = checkWorkbook([g], p);
      for (const s of a.sheets) {
        console.log("patch1", JSON.stringify(s.patch.writes));
        const b = checkWorkbook([applyPatchToGrid(g, s.patch)], p);
        console.log("patch2", JSON.stringify(b.sheets[0]?.patch.writes));
      }
    }
    console.log(String(r.errorInstance));
  }
});
test("detail", () => {
  if (!process.env.R_DETAIL) return;
  const arb = arbs[process.env.R_ARB ?? "random"];
  const r = fc.check(fc.property(arb, ([gs, p]) => { checkPipeline(gs, p); }), { seed: Number(process.env.FUZZ_SEED), path: process.env.FUZZ_PATH, numRuns: 1 });
  if (!r.counterexample) return;
  const [gs, p] = r.counterexample[0];
  const g = gs[0];
  const a = checkWorkbook([g], p).sheets[0];
  const b = checkWorkbook([applyPatchToGrid(g, a.patch)], p).sheets[0];
  for (const s of [a, b]) console.log(JSON.stringify({ funds: s.input.funds, res: s.result.funds, diags: s.result.diagnostics.filter(d => /^[A-I]1[0-3]$/.test(d.cell)).map(d => `${d.code}@${d.cell}:${JSON.stringify(d.params)}`) }, null, 1));
});
