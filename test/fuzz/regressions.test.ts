import { ownedFormula } from "../../src/domain/ownership";
import { parseAddress } from "../../src/layout/address";
import { checkWorkbook } from "../../src/layout/checkWorkbook";
import type { Grid } from "../../src/layout/grid";
import { renderTemplate, templateGrid } from "../../src/layout/templateSpec";
import { EditableGrid } from "./editableGrid";
import { labelsOnly } from "./gridArbs";
import { checkPipeline } from "./properties";

/**
 * The defects the fuzzing found, each pinned as the smallest case that showed it
 * (seed and path of the original failure in test/robustness/REPORT.md).
 */

function edited(kind: "overall" | "project", edits: Record<string, { value: string | number | null; formula?: string }>): Grid {
  const g = new EditableGrid(templateGrid(renderTemplate(kind, { year: 2024, department: "某局" })));
  for (const [address, cell] of Object.entries(edits)) {
    const p = parseAddress(address);
    if (!p) throw new Error(address);
    g.set(p.row, p.col, cell);
  }
  return g.toGrid();
}

/** The project template filled so every row is scored (execution 10 of 10, every indicator met). */
const FILLED_PROJECT = {
  D7: { value: 10 },
  E7: { value: 10 },
  F14: { value: "2个" },
  F15: { value: "及时拨付" },
  F16: { value: "2024年12月31日" },
  F17: { value: "5万元/个" },
  F18: { value: "引导地方扶持中小企业" },
  F19: { value: "优化中小企业发展环境" },
  F20: { value: "优化营商环境" },
  F21: { value: "促进经济发展" },
  F22: { value: "99%" },
};

describe("defect 1: a 分值 with more than 2 decimals got a score above itself", () => {
  it("a met quantitative row of 分值 0.125 scores 0.12, not 0.13", () => {
    const { check } = checkPipeline([edited("project", { ...FILLED_PROJECT, G14: { value: 0.125 } })]);
    const row = check.sheets[0].result.indicators.find((i) => i.nameCell === "D14");
    expect(row?.suggested?.toString()).toBe("0.12");
    expect(check.sheets[0].patch.writes.find((w) => w.address === "H14")?.value).toBe(0.12);
  });

  it("a band-1 qualitative row of 分值 0.005 scores 0, not 0.01", () => {
    const { check } = checkPipeline([edited("project", { ...FILLED_PROJECT, G15: { value: 0.005 } })]);
    const row = check.sheets[0].result.indicators.find((i) => i.nameCell === "D15");
    expect(row?.suggested?.toString()).toBe("0");
  });

  it("the execution score of a 分值 of 0.005 at 100% is 0, not 0.01", () => {
    const { check } = checkPipeline([edited("project", { ...FILLED_PROJECT, F7: { value: 0.005 } })]);
    expect(check.sheets[0].result.funds?.score?.value?.toString()).toBe("0");
  });
});

describe("defect 2: a row holding only jixiao's own score formula counted as an indicator", () => {
  // The user cleared an indicator row's texts but not the green score cell jixiao had filled.
  const cleared = edited("overall", {
    D11: { value: null },
    E11: { value: null },
    G11: { value: null },
    H11: { value: 5, formula: ownedFormula(5) },
  });

  it("the row is skipped like any empty row, on the first check and on the next", () => {
    const first = checkWorkbook([cleared]);
    const again = checkPipeline([cleared]).check;
    expect(first.sheets.length + first.broken.length).toBe(1);
    expect(again.sheets.map((s) => s.input.indicators.some((i) => i.name.address === "D11"))).toEqual(
      first.sheets.map(() => false),
    );
    // Nothing asks the user to fill in a row they emptied.
    const all = [...first.sheets.flatMap((s) => s.result.diagnostics), ...first.broken.flatMap((b) => b.diagnostics)];
    expect(all.filter((d) => /^[B-GI]11$/.test(d.cell) && d.code === "REQUIRED_MISSING")).toEqual([]);
  });

  it("a template whose only content is one owned score reads the same before and after its patch", () => {
    // Seed 1864565382, path 604:0:1:0:0:3:2:5:5:5 (randomGrids, full run): read with a patch
    // clearing H11, then broken once the patch had landed.
    const g = new EditableGrid(labelsOnly("overall"));
    g.set(10, 7, { value: 0, formula: ownedFormula(0) });
    const first = checkWorkbook([g.toGrid()]);
    expect(first.sheets).toHaveLength(0);
    expect(first.broken.map((b) => b.diagnostics.map((d) => `${d.code}@${d.cell}`))).toEqual([["REQUIRED_MISSING@D11"]]);
    checkPipeline([g.toGrid()]);
  });
});
