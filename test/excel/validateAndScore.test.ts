import { validateAndScore } from "../../src/excel";
import { validateAndScoreWith, type WorkbookCheckLike } from "../../src/excel/validateAndScore";
import { MARK_MARKER } from "../../src/excel/problemMarks";
import type { Grid } from "../../src/layout/grid";
import { FakeExcelHost, fakeRun } from "./fakeExcel";
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
  it.each([1, 10, 50])("reads and writes %i evaluation sheets in at most 2 syncs", async (n) => {
    const host = workbookOf(n);
    const outcome = await fakeRun(host)((c) => validateAndScore(c));
    expect(outcome.check.sheets).toHaveLength(n);
    expect(host.counters.syncs).toBeLessThanOrEqual(2);
    expect(outcome.syncs).toBe(host.counters.syncs);
    expect(outcome.cellsWritten).toBe(11 * n);
    expect(host.counters.cellsWritten).toBeGreaterThanOrEqual(outcome.cellsWritten);
    for (const s of host.sheets.slice(1)) expect(host.cell(s.name, "H7")).toEqual({ formula: FUNDS_SCORE, value: 9.5 });
  });

  it("a second run writes 0 cells and changes no mark, in one sync", async () => {
    const host = workbookOf(3);
    const run = fakeRun(host);
    const first = await run((c) => validateAndScore(c));
    expect(first.marksChanged).toBeGreaterThan(0);
    host.resetCounters();
    const second = await run((c) => validateAndScore(c));
    expect(second.cellsWritten).toBe(0);
    expect(second.marksChanged).toBe(0);
    expect(host.counters.cellsWritten).toBe(0);
    expect(host.counters.syncs).toBe(1);
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

  it("reads without merged areas on clients before ExcelApi 1.13, still in 2 syncs", async () => {
    const host = workbookOf(2, { mergedAreas: false, triggerSource: false });
    const outcome = await fakeRun(host)((c) => validateAndScore(c, undefined, { mergedAreas: false, triggerSource: false }));
    expect(outcome.check.sheets).toHaveLength(2);
    expect(host.counters.syncs).toBe(2);
    expect(outcome.cellsWritten).toBe(22);
    // Without triggerSource the write ran with events off and restored them.
    expect(host.enableEvents).toBe(true);
  });

  it("falls back to reading without merges when that call fails (one extra sync)", async () => {
    const host = workbookOf(1, { mergedAreas: false, triggerSource: true });
    const outcome = await fakeRun(host)((c) => validateAndScore(c));
    expect(outcome.check.sheets).toHaveLength(1);
    expect(outcome.cellsWritten).toBe(11);
    expect(outcome.syncs).toBe(3);
    expect(host.counters.syncs).toBe(3);
  });

  it("lists the sheets first on a client that refuses calls on null objects", async () => {
    const host = new FakeExcelHost({ mergedAreas: true, refuseNullCalls: true });
    addProjectSheet(host, "项目支出绩效自评表");
    addOtherSheet(host, "说明");
    const outcome = await fakeRun(host)((c) => validateAndScore(c));
    expect(outcome.check.sheets).toHaveLength(1);
    expect(outcome.cellsWritten).toBe(11);
    // two failed optimistic reads, list + read, write
    expect(outcome.syncs).toBe(5);
    expect(host.counters.syncs).toBe(5);
  });

  it("enumerates past the chain length in one more sync, and pads each Grid to A1", async () => {
    const host = new FakeExcelHost({ mergedAreas: true });
    for (let i = 0; i < 5; i++) host.addSheet(`S${i}`, { values: [[null, null], [null, i]] });
    const seen: Grid[] = [];
    const check = (grids: readonly Grid[]): WorkbookCheckLike => {
      seen.push(...grids);
      return { sheets: [], broken: [] };
    };
    const { readAllSheets } = await import("../../src/excel/readSheets");
    const read = await fakeRun(host)((c) => readAllSheets(c, { merges: true, marks: false }, 2));
    expect(read.sheets.map((s) => s.name)).toEqual(["S0", "S1", "S2", "S3", "S4"]);
    expect(read.syncs).toBe(3);
    const outcome = await fakeRun(host)((c) => validateAndScoreWith(c, check));
    expect(outcome.syncs).toBe(1);
    expect(seen[4].values).toEqual([
      [null, null],
      [null, 4],
    ]);
  });
});
