import { validateAndScore } from "../../src/excel";
import { validateAndScoreWith, type WorkbookCheckLike } from "../../src/excel/validateAndScore";
import { MARK_MARKER, markFormula } from "../../src/excel/problemMarks";
import type { Diagnostic } from "../../src/domain/diagnostics";
import type { Grid } from "../../src/layout/grid";
import { FakeExcelHost, fakeRun } from "./fakeExcel";
import { WEB_PAYLOAD_LIMIT, type HostConditionalFormat } from "./fakeHost";
import { addOtherSheet, addProjectSheet } from "./workbooks";

function workbookOf(projects: number, options = { mergedAreas: true, triggerSource: true }): FakeExcelHost {
  const host = new FakeExcelHost(options);
  addOtherSheet(host, "说明");
  for (let i = 1; i <= projects; i++) addProjectSheet(host, i === 1 ? "项目支出绩效自评表" : `项目支出绩效自评表 (${i})`);
  return host;
}

/** The execution score's formula on the project template (layout/formulas.ts). */
const FUNDS_SCORE = '=IF(OR(D7=0,E7=""),"",ROUND(F7*MAX(0,MIN(E7/D7,1)),2))';

describe("Validate & score over the workbook", () => {
  it.each([1, 10, 50])("reads and writes %i evaluation sheets in at most 3 syncs (list, probe, write)", async (n) => {
    const host = workbookOf(n);
    const outcome = await fakeRun(host)((c) => validateAndScore(c));
    expect(outcome.check.sheets).toHaveLength(n);
    expect(host.counters.syncs).toBeLessThanOrEqual(3);
    expect(host.counters.maxResponseBytes).toBeLessThan(WEB_PAYLOAD_LIMIT);
    expect(outcome.syncs).toBe(host.counters.syncs);
    expect(outcome.cellsWritten).toBe(11 * n);
    expect(host.counters.cellsWritten).toBeGreaterThanOrEqual(outcome.cellsWritten);
    for (const s of host.sheets.slice(1)) expect(host.cell(s.name, "H7")).toEqual({ formula: FUNDS_SCORE, value: 9.5 });
  });

  it("a second run writes 0 cells and changes no mark, in two syncs (list, probe)", async () => {
    const host = workbookOf(3);
    const run = fakeRun(host);
    const first = await run((c) => validateAndScore(c));
    expect(first.marksChanged).toBeGreaterThan(0);
    host.resetCounters();
    const second = await run((c) => validateAndScore(c));
    expect(second.cellsWritten).toBe(0);
    expect(second.marksChanged).toBe(0);
    expect(host.counters.cellsWritten).toBe(0);
    expect(host.counters.syncs).toBe(2);
  });

  it("never overwrites a score the user typed, and follows the inputs where jixiao filled it", async () => {
    const host = workbookOf(1);
    const run = fakeRun(host);
    const sheet = "项目支出绩效自评表";
    await run((c) => validateAndScore(c));
    host.userEdit(sheet, "H14", 18);
    host.userEdit(sheet, "E7", 80); // 执行数 changes: the execution score follows
    await run((c) => validateAndScore(c));
    expect(host.cell(sheet, "H14")).toEqual({ value: 18 });
    // The execution score is a formula: Excel recomputes it, the add-in need not write it again.
    expect(host.cell(sheet, "H7")).toEqual({ formula: FUNDS_SCORE, value: 8 });
  });

  it("keeps a typed score after rows are inserted above it", async () => {
    const host = workbookOf(1);
    const run = fakeRun(host);
    const sheet = "项目支出绩效自评表";
    await run((c) => validateAndScore(c));
    host.userEdit(sheet, "H15", 7);
    host.insertRows(sheet, 13, 2); // above the indicator block: H15 moves to H17
    const outcome = await run((c) => validateAndScore(c));
    expect(host.cell(sheet, "H17")).toEqual({ value: 7 });
    expect(host.cell(sheet, "H16")?.formula).toBe('=20+N("jixiao")');
    expect(outcome.cellsWritten).toBe(0);
  });

  it("marks problem cells with a conditional format the next run replaces, leaving the user's own formats", async () => {
    const host = workbookOf(1);
    const sheet = "项目支出绩效自评表";
    host.sheet(sheet).conditionalFormats.push({ id: "user", type: "CellValue", areas: [{ top: 6, left: 2, bottom: 6, right: 2 }] });
    const run = fakeRun(host);
    await run((c) => validateAndScore(c));
    const ours = () => host.sheet(sheet).conditionalFormats.filter((f) => f.formula?.includes(MARK_MARKER));
    expect(ours().map((f) => f.formula)).toEqual([`=${MARK_MARKER}warning|F22")=0`]);
    expect(ours()[0].areas).toEqual([{ top: 21, left: 5, bottom: 21, right: 5 }]);
    host.userEdit(sheet, "F22", "98%");
    host.userEdit(sheet, "D7", null); // a new error: 全年预算数 missing
    await run((c) => validateAndScore(c));
    expect(ours().some((f) => f.formula?.includes("|error|") && f.formula.includes("D7"))).toBe(true);
    expect(host.sheet(sheet).conditionalFormats.find((f) => f.id === "user")).toBeDefined();
  });

  it("does not write into a protected sheet and says so", async () => {
    const host = workbookOf(2);
    host.sheet("项目支出绩效自评表 (2)").protected = true;
    const before = host.snapshot("项目支出绩效自评表 (2)");
    const outcome = await fakeRun(host)((c) => validateAndScore(c));
    expect(outcome.protectedSkipped).toEqual(["项目支出绩效自评表 (2)"]);
    expect(host.snapshot("项目支出绩效自评表 (2)")).toEqual(before);
    expect(host.cell("项目支出绩效自评表", "H7")).toEqual({ formula: FUNDS_SCORE, value: 9.5 });
  });

  it("reads without merged areas on clients before ExcelApi 1.13, still in 3 syncs", async () => {
    const host = workbookOf(2, { mergedAreas: false, triggerSource: false });
    const outcome = await fakeRun(host)((c) => validateAndScore(c, undefined, { mergedAreas: false, triggerSource: false }));
    expect(outcome.check.sheets).toHaveLength(2);
    expect(host.counters.syncs).toBe(3);
    expect(outcome.cellsWritten).toBe(22);
    // Without triggerSource the write ran with events off and restored them.
    expect(host.enableEvents).toBe(true);
  });

  it("falls back to reading without merges when that call fails (one extra sync)", async () => {
    const host = workbookOf(1, { mergedAreas: false, triggerSource: true });
    const outcome = await fakeRun(host)((c) => validateAndScore(c));
    expect(outcome.check.sheets).toHaveLength(1);
    expect(outcome.cellsWritten).toBe(11);
    expect(outcome.syncs).toBe(4);
    expect(host.counters.syncs).toBe(4);
  });

  it("calls no method on a proxy that may be a null object (a client refusing that still works, in 3 syncs)", async () => {
    const host = new FakeExcelHost({ mergedAreas: true, refuseNullCalls: true });
    addProjectSheet(host, "项目支出绩效自评表");
    addOtherSheet(host, "说明");
    const outcome = await fakeRun(host)((c) => validateAndScore(c));
    expect(outcome.check.sheets).toHaveLength(1);
    expect(outcome.cellsWritten).toBe(11);
    expect(outcome.syncs).toBe(3);
    expect(host.counters.syncs).toBe(3);
  });

  it("pads each Grid to A1 and hands only sheets holding a table to the check", async () => {
    const host = new FakeExcelHost({ mergedAreas: true });
    host.addSheet("数据", { values: [[1, 2], [3, 4]] });
    host.addSheet("S", { values: [[null, null], [null, "项目支出绩效自评表"]] });
    const seen: Grid[] = [];
    const check = (grids: readonly Grid[]): WorkbookCheckLike => {
      seen.push(...grids);
      return { sheets: [], broken: [] };
    };
    const outcome = await fakeRun(host)((c) => validateAndScoreWith(c, check));
    expect(outcome.syncs).toBe(2);
    expect(seen.map((g) => g.sheetName)).toEqual(["S"]);
    expect(seen[0].values).toEqual([
      [null, null],
      [null, "项目支出绩效自评表"],
    ]);
  });

  it("stays under Excel on the web's 5 MB response limit with big data sheets beside the tables", async () => {
    const host = workbookOf(2);
    // Three data sheets of 500 × 30 long texts: ~2 MB each if read in full (the old reader read them all).
    const text = "数据".repeat(30);
    for (let i = 1; i <= 3; i++) {
      host.addSheet(`数据${i}`, { values: Array.from({ length: 500 }, (_, r) => Array.from({ length: 30 }, (_, c) => `${text}${r}-${c}`)) });
    }
    const outcome = await fakeRun(host)((c) => validateAndScore(c));
    expect(outcome.check.sheets).toHaveLength(2);
    expect(outcome.cellsWritten).toBe(22);
    expect(host.counters.maxResponseBytes).toBeLessThan(WEB_PAYLOAD_LIMIT);
    expect(outcome.syncs).toBe(3);
  });

  it("reads tall evaluation sheets in batches under the budget: one more sync per extra batch", async () => {
    const host = new FakeExcelHost({ mergedAreas: true, triggerSource: true });
    const notes = "说明".repeat(30);
    for (let i = 1; i <= 4; i++) {
      const sheet = addProjectSheet(host, `项目支出绩效自评表 (${i})`);
      // Long notes below the table, down to row 500 and across 30 columns.
      for (let r = 60; r < 500; r++) for (let c = 0; c < 30; c++) sheet.cells.set(`${r},${c}`, { value: `${notes}${r}` });
    }
    const outcome = await fakeRun(host)((c) => validateAndScore(c));
    expect(outcome.check.sheets).toHaveLength(4);
    expect(outcome.cellsWritten).toBe(44);
    expect(host.counters.maxResponseBytes).toBeLessThan(WEB_PAYLOAD_LIMIT);
    // list + probe + ≥ 2 read batches (a batch refused for its size is split: one sync more) + write
    expect(outcome.syncs).toBeGreaterThanOrEqual(5);
    expect(outcome.syncs).toBe(host.counters.syncs);
  });

  it("deletes stale marks by position, highest first: a user rule between them is kept", async () => {
    const host = workbookOf(1);
    const sheet = "项目支出绩效自评表";
    const at = (row: number) => [{ top: row, left: 1, bottom: row, right: 1 }];
    const stale = (row: number): HostConditionalFormat => ({ id: `m${row}`, type: "Custom", formula: markFormula("error", [`B${row + 1}`]), fill: "#FFC7CE", areas: at(row) });
    const user: HostConditionalFormat = { id: "user", type: "Custom", formula: "=B4>100", fill: "#00FF00", areas: at(3) };
    // Excel's order is priority order: two stale marks, the user's rule, one more stale mark.
    host.sheet(sheet).conditionalFormats = [stale(1), stale(2), user, stale(4)];
    await fakeRun(host)((c) => validateAndScore(c));
    const rules = host.sheet(sheet).conditionalFormats;
    expect(rules.find((r) => r.id === "user")).toEqual(user);
    expect(rules.filter((r) => r.id.startsWith("m"))).toEqual([]);
  });

  it("writes mark formulas whose text stays within 255 characters however many cells have problems", async () => {
    const host = workbookOf(1);
    const sheet = "项目支出绩效自评表";
    const diagnostics: Diagnostic[] = Array.from({ length: 40 }, (_, i) => ({
      code: "REQUIRED_MISSING",
      severity: "error",
      sheet,
      cell: `AA${1000 + i}:AB${2000 + i}`,
      key: "REQUIRED_MISSING",
      params: {},
    }));
    const check = (grids: readonly Grid[]): WorkbookCheckLike => ({
      sheets: grids.map((grid) => ({ grid, result: { diagnostics }, patch: { sheetName: grid.sheetName, writes: [] } })),
      broken: [],
    });
    const outcome = await fakeRun(host)((c) => validateAndScoreWith(c, check));
    expect(outcome.marksChanged).toBeGreaterThan(1);
    const marks = host.sheet(sheet).conditionalFormats.filter((f) => f.formula?.includes(MARK_MARKER));
    expect(marks.flatMap((m) => m.areas)).toHaveLength(40);
  });

  it("does not write into a hidden or very hidden sheet and says so", async () => {
    const host = workbookOf(3);
    host.sheet("项目支出绩效自评表 (2)").visibility = "Hidden";
    host.sheet("项目支出绩效自评表 (3)").visibility = "VeryHidden";
    const before = [host.snapshot("项目支出绩效自评表 (2)"), host.snapshot("项目支出绩效自评表 (3)")];
    const outcome = await fakeRun(host)((c) => validateAndScore(c));
    expect(outcome.hiddenSkipped).toEqual(["项目支出绩效自评表 (2)", "项目支出绩效自评表 (3)"]);
    expect(outcome.check.sheets).toHaveLength(3);
    expect([host.snapshot("项目支出绩效自评表 (2)"), host.snapshot("项目支出绩效自评表 (3)")]).toEqual(before);
    expect(host.cell("项目支出绩效自评表", "H7")?.formula).toBe('=IF(OR(D7=0,E7=""),"",ROUND(F7*MAX(0,MIN(E7/D7,1)),2))');
  });
});
