import { createLiveRecompute, type SheetRecompute } from "../../src/excel";
import type { RunExcel } from "../../src/excel/officeTypes";
import type { WorkbookCheck } from "../../src/layout/checkWorkbook";
import { FakeExcelHost, fakeRun } from "./fakeExcel";
import type { FakeHostOptions } from "./fakeHost";
import { ManualTimer, settle } from "./manualTimer";
import { addProjectSheet } from "./workbooks";

const SHEET = "项目支出绩效自评表";
const OTHER = "项目支出绩效自评表 (2)";

async function setUp(
  options: FakeHostOptions = { mergedAreas: true, triggerSource: true },
  run?: (host: FakeExcelHost) => RunExcel,
  extra: { visible?: boolean; waiting?: boolean[] } = {},
) {
  const host = new FakeExcelHost(options);
  addProjectSheet(host, SHEET);
  addProjectSheet(host, OTHER);
  // Start from a scored workbook.
  const first = fakeRun(host);
  const { validateAndScore } = await import("../../src/excel");
  await first((c) => validateAndScore(c, undefined, { mergedAreas: options.mergedAreas ?? false, triggerSource: options.triggerSource ?? false }));
  const timer = new ManualTimer();
  const results: SheetRecompute<WorkbookCheck>[] = [];
  const errors: unknown[] = [];
  const live = createLiveRecompute({
    run: run ? run(host) : fakeRun(host),
    profile: () => undefined,
    features: { mergedAreas: options.mergedAreas ?? false, triggerSource: options.triggerSource ?? false },
    timer,
    onResult: (r) => results.push(r),
    onError: (e) => errors.push(e),
    onWaiting: (w) => extra.waiting?.push(w),
    unregister: async (r) => r.remove(),
    ...(extra.visible !== undefined ? { visible: extra.visible } : {}),
  });
  await live.start();
  await settle();
  host.resetCounters();
  host.undoStack.length = 0; // the session starts from the scored workbook
  return { host, timer, live, results, errors };
}

