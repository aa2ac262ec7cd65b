import type { FundsInput, FundsRowInput, IndicatorInput, SheetInput, ValueInput } from "../domain/input";
import { seedOverallGrid, seedProjectGrid } from "../../test/fixtures/seedGrids";
import {
  brokenExecutedColumnMissing,
  brokenFundsBlockMissing,
  brokenIndicatorBlockMissing,
  brokenScoreColumnMissing,
  layoutVariants,
  okAmountsInYuan,
  okExtraBlankRowsColumnsNoSectionColumn,
  okHunanIncomeExpenditureGroups,
  okNoInitialBudgetColumn,
  okPlaceholderRows,
  okSplitTargetColumns,
  okUnmergedGroupCells,
} from "../../test/fixtures/layoutVariants";
import type { Grid } from "./grid";
import { readSheet, type ReadOutcome } from "./readSheet";

/** Compact, address-only pictures of what the reader found. */
const v = (x: ValueInput) =>
  x.kind === "single" ? x.cell.address : `${x.nature?.address ?? "-"}|${x.value.address}|${x.unit?.address ?? "-"}`;
const row = (i: IndicatorInput) =>
  `${i.level1.address} ${i.level2.address} ${i.name.address} ${v(i.target)} ${v(i.actual)} ${i.weight.address} ${i.score.address} ${i.deviationNote.address}`;
const funds = (r: FundsRowInput) =>
  `${r.role}@${r.label.address} ${r.initialBudget?.address ?? "-"} ${r.annualBudget.address} ${r.executed.address} ${r.weight?.address ?? "-"} ${r.rate?.address ?? "-"} ${r.score?.address ?? "-"}`;

function fundsOf(input: SheetInput): FundsInput {
  if (!input.funds) throw new Error(`${input.sheetName}: no funds block`);
  return input.funds;
}

function readOk(grid: Grid): SheetInput {
  const out = readSheet(grid);
  if (out.status !== "read") throw new Error(`${grid.sheetName}: expected read, got ${JSON.stringify(out)}`);
  expect(out.diagnostics).toEqual([]);
  return out.input;
}

