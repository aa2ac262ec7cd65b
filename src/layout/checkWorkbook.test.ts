import type { CellValue } from "../domain/cells";
import { profiles } from "../domain/profiles";
import { layoutVariants, okHunanIncomeExpenditureGroups, okSplitTargetColumns } from "../../test/fixtures/layoutVariants";
import { seedGrids, seedOverallGrid, seedProjectGrid } from "../../test/fixtures/seedGrids";
import { parseAddress } from "./address";
import { applyPatchToGrid, checkWorkbook, type SheetCheck } from "./checkWorkbook";
import type { Grid } from "./grid";
import { renderTemplate, templateGrid } from "./templateSpec";
import { inputCellAddresses } from "./writePatch";

/** The whole pipeline, Grid → SheetInput → SheetResult → Patch, with the real engine. */

const templateOverall = templateGrid(renderTemplate("overall", { sample: true, year: 2024, department: "石峰区工商业联合会" }));
const templateProject = templateGrid(renderTemplate("project", { sample: true, year: 2024, department: "石峰区工商业联合会", projectName: "协会经费" }));
const allGrids: readonly Grid[] = [...seedGrids, ...layoutVariants.map((x) => x.grid), templateOverall, templateProject];

function only(grid: Grid): SheetCheck {
  const wb = checkWorkbook([grid]);
  expect(wb.broken).toEqual([]);
  expect(wb.sheets).toHaveLength(1);
  return wb.sheets[0];
}

/** A copy of the grid with some cells typed over (constants: any formula there is gone). */
function typeInto(grid: Grid, edits: Readonly<Record<string, CellValue>>): Grid {
  const values = grid.values.map((r) => [...r]);
  const formulas = (grid.formulas ?? []).map((r) => [...r]);
  for (const [address, value] of Object.entries(edits)) {
    const p = parseAddress(address);
    if (!p) throw new Error(address);
    while (values.length <= p.row) values.push([]);
    values[p.row][p.col] = value;
    if (formulas[p.row]) formulas[p.row][p.col] = null;
  }
  return { ...grid, values, formulas };
}

const codes = (c: SheetCheck) => c.result.diagnostics.filter((d) => d.severity === "error").map((d) => `${d.code}@${d.cell}`);

describe("checkWorkbook: the seed", () => {
  it("project sheet: total 98, 优, no error, nothing to write", () => {
    const c = only(seedProjectGrid);
    expect(c.result.total.value?.toNumber()).toBe(98);
    expect(c.result.grade.value).toBe("优");
    expect(codes(c)).toEqual([]);
    expect(c.result.diagnostics.filter((d) => d.code === "JUDGEMENT_DEDUCTION").map((d) => d.cell)).toEqual(["H21", "H22"]);
    // Every computed cell holds the accountant's own figure: the add-in writes none of them.
    expect(c.patch.writes.map((w) => w.address)).toEqual([]);
  });

  it("overall sheet: the seed's weight and total errors, at their cells", () => {
    const c = only(seedOverallGrid);
    expect(codes(c)).toEqual(
      expect.arrayContaining([
        "WEIGHT_LEVEL1_MISMATCH@B11",
        "WEIGHT_LEVEL1_MISMATCH@B19",
        "WEIGHT_LEVEL1_MISMATCH@B23",
        "WEIGHT_TOTAL_MISMATCH@G24",
        "TOTAL_MISMATCH@H24",
        "REASON_MISSING@I23",
      ]),
    );
    expect(c.result.diagnostics.every((d) => d.sheet === "部门整体支出绩效自评表")).toBe(true);
    expect(c.patch.writes).toEqual([]);
  });

  it("skips sheets without a table and reports broken ones beside the read ones", () => {
    const wb = checkWorkbook(allGrids, profiles.national);
    expect(wb.sheets.map((s) => s.input.sheetName)).toContain("项目支出绩效自评表");
    expect(wb.sheets.some((s) => s.input.sheetName === "填表说明")).toBe(false);
    expect(wb.broken.map((b) => [b.sheetName, b.diagnostics.map((d) => `${d.code}@${d.cell}`)])).toEqual([
      ["缺资金情况", ["TABLE_NOT_FOUND@A1"]],
      ["缺绩效指标", ["TABLE_NOT_FOUND@A1"]],
      ["缺执行数", ["REQUIRED_MISSING@E3"]],
      ["缺得分", ["REQUIRED_MISSING@I5"]],
    ]);
  });
});