describe("live checking (read-only)", () => {
  it("re-checks the edited sheet in one sync and writes nothing: 0 cells, no format, no mark", async () => {
    const { host, timer, results } = await setUp();
    const before = host.snapshot(SHEET);
    host.userEdit(SHEET, "E7", 80);
    const typed = host.snapshot(SHEET);
    expect(typed).not.toEqual(before);
    expect(timer.delays()).toEqual([600]);
    await timer.fire();
    expect(results).toHaveLength(1);
    // The pane's numbers follow the typing: 执行率 80% gives 8 points.
    const sheet = results[0].check.sheets[0];
    expect(sheet.result.sheetName).toBe(SHEET);
    expect(sheet.result.funds?.score?.value?.toNumber()).toBe(8);
    expect(host.snapshot(SHEET)).toEqual(typed);
    expect(host.counters.cellsWritten).toBe(0);
    expect(host.counters.syncs).toBe(1);
    expect(host.undoStack).toHaveLength(1); // the user's edit only
    expect(timer.pending.size).toBe(0);
  });

  it("one Ctrl+Z after live checking gives the user's previous value back", async () => {
    const { host, timer } = await setUp();
    const previous = host.cell(SHEET, "E7");
    host.userEdit(SHEET, "E7", 80);
    await timer.fire();
    host.undo();
    expect(host.cell(SHEET, "E7")).toEqual(previous);
    // The undo is a change too: it is re-checked, read-only, and adds no undo step.
    await timer.fire();
    expect(host.undoStack).toHaveLength(0);
    expect(host.counters.cellsWritten).toBe(0);
  });

  it("debounces a burst of edits on two sheets into ONE sync", async () => {
    const { host, timer, results } = await setUp();
    host.userEdit(SHEET, "E7", 90);
    host.userEdit(SHEET, "E8", 90);
    host.userEdit(OTHER, "E7", 50);
    expect(timer.pending.size).toBe(1);
    await timer.fire();
    expect(results).toHaveLength(1);
    expect(results[0].check.sheets.map((s) => s.result.sheetName)).toEqual([SHEET, OTHER]);
    expect(host.counters.runs).toBe(1);
    expect(host.counters.syncs).toBe(1);
  });

  it("a second Validate & score after live edits writes 0 cells once the first has written", async () => {
    const { host, timer } = await setUp();
    const { validateAndScore } = await import("../../src/excel");
    // The user clears the execution score (a formula cell): live checking leaves it blank,
    // Validate & score puts the formula back.
    host.userEdit(SHEET, "H7", null);
    await timer.fire();
    expect(host.cell(SHEET, "H7")?.formula ?? "").toBe("");
    const first = await fakeRun(host)((c) => validateAndScore(c));
    expect(first.cellsWritten).toBeGreaterThan(0);
    await timer.fire(); // its own change event (triggerSource ThisLocalAddin) is ignored
    const second = await fakeRun(host)((c) => validateAndScore(c));
    expect(second.cellsWritten).toBe(0);
    expect(second.marksChanged).toBe(0);
  });

  it("without triggerSource, Validate & score's own write costs one read-only re-check, never a loop", async () => {
    const { host, timer, results } = await setUp({ mergedAreas: false, triggerSource: false, ownEventsLeak: true });
    const { validateAndScore } = await import("../../src/excel");
    host.userEdit(SHEET, "H7", null);
    await timer.fire();
    const written = await fakeRun(host)((c) => validateAndScore(c, undefined, { mergedAreas: false, triggerSource: false }));
    expect(written.cellsWritten).toBeGreaterThan(0);
    await timer.fire();
    await timer.fire();
    expect(results).toHaveLength(2);
    expect(timer.pending.size).toBe(0);
  });

  it("an edit on a big data sheet costs a read of its first rows only, in the same one sync", async () => {
    const { host, timer, results } = await setUp();
    const text = "数据".repeat(30);
    const data = host.addSheet("数据", { values: Array.from({ length: 500 }, (_, r) => Array.from({ length: 30 }, (_, c) => `${text}${r}-${c}`)) });
    host.resetCounters();
    host.userEdit("数据", "A400", "x");
    host.userEdit(SHEET, "E7", 80);
    await timer.fire();
    expect(host.counters.syncs).toBe(1);
    expect(results[0].check.sheets.map((s) => s.result.sheetName)).toEqual([SHEET]);
    // Rows 1–60 of the data sheet (≈ 0.3 MB), not its 500 rows (≈ 2 MB).
    expect(host.counters.maxResponseBytes).toBeLessThan(600_000);
    expect(data.cells.size).toBe(15000);
  });

  it("re-checks a co-author's edit for the pane, writing nothing", async () => {
    const { host, timer, results } = await setUp();
    host.remoteEdit(SHEET, "E7", 80);
    await timer.fire();
    expect(results).toHaveLength(1);
    expect(host.counters.cellsWritten).toBe(0);
    expect(host.counters.syncs).toBe(1);
  });

  it("runs only while the pane is visible; edits made while hidden are checked when it shows again", async () => {
    const { host, timer, live, results } = await setUp(undefined, undefined, { visible: false });
    host.userEdit(SHEET, "E7", 80);
    expect(timer.pending.size).toBe(0);
    await timer.fire();
    expect(host.counters.runs).toBe(0);
    live.setVisible(true);
    await timer.fire();
    expect(results).toHaveLength(1);
    live.setVisible(false);
    host.userEdit(SHEET, "E8", 80);
    expect(timer.pending.size).toBe(0);
    expect(host.counters.runs).toBe(1);
  });

  it("retries with backoff while the user is in cell-edit mode, saying so meanwhile", async () => {
    const waiting: boolean[] = [];
    const { host, timer, results, errors } = await setUp({ mergedAreas: true, triggerSource: true, delayForCellEdit: false }, undefined, { waiting });
    host.userEdit(SHEET, "E7", 80);
    host.enterCellEditMode();
    await timer.fire();
    expect(timer.delays()).toEqual([500]);
    expect(waiting).toEqual([true]);
    await timer.fire();
    expect(timer.delays()).toEqual([1000]);
    host.exitCellEditMode();
    await timer.fire();
    expect(errors).toEqual([]);
    expect(results).toHaveLength(1);
    expect(waiting).toEqual([true, false]);
  });

  it("ignores events after stop()", async () => {
    const { host, timer, live } = await setUp();
    await live.stop();
    host.userEdit(SHEET, "E7", 80);
    expect(timer.pending.size).toBe(0);
    expect(host.handlers.size).toBe(0);
  });
});