describe("readSheet: the seed's own layout", () => {
  it("reads 附件1 (部门整体) with every cell's address", () => {
    const input = readOk(seedOverallGrid);
    expect(input).toMatchObject({ sheetName: "部门整体支出绩效自评表", kind: "overall", titleCell: "A1" });
    expect(input.department).toEqual({ address: "C2", value: "石峰区工商业联合会\u3000" });
    expect(input.projectName).toBeUndefined();
    expect(input.funds?.heading.address).toBe("A3");
    expect(funds(fundsOf(input).total)).toBe("total@B4 C4 D4 E4 F4 G4 H4");
    expect(fundsOf(input).total.rate).toEqual({ address: "G4", value: 1, numberFormat: "0%" });
    expect(fundsOf(input).groups.map((g) => g.map(funds))).toEqual([
      ["appropriation@B5 C5 D5 E5 - G5 -", "carryOver@B6 C6 D6 E6 - G6 -", "other@B7 C7 D7 E7 - G7 -"],
    ]);
    expect(input.goals?.expected?.address).toBe("B9");
    expect(input.goals?.achieved?.address).toBe("F9");
    expect(input.indicators.map(row)).toEqual([
      "B11 C11 D11 E11 F11 G11 H11 I11",
      "B11 C11 D12 E12 F12 G12 H12 I12",
      "B11 C11 D13 E13 F13 G13 H13 I13",
      "B11 C11 D14 E14 F14 G14 H14 I14",
      "B11 C15 D15 E15 F15 G15 H15 I15",
      "B11 C15 D16 E16 F16 G16 H16 I16",
      "B11 C17 D17 E17 F17 G17 H17 I17",
      "B11 C18 D18 E18 F18 G18 H18 I18",
      "B19 C19 D19 E19 F19 G19 H19 I19",
      "B19 C20 D20 E20 F20 G20 H20 I20",
      "B19 C20 D21 E21 F21 G21 H21 I21",
      "B19 C22 D22 E22 F22 G22 H22 I22",
      "B23 C23 D23 E23 F23 G23 H23 I23",
    ]);
    const sustain = input.indicators[11];
    expect(sustain.name.value).toBe("加强沟通协调服务，助力民营企业发展\n调服务，助力民营企业发展");
    expect(input.indicators[0].actual).toEqual({ kind: "single", cell: { address: "F11", value: "\u300052家" } });
    expect(input.indicators[12].target).toEqual({ kind: "single", cell: { address: "E23", value: 0.95, numberFormat: "0%" } });
    expect(input.footer).toEqual({
      label: { address: "A24", value: "总分" },
      weight: { address: "G24", value: 100 },
      total: { address: "H24", value: 97 },
      grade: { address: "I24", value: "等级：优" },
      gradeLabelled: true,
    });
  });

  it("reads 附件2 (项目) with every cell's address", () => {
    const input = readOk(seedProjectGrid);
    expect(input).toMatchObject({ sheetName: "项目支出绩效自评表", kind: "project", titleCell: "A1" });
    expect(input.department?.address).toBe("C2");
    expect(input.projectName).toEqual({ address: "C3", value: "非公有制中小微企业发展项目" });
    expect(input.funds?.heading).toEqual({ address: "A6", value: "年度项目资金\n（万元）" });
    expect(funds(fundsOf(input).total)).toBe("total@B7 C7 D7 E7 F7 G7 H7");
    expect(fundsOf(input).groups.map((g) => g.map((r) => `${r.role}@${r.label.address}`))).toEqual([
      ["appropriation@B8", "carryOver@B9", "other@B10"],
    ]);
    expect([input.goals?.expected?.address, input.goals?.achieved?.address]).toEqual(["B12", "F12"]);
    expect(input.indicators.map((i) => `${i.level1.address} ${i.level2.address} ${i.name.address}`)).toEqual([
      "B14 C14 D14",
      "B14 C15 D15",
      "B14 C16 D16",
      "B14 C17 D17",
      "B18 C18 D18",
      "B18 C19 D19",
      "B18 C20 D20",
      "B18 C21 D21",
      "B22 C22 D22",
    ]);
    expect(input.indicators[2].target).toEqual({
      kind: "single",
      cell: { address: "E16", value: 44196, numberFormat: 'yyyy"年"m"月"d"日"' },
    });
    expect(input.footer).toMatchObject({ label: { address: "A23" }, weight: { address: "G23" }, total: { address: "H23", value: 98 }, grade: { address: "I23" } });
  });
});