describe("checkWorkbook: variants the add-in did not make", () => {
  it("split target columns: scores, total and grade filled in", () => {
    const c = only(okSplitTargetColumns);
    expect(c.result.total.value?.toNumber()).toBe(99.5);
    const w = Object.fromEntries(c.patch.writes.map((x) => [x.address, x.value]));
    expect(w).toMatchObject({ G5: 0.95, H5: 9.5, K13: 20, K15: 10, K19: 99.5, L19: "等级：优" });
  });

  it("Hunan groups: each group's sub-rows get their own 执行率", () => {
    const c = only(okHunanIncomeExpenditureGroups);
    expect(codes(c)).toEqual([]);
    const w = Object.fromEntries(c.patch.writes.map((x) => [x.address, x.value]));
    expect(w).toMatchObject({ H4: 0.95, I4: 9.5, H5: 0.95, H8: 0.9736842105, I14: "等级：优" });
  });
});

describe.each(allGrids.map((g) => [g.sheetName, g] as const))("every fixture, end to end: %s", (_name, grid) => {
  it("no input cell in the patch; applying it and checking again writes nothing", () => {
    const wb = checkWorkbook([grid]);
    for (const c of wb.sheets) {
      const inputs = inputCellAddresses(c.input);
      for (const w of c.patch.writes) expect(inputs.has(w.address)).toBe(false);
      const again = checkWorkbook([applyPatchToGrid(c.grid, c.patch)]);
      expect(again.sheets[0].patch.writes).toEqual([]);
      expect(again.sheets[0].result.total.value?.toString()).toBe(c.result.total.value?.toString());
    }
  });
});

describe("scores the user owns (rules.md §9)", () => {
  // The project template, filled in as a user would: amounts, actuals and nothing else.
  const filled = typeInto(templateProject, {
    D7: 10,
    E7: 9,
    D8: 10,
    E8: 9,
    F14: "2个",
    F15: "及时拨付",
    F16: "2024年12月20日",
    F17: "5万元/个",
    F18: "引导地方扶持中小企业",
    F19: "优化中小企业发展环境",
    F20: "优化营商环境",
    F21: "促进经济发展",
    F22: "99%",
  });

  it("a jixiao-owned score follows its inputs", () => {
    const first = only(filled);
    const h14 = first.patch.writes.find((w) => w.address === "H14");
    expect(h14?.value).toBe(20);
    const landed = applyPatchToGrid(filled, first.patch);
    // The actual drops from 2 to 1: the score the add-in wrote follows.
    const second = only(typeInto(landed, { F14: "1个", I14: "一个协会未申报" }));
    expect(second.patch.writes.find((w) => w.address === "H14")?.value).toBe(10);
    expect(second.patch.writes.find((w) => w.address === "H23")?.value).toBe(first.result.total.value?.minus(10).toNumber());
  });

  it("a user-typed score is never in a patch", () => {
    const first = only(filled);
    const landed = applyPatchToGrid(filled, first.patch);
    const typed = only(typeInto(landed, { H14: 18, I14: "一个协会经费晚拨付" }));
    expect(typed.patch.writes.some((w) => w.address === "H14")).toBe(false);
    const after = only(typeInto(applyPatchToGrid(typed.grid, typed.patch), { F14: "1个" }));
    expect(after.patch.writes.some((w) => w.address === "H14")).toBe(false);
  });
});
