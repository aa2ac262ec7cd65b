import { ownedFormula } from "../../src/domain/ownership";
import { parseAddress } from "../../src/layout/address";
import { checkWorkbook } from "../../src/layout/checkWorkbook";
import type { Grid } from "../../src/layout/grid";
import { renderTemplate, templateGrid } from "../../src/layout/templateSpec";
import { sheetGrid } from "../fixtures/sheetGrid";
import { EditableGrid } from "./editableGrid";
import { labelsOnly } from "./gridArbs";
import { checkPipeline } from "./properties";

/**
 * The defects the fuzzing found, each pinned as the smallest case that showed it
 * (seed and path of the original failure in test/robustness/REPORT.md).
 */

function edited(kind: "overall" | "project", edits: Record<string, { value: string | number | null; formula?: string }>): Grid {
  const g = new EditableGrid(templateGrid(renderTemplate(kind, { sample: true, year: 2024, department: "某局" })));
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
    // Labels and nothing typed in: a template not filled in yet (issue 14), at the first indicator cell.
    expect(first.broken.map((b) => b.diagnostics.map((d) => `${d.code}@${d.cell}`))).toEqual([["TEMPLATE_UNFILLED@D11"]]);
    checkPipeline([g.toGrid()]);
  });
});

describe("defect 3: a merge over the 总分 row's cells made the total walk right on every run", () => {
  // Seed 1862690541, path 9124:2:5:2:10:10:10:10:10 (mutatedFixtures, full run), shrunk: the seed's
  // project table with a stray merge E14:H17 covering the 分值 and 得分 cells of the 总分 row.
  const grid = sheetGrid(
    "项目支出绩效自评表",
    {
      A1: "2020年度项目支出绩效自评表",
      A2: "部门名称",
      B2: "石峰区工商业联合会",
      A4: "年度项目资金（万元）",
      B4: "年度资金总额",
      C4: "年初预算数",
      D4: "全年预算数",
      E4: "全年执行数",
      F4: "分值",
      G4: "执行率",
      H4: "得分",
      B5: "合计",
      D5: 10,
      E5: 10,
      F5: 10,
      B6: "其中：当年财政拨款",
      D6: 10,
      B7: "上年结转资金",
      B8: "其他资金",
      A9: "绩效指标",
      B9: "一级指标",
      C9: "二级指标",
      D9: "三级指标",
      E9: "年度指标值",
      F9: "实际完成值",
      G9: "分值",
      H9: "得分",
      I9: "偏差原因分析及改进措施",
      B10: "产出指标(50分)",
      C10: "数量指标",
      D10: "拨付协会发展经费",
      E10: "2个",
      F10: "2个",
      G10: 90,
      H10: 90,
      A17: "总分",
      G17: 100,
      H17: 100,
      I17: "等级：优",
    },
    ["E14:H17"],
  );

  it("a jixiao total in the row is the total, never the 分值: the second run writes nothing", () => {
    const { check } = checkPipeline([grid]);
    expect(check.sheets).toHaveLength(1);
  });
});

describe("defect 4: one cell in two computed roles was written by one and cleared by the other", () => {
  // Seed -86774979 (workbooks, full run): the indicator header above the funds block, so the
  // funds 合计 row was read as an indicator row too and H10 was both execution 得分 and a row 得分.
  const grid = sheetGrid("项目支出绩效自评表", {
    A1: "2020年度项目支出绩效自评表",
    A2: "绩效指标",
    B2: "一级指标",
    C2: "二级指标",
    D2: "三级指标",
    E2: "年度指标值",
    F2: "实际完成值",
    G2: "分值",
    H2: "得分",
    I2: "偏差原因分析及改进措施",
    A5: "部门名称",
    C5: "石峰区工商业联合会",
    A9: "年度项目资金（万元）",
    B9: "年度资金总额",
    C9: "年初预算数",
    D9: "全年预算数",
    E9: "全年执行数",
    F9: "分值",
    G9: "执行率",
    H9: "得分（分值×执行率）",
    B10: "合计",
    D10: 0.01,
    E10: 0,
    F10: 10,
    B16: "产出指标(50分)",
    C16: "数量指标",
    D16: "拨付协会发展经费",
    E16: "2个",
    G16: 20,
    A25: "总分",
    G25: 100,
  });

  it("the first role to reach the cell owns it: the second run writes nothing", () => {
    const { check } = checkPipeline([grid]);
    expect(check.sheets[0].patch.writes.map((w) => w.address)).toContain("H10");
  });
});

describe("defect 5: a rate of -0 was written as =0+N(\"jixiao\") with a cached -0", () => {
  it("the cached value is 0, as the formula says", () => {
    // Found by the Validate & score never-lose-a-cell check over fuzzed tables (全年执行数 = -0).
    const { check } = checkPipeline([edited("project", { ...FILLED_PROJECT, E7: { value: -0 } })]);
    const g7 = check.sheets[0].patch.writes.find((w) => w.address === "G7");
    expect(g7?.formula).toBe('=IF(OR(D7=0,E7=""),"",E7/D7)');
    expect(Object.is(g7?.value, 0)).toBe(true);
  });
});

describe("defect 9: object-literal lookups answered for \"__proto__\" and \"constructor\"", () => {
  // Seed -1996615675, path 5685:2:1:10 (hostileCells, full run): 等级 typed as "__proto__" read as
  // a grade (Object.prototype), and GRADE_MISMATCH carried an object as its parameter.
  it.each(["__proto__", "constructor", "toString"])("a grade cell reading %s is unreadable, not a grade", (text) => {
    const { check } = checkPipeline([edited("project", { ...FILLED_PROJECT, I23: { value: text } })]);
    const grade = check.sheets[0].result.diagnostics.filter((d) => d.cell === "I23");
    expect(grade.map((d) => d.key)).toEqual(["GRADE_MISMATCH.unreadable"]);
    expect(check.sheets[0].result.statedGrade).toBeNull();
  });

  it.each(["10constructor", "10__proto__"])("an amount %s names no money unit", (text) => {
    const { check } = checkPipeline([edited("project", { ...FILLED_PROJECT, D7: { value: text } })]);
    expect(check.sheets[0].result.diagnostics.filter((d) => d.cell === "D7").map((d) => d.code)).toContain("VALUE_NOT_NUMERIC");
  });
});