describe("readSheet: layout variants of templates.md", () => {
  it.each(layoutVariants.map((x) => [x.name, x.grid, x.outcome] as const))("%s → %s", (_name, grid, outcome) => {
    expect(readSheet(grid).status).toBe(outcome);
  });

  it("split target columns: 指标性质 | 指标值 | 度量单位 under a merged heading", () => {
    const input = readOk(okSplitTargetColumns);
    expect(input.kind).toBe("project");
    expect(input.projectName?.address).toBe("C3");
    expect(input.indicators.map(row)).toEqual([
      "B13 C13 D13 E13|F13|G13 -|H13|I13 J13 K13 L13",
      "B13 C14 D14 E14|F14|G14 -|H14|I14 J14 K14 L14",
      "B13 C15 D15 E15|F15|G15 -|H15|I15 J15 K15 L15",
      "B16 C16 D16 E16|F16|G16 -|H16|I16 J16 K16 L16",
      "B16 C17 D17 E17|F17|G17 -|H17|I17 J17 K17 L17",
      "B18 C18 D18 E18|F18|G18 -|H18|I18 J18 K18 L18",
    ]);
    expect(input.footer).toMatchObject({ weight: { address: "J19", value: 100 }, total: { address: "K19" }, grade: { address: "L19" } });
  });

  it("no 年初预算数 column, (A)/(B)/(B/A) labels and synonyms", () => {
    const input = readOk(okNoInitialBudgetColumn);
    expect(input.department).toEqual({ address: "C2", value: "市统计局" });
    expect(funds(fundsOf(input).total)).toBe("total@B4 - C4 D4 E4 F4 G4");
    expect(fundsOf(input).groups[0].map((r) => r.role)).toEqual(["appropriation", "carryOver", "other"]);
    expect(input.indicators.map(row)).toEqual([
      "B9 C9 D9 E9 F9 G9 H9 I9",
      "B9 C10 D10 E10 F10 G10 H10 I10",
      "B11 C11 D11 E11 F11 G11 H11 I11",
      "B12 C12 D12 E12 F12 G12 H12 I12",
    ]);
    expect(input.footer?.total).toEqual({ address: "H13", value: 93.5 });
  });

  it("amounts in 元: the heading that states the unit is handed over", () => {
    const input = readOk(okAmountsInYuan);
    expect(input.funds?.heading).toEqual({ address: "A4", value: "年度项目资金（元）" });
    expect(funds(fundsOf(input).total)).toBe("total@B5 C5 D5 E5 F5 G5 H5");
    expect(fundsOf(input).total.annualBudget.value).toBe(1500000);
    expect(input.indicators).toHaveLength(4);
  });

  it("extra blank rows and columns, no section-label column, grade after a bare 等级", () => {
    const input = readOk(okExtraBlankRowsColumnsNoSectionColumn);
    expect(input.titleCell).toBe("B2");
    expect(input.department?.address).toBe("C4");
    expect(input.funds?.heading).toEqual({ address: "B6", value: "资金情况（万元）" });
    expect(funds(fundsOf(input).total)).toBe("total@B8 C8 D8 E8 F8 G8 H8");
    expect(input.indicators.map(row)).toEqual([
      "B16 C16 D16 F16 G16 H16 I16 J16",
      "B18 C18 D18 F18 G18 H18 I18 J18",
      "B19 C19 D19 F19 G19 H19 I19 J19",
    ]);
    expect(input.footer).toMatchObject({
      label: { address: "B21" },
      weight: { address: "H21", value: 100 },
      total: { address: "I21", value: 100 },
      grade: { address: "K21", value: "优" },
      gradeLabelled: false,
    });
  });

  it("unmerged group cells: the last 一级/二级 above governs", () => {
    const input = readOk(okUnmergedGroupCells);
    expect(input.department?.address).toBe("B2");
    expect(input.indicators.map((i) => `${i.level1.address} ${i.level2.address} ${i.name.address}`)).toEqual([
      "B10 C10 D10",
      "B10 C10 D11",
      "B10 C12 D12",
      "B10 C13 D13",
      "B14 C14 D14",
      "B14 C15 D15",
      "B16 C16 D16",
    ]);
    expect(input.indicators[1].level2.value).toBe("数量指标");
  });

  it("placeholder rows (指标1, 指标2, ……) are not indicators", () => {
    const input = readOk(okPlaceholderRows);
    expect(input.indicators.map((i) => i.name.address)).toEqual(["D9", "D12", "D14", "D16"]);
    expect(input.footer).toMatchObject({ weight: { address: "G18" }, total: { address: "H18", value: null }, grade: { address: "I18" } });
  });

  it("Hunan 按收入性质分 / 按支出性质分: one group each", () => {
    const input = readOk(okHunanIncomeExpenditureGroups);
    expect(funds(fundsOf(input).total)).toBe("total@B4 D4 E4 F4 G4 H4 I4");
    expect(fundsOf(input).groups.map((g) => g.map(funds))).toEqual([
      ["appropriation@C5 D5 E5 F5 - H5 -", "carryOver@C6 D6 E6 F6 - H6 -", "other@C7 D7 E7 F7 - H7 -"],
      ["item@C8 D8 E8 F8 - H8 -", "item@C9 D9 E9 F9 - H9 -"],
    ]);
  });
});

