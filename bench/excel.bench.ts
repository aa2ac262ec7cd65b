import { createLiveRecompute, validateAndScore } from "../src/excel";
import { FakeExcelHost, fakeRun } from "../test/excel/fakeExcel";
import type { HostSheet } from "../test/excel/fakeHost";
import { ManualTimer, settle } from "../test/excel/manualTimer";
import { addOtherSheet, addProjectSheet } from "../test/excel/workbooks";
import { figure, spreadOf, type Goal, type Measurement } from "./harness";

/**
 * The Office.js adapter against the counting strict fake (test/excel): syncs, queued operations
 * and cells written per Validate & score (1, 10, 50 sheets) and per live edit. "Cells changed" is
 * measured independently of the adapter: the cells whose value, formula or number format differ
 * between before and after; "cells written" are the distinct cells the host saw written.
 */

/** List, probe (= read), write; a live edit burst is one read-only sync. */
const SYNC_GOAL: Goal = { op: "<=", value: 3, text: "≤ 3 syncs" };
const LIVE_SYNC_GOAL: Goal = { op: "<=", value: 1, text: "1 sync, read-only" };
const SHEET_COUNTS = [1, 10, 50] as const;

type CellState = Map<string, string>;

function stateOf(host: FakeExcelHost): CellState {
  const out: CellState = new Map();
  for (const s of host.sheets) {
    for (const [k, c] of s.cells) out.set(`${s.id}|${k}`, JSON.stringify([c.value, c.formula ?? null, s.numberFormats.get(k) ?? null]));
    for (const [k, f] of s.numberFormats) if (!s.cells.has(k)) out.set(`${s.id}|${k}`, JSON.stringify([null, null, f]));
  }
  return out;
}

function changedCells(before: CellState, after: CellState): number {
  let n = 0;
  for (const [k, v] of after) if (before.get(k) !== v) n++;
  for (const k of before.keys()) if (!after.has(k)) n++;
  return n;
}

/** Records the distinct cells the add-in writes (values, formulas or number formats). */
function watchWrites(host: FakeExcelHost): Set<string> {
  const written = new Set<string>();
  const writeCell = host.writeCell.bind(host);
  const writeNumberFormat = host.writeNumberFormat.bind(host);
  host.writeCell = (sheet: HostSheet, row: number, col: number, input: unknown, asFormula: boolean) => {
    written.add(`${sheet.id}|${row},${col}`);
    writeCell(sheet, row, col, input, asFormula);
  };
  host.writeNumberFormat = (sheet: HostSheet, row: number, col: number, format: unknown) => {
    written.add(`${sheet.id}|${row},${col}`);
    writeNumberFormat(sheet, row, col, format);
  };
  return written;
}

function workbook(projects: number): FakeExcelHost {
  const host = new FakeExcelHost({ mergedAreas: true, triggerSource: true });
  addOtherSheet(host, "说明");
  for (let i = 1; i <= projects; i++) addProjectSheet(host, i === 1 ? "项目支出绩效自评表" : `项目支出绩效自评表 (${i})`);
  return host;
}

interface Counted {
  syncs: number;
  operations: number;
  written: number;
  writeOps: number;
  changed: number;
}

async function counted(host: FakeExcelHost, act: () => Promise<unknown>): Promise<Counted> {
  const before = stateOf(host);
  host.resetCounters();
  const written = watchWrites(host);
  await act();
  return {
    syncs: host.counters.syncs,
    operations: host.counters.operations,
    written: written.size,
    writeOps: host.counters.cellsWritten,
    changed: changedCells(before, stateOf(host)),
  };
}

function rows(id: string, label: string, c: Counted, extra: Record<string, number | string>, syncGoal: Goal = SYNC_GOAL): Measurement[] {
  return [
    figure({
      id: `${id}.syncs`,
      group: "excel",
      label: `${label}: syncs`,
      unit: "syncs",
      value: c.syncs,
      goal: syncGoal,
      extra: { operations: c.operations, ...extra },
    }),
    figure({
      id: `${id}.cells`,
      group: "excel",
      label: `${label}: cells written`,
      unit: "cells",
      value: c.written,
      goal: { op: "<=", value: c.changed, text: `= cells changed (${c.changed})` },
      extra: { cellsChanged: c.changed, hostWriteCalls: c.writeOps },
    }),
  ];
}

async function validateAndScoreRows(sheets: number): Promise<Measurement[]> {
  const host = workbook(sheets);
  const run = fakeRun(host);
  const first = await counted(host, () => run((c) => validateAndScore(c)));
  const again = await counted(host, () => run((c) => validateAndScore(c)));
  // Time of the whole batch on the fake (adapter + engine; the fake's own cost included).
  const samples: number[] = [];
  for (let i = 0; i < (sheets >= 50 ? 8 : 20); i++) {
    const h = workbook(sheets);
    const t = process.hrtime.bigint();
    await fakeRun(h)((c) => validateAndScore(c));
    samples.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  const s = spreadOf(samples);
  const label = `excel: Validate & score, ${sheets} sheet${sheets > 1 ? "s" : ""}`;
  return rows(`excel.validate.${sheets}`, label, first, {
    rerunSyncs: again.syncs,
    rerunCellsWritten: again.written,
    medianMs: Number(s.median.toFixed(1)),
    rangeMs: `${s.min.toFixed(1)}–${s.max.toFixed(1)}`,
  });
}

async function liveEditRows(sheets: number): Promise<Measurement[]> {
  const host = workbook(sheets);
  await fakeRun(host)((c) => validateAndScore(c));
  const timer = new ManualTimer();
  let results = 0;
  const errors: unknown[] = [];
  const live = createLiveRecompute({
    run: fakeRun(host),
    profile: () => undefined,
    timer,
    onResult: () => results++,
    onError: (e) => errors.push(e),
    unregister: async (r) => r.remove(),
  });
  await live.start();
  await settle();
  // The user types a new 全年执行数 (rate and execution score follow); their own cell is not counted.
  host.userEdit("项目支出绩效自评表", "E7", 80);
  const c = await counted(host, () => timer.fire());
  await live.stop();
  if (errors.length > 0 || results !== 1) throw new Error(`live edit: ${results} results, errors ${String(errors[0])}`);
  return rows(`excel.live.${sheets}`, `excel: live edit, ${sheets}-sheet workbook`, c, {}, LIVE_SYNC_GOAL);
}

export async function run(): Promise<Measurement[]> {
  const out: Measurement[] = [];
  for (const n of SHEET_COUNTS) out.push(...(await validateAndScoreRows(n)));
  for (const n of [1, 50]) out.push(...(await liveEditRows(n)));
  return out;
}
