import { createLiveRecompute, type SheetRecompute } from "../../src/excel";
import type { RunExcel, XlRequestContext } from "../../src/excel/officeTypes";
import type { WorkbookCheck } from "../../src/layout/checkWorkbook";
import { FakeExcelHost, fakeRun, type FakeRequestContext } from "./fakeExcel";
import type { FakeHostOptions } from "./fakeHost";
import { ManualTimer, settle } from "./manualTimer";
import { addProjectSheet } from "./workbooks";

const SHEET = "项目支出绩效自评表";
const OTHER = "项目支出绩效自评表 (2)";

async function setUp(options: FakeHostOptions = { mergedAreas: true, triggerSource: true }, run?: (host: FakeExcelHost) => RunExcel) {
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
    unregister: async (r) => r.remove(),
  });
  await live.start();
  await settle();
  host.resetCounters();
  return { host, timer, live, results, errors };
}

/** The execution score is a formula (layout/formulas.ts): the fake recalculates it like Excel. */
const FUNDS_SCORE = '=IF(OR(D7=0,E7=""),"",ROUND(F7*MAX(0,MIN(E7/D7,1)),2))';

describe("live recompute", () => {
  it("recomputes only the edited sheet, in at most 2 syncs, and its own write does not re-trigger", async () => {
    const { host, timer, results } = await setUp();
    const other = host.snapshot(OTHER);
    host.userEdit(SHEET, "E7", 80);
    expect(timer.delays()).toEqual([600]);
    await timer.fire();
    expect(host.cell(SHEET, "H7")).toEqual({ formula: FUNDS_SCORE, value: 8 });
    expect(host.counters.syncs).toBeLessThanOrEqual(2);
    expect(results).toHaveLength(1);
    // 执行率 G7 and 得分 H7 are formulas already there: Excel recomputed them, nothing to write.
    expect(results[0].cellsWritten).toBe(0);
    expect(host.snapshot(OTHER)).toEqual(other);
    // The write raised an event (triggerSource ThisLocalAddin): nothing is scheduled.
    expect(timer.pending.size).toBe(0);
    expect(host.counters.runs).toBe(1);
  });

  it("without triggerSource writes with events off (restored after), so nothing re-triggers either", async () => {
    const { host, timer } = await setUp({ mergedAreas: false, triggerSource: false });
    host.userEdit(SHEET, "E7", 80);
    await timer.fire();
    expect(host.cell(SHEET, "H7")).toEqual({ formula: FUNDS_SCORE, value: 8 });
    expect(host.enableEvents).toBe(true);
    expect(timer.pending.size).toBe(0);
    expect(host.counters.syncs).toBe(1);
  });

  it("even if the host leaked its own events, the extra recompute writes nothing and stops", async () => {
    const { host, timer, results } = await setUp({ mergedAreas: false, triggerSource: false, ownEventsLeak: true });
    host.userEdit(SHEET, "E7", 80);
    await timer.fire();
    // Nothing to write (the formulas recompute themselves), so no own event can leak.
    expect(timer.pending.size).toBe(0);
    expect(results.map((r) => r.cellsWritten)).toEqual([0]);
  });

  it("debounces a burst of edits into one recompute per changed sheet", async () => {
    const { host, timer, results } = await setUp();
    host.userEdit(SHEET, "E7", 90);
    host.userEdit(SHEET, "E8", 90);
    host.userEdit(OTHER, "E7", 50);
    expect(timer.pending.size).toBe(1);
    await timer.fire();
    expect(results).toHaveLength(2);
    expect(host.counters.runs).toBe(2);
    expect(host.counters.syncs).toBeLessThanOrEqual(4);
    expect(host.cell(OTHER, "H7")).toEqual({ formula: FUNDS_SCORE, value: 5 });
  });

  it("does not lose an edit made while a recompute runs: it queues one more", async () => {
    let armed = false;
    const interleaved = (host: FakeExcelHost): RunExcel => {
      const run = fakeRun(host);
      return (batch, options) =>
        run((context: XlRequestContext) => {
          const ctx = context as FakeRequestContext;
          const sync = ctx.sync.bind(ctx);
          ctx.sync = async () => {
            await sync();
            if (armed) {
              armed = false; // the user commits an edit between the read and the write
              host.userEdit(SHEET, "E7", 70);
            }
          };
          return batch(ctx);
        }, options);
    };
    const { host, timer, results } = await setUp({ mergedAreas: true, triggerSource: true }, interleaved);
    host.userEdit(SHEET, "E7", 80);
    armed = true;
    await timer.fire();
    expect(results[0].skippedWrite).toBe(true); // stale: not written over the newer edit
    expect(timer.pending.size).toBe(1);
    await timer.fire();
    expect(host.cell(SHEET, "E7")?.value).toBe(70);
    expect(host.cell(SHEET, "H7")).toEqual({ formula: FUNDS_SCORE, value: 7 });
  });

  it("recomputes a co-author's edit for the pane but does not write it back", async () => {
    const { host, timer, results } = await setUp();
    host.remoteEdit(SHEET, "E7", 80);
    await timer.fire();
    expect(results).toHaveLength(1);
    expect(results[0].skippedWrite).toBe(true);
    // The formula follows the co-author's figure by itself; the add-in writes nothing.
    expect(results[0].check?.sheets[0].patch.writes.some((w) => w.address === "H7")).toBe(false);
    expect(host.cell(SHEET, "H7")).toEqual({ formula: FUNDS_SCORE, value: 8 });
    expect(host.counters.cellsWritten).toBe(0);
    expect(host.counters.syncs).toBe(1);
  });

  it("retries with backoff while the user is in cell-edit mode, then writes", async () => {
    const { host, timer, results, errors } = await setUp({ mergedAreas: true, triggerSource: true, delayForCellEdit: false });
    host.userEdit(SHEET, "E7", 80);
    host.enterCellEditMode();
    await timer.fire();
    expect(timer.delays()).toEqual([500]);
    await timer.fire();
    expect(timer.delays()).toEqual([1000]);
    host.exitCellEditMode();
    await timer.fire();
    expect(errors).toEqual([]);
    expect(results).toHaveLength(1);
    expect(host.cell(SHEET, "H7")).toEqual({ formula: FUNDS_SCORE, value: 8 });
  });

  it("keeps a typed score through live edits and ignores events after stop()", async () => {
    const { host, timer, live } = await setUp();
    host.userEdit(SHEET, "H14", 15);
    await timer.fire();
    expect(host.cell(SHEET, "H14")).toEqual({ value: 15 });
    await live.stop();
    host.userEdit(SHEET, "E7", 80);
    expect(timer.pending.size).toBe(0);
    expect(host.handlers.size).toBe(0);
  });
});