describe("readSheet: broken tables", () => {
  const diagnostics = (out: ReadOutcome) =>
    out.status === "skipped" ? [] : out.diagnostics.map((d) => [d.code, d.sheet, d.cell, d.params]);

  it("no funds block → TABLE_NOT_FOUND at the title", () => {
    const out = readSheet(brokenFundsBlockMissing);
    expect(out).toMatchObject({ status: "broken", kind: "overall" });
    expect(diagnostics(out)).toEqual([["TABLE_NOT_FOUND", "缺资金情况", "A1", { block: "资金情况" }]]);
  });

  it("no indicator block → TABLE_NOT_FOUND at the title", () => {
    const out = readSheet(brokenIndicatorBlockMissing);
    expect(out).toMatchObject({ status: "broken", kind: "project" });
    expect(diagnostics(out)).toEqual([["TABLE_NOT_FOUND", "缺绩效指标", "A1", { block: "绩效指标" }]]);
  });

  it("a missing column → REQUIRED_MISSING where it should be", () => {
    expect(diagnostics(readSheet(brokenExecutedColumnMissing))).toEqual([
      ["REQUIRED_MISSING", "缺执行数", "E3", { field: "全年执行数" }],
    ]);
    expect(diagnostics(readSheet(brokenScoreColumnMissing))).toEqual([["REQUIRED_MISSING", "缺得分", "I5", { field: "得分" }]]);
  });

  it("a title alone → both blocks missing; every diagnostic is an error of the reader's codes", () => {
    const out = readSheet({ sheetName: "空表", values: [["2020年度部门整体支出绩效自评表"]], merges: [] });
    expect(diagnostics(out).map((d) => d[3])).toEqual([{ block: "资金情况" }, { block: "绩效指标" }]);
    if (out.status !== "skipped") for (const d of out.diagnostics) expect(d).toMatchObject({ severity: "error", key: d.code });
  });

  it("a header with only placeholder rows under it → REQUIRED_MISSING 三级指标 at the first row", () => {
    const grid: Grid = {
      sheetName: "空指标",
      values: [
        ["2020年度部门整体支出绩效自评表"],
        ["资金情况（万元）", "年度资金总额", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        [null, "合计", 1, 1, 1, 10, null, null],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        [null, "产出指标", "数量指标", "指标1"],
        ["总分"],
      ],
      merges: [],
    };
    expect(diagnostics(readSheet(grid))).toEqual([["REQUIRED_MISSING", "空指标", "D5", { field: "三级指标" }]]);
  });

  it("a funds block without its total row → REQUIRED_MISSING 合计 under the header", () => {
    const grid: Grid = {
      sheetName: "缺合计",
      values: [
        ["2020年度部门整体支出绩效自评表"],
        ["资金情况（万元）", "年度资金总额", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        [null, "其中：当年财政拨款", 1, 1, 1],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        [null, "产出指标", "数量指标", "走访调研企业、商会", "52家", "52家", 90, 90],
      ],
      merges: [],
    };
    expect(diagnostics(readSheet(grid))).toEqual([["REQUIRED_MISSING", "缺合计", "B3", { field: "合计" }]]);
  });
});

describe("readSheet: merged computed cells", () => {
  it("a 执行率 / 得分 merged down the funds rows is one cell, on the total row", () => {
    const grid: Grid = {
      ...seedOverallGrid,
      merges: [...seedOverallGrid.merges.filter((m) => !(m.top >= 3 && m.top <= 6 && m.left === 7)), { top: 3, left: 6, bottom: 6, right: 6 }, { top: 3, left: 7, bottom: 6, right: 8 }],
    };
    const input = readOk(grid);
    expect(fundsOf(input).total.rate?.address).toBe("G4");
    expect(fundsOf(input).total.score?.address).toBe("H4");
    expect(fundsOf(input).groups[0].map((r) => r.rate)).toEqual([undefined, undefined, undefined]);
  });

  it("split columns named in the header row itself, the actual split too", () => {
    const grid: Grid = {
      sheetName: "一行表头",
      values: [
        ["年度项目资金（万元）", "年度资金总额", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        [null, "合计", 10, 10, 10],
        ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "实际完成值", "度量单位", "分值", "得分", "偏差原因分析及改进措施"],
        ["产出指标", "数量指标", "拨付协会", "≥", 2, "个", 2, "个", 90, null, null],
      ],
      merges: [],
    };
    const input = readOk(grid);
    // No title: the kind comes from 年度项目资金, the title cell is the first filled one.
    expect([input.kind, input.titleCell]).toEqual(["project", "A1"]);
    expect(input.indicators.map(row)).toEqual(["A4 B4 C4 D4|E4|F4 -|G4|H4 I4 J4 K4"]);
  });
});
