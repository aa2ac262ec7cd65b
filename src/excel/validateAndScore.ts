import type { Diagnostic } from "../domain/diagnostics";
import type { Grid } from "../layout/grid";
import type { Patch } from "../layout/patch";
import { desiredMarks, planMarks, queueMarks, type MarkPlan } from "./problemMarks";
import { readAllSheets, readListedSheets, type ReadOptions, type ReadSheet } from "./readSheets";
import { isCellEditModeError } from "./runExcel";
import { plannedWrites, queueWrites, type ComputedLook, type PlannedWrite } from "./writePatch";
import type { XlRequestContext } from "./officeTypes";

/** What the adapter needs of a workbook check (layout/checkWorkbook.ts's WorkbookCheck fits). */
export interface CheckedSheetLike {
  readonly grid: Grid;
  readonly result: { readonly diagnostics: readonly Diagnostic[] };
  readonly patch: Patch;
}
export interface BrokenSheetLike {
  readonly sheetName: string;
  readonly diagnostics: readonly Diagnostic[];
}
export interface WorkbookCheckLike {
  readonly sheets: readonly CheckedSheetLike[];
  readonly broken: readonly BrokenSheetLike[];
}

export type CheckGrids<C extends WorkbookCheckLike> = (grids: readonly Grid[]) => C;

export interface ScoreOptions {
  /** Read merged areas (ExcelApi 1.13 present). Default true. */
  readonly merges?: boolean;
  /** Refresh problem marks. Default true. */
  readonly marks?: boolean;
  /** Turn this add-in's events off around the write (no triggerSource to filter own writes). */
  readonly quietWrites?: boolean;
  /** The look given to cells jixiao writes. */
  readonly look?: ComputedLook;
}

export interface ScoreOutcome<C extends WorkbookCheckLike> {
  readonly check: C;
  /** Cells whose content or number format changed. */
  readonly cellsWritten: number;
  /** Problem-mark rules removed plus added. */
  readonly marksChanged: number;
  /** context.sync calls made (2 normally; 1 when nothing changed; more only on a fallback). */
  readonly syncs: number;
  /** Sheets not written because they are protected (protection is never toggled). */
  readonly protectedSkipped: readonly string[];
  /** Sheets whose used area goes beyond the window read. */
  readonly truncated: readonly string[];
}

/**
 * Reads every sheet, falling back when the optimistic batch fails: first without merged areas
 * (more than 512 merges in one sheet fails the call), then by listing the sheets first (a
 * client that refuses calls on the null links past the last sheet).
 */
async function readWithFallback(
  context: XlRequestContext,
  options: ReadOptions,
): Promise<{ sheets: ReadSheet[]; syncs: number }> {
  const plain: ReadOptions = { ...options, merges: false };
  const attempts: (() => Promise<{ sheets: ReadSheet[]; syncs: number }>)[] = [
    ...(options.merges ? [() => readAllSheets(context, options)] : []),
    () => readAllSheets(context, plain),
    () => readListedSheets(context, plain),
  ];
  let syncs = 0;
  let lastError: unknown;
  for (const attempt of attempts) {
    try {
      // One after another by design: each attempt is the fallback of the one before.
      const read = await attempt();
      return { sheets: read.sheets, syncs: syncs + read.syncs };
    } catch (error) {
      if (isCellEditModeError(error)) throw error;
      lastError = error;
      syncs++;
    }
  }
  throw lastError;
}

/**
 * Runs the queued write batch with this add-in's events off when `quiet`, restoring them in the
 * same batch, and again in a separate sync if the batch failed part-way.
 */
export async function syncWrites(context: XlRequestContext, quiet: boolean, queue: () => void): Promise<number> {
  if (quiet) context.runtime.enableEvents = false;
  try {
    queue();
  } finally {
    if (quiet) context.runtime.enableEvents = true;
  }
  try {
    await context.sync();
    return 1;
  } catch (error) {
    if (quiet) {
      context.runtime.enableEvents = true;
      await context.sync().catch(() => undefined);
    }
    throw error;
  }
}

/** What one sheet gets in the write batch. */
export interface SheetPlan {
  readonly sheet: ReadSheet;
  readonly writes: readonly PlannedWrite[];
  readonly marks: MarkPlan;
}

/** Plans the writes and marks of every read sheet (pure: nothing is queued). */
export function planOutcome(
  sheets: readonly ReadSheet[],
  check: WorkbookCheckLike,
  options: ScoreOptions,
): { plans: SheetPlan[]; protectedSkipped: string[] } {
  const checked = new Map(check.sheets.map((s) => [s.grid.sheetName, s]));
  const broken = new Map(check.broken.map((b) => [b.sheetName, b]));
  const plans: SheetPlan[] = [];
  const protectedSkipped: string[] = [];
  for (const sheet of sheets) {
    const ok = checked.get(sheet.name);
    const writes = ok ? plannedWrites(ok.patch, sheet.grid) : [];
    if (sheet.protected) {
      if (writes.length > 0) protectedSkipped.push(sheet.name);
      continue;
    }
    const diagnostics = ok?.result.diagnostics ?? broken.get(sheet.name)?.diagnostics ?? [];
    const marks = options.marks === false ? { remove: [], add: [] } : planMarks(sheet.marks, desiredMarks(diagnostics));
    if (writes.length + marks.remove.length + marks.add.length > 0) plans.push({ sheet, writes, marks });
  }
  return { plans, protectedSkipped };
}

export function queuePlans(plans: readonly SheetPlan[], look?: ComputedLook): void {
  for (const plan of plans) {
    queueWrites(plan.sheet.worksheet, plan.writes, look);
    queueMarks(plan.sheet.worksheet, plan.marks);
  }
}

/**
 * Validate & score over every sheet of the workbook: one sync reads all their Grids, the
 * check runs in memory, one more sync writes every Patch and mark. Two syncs whatever the
 * number of sheets; one when nothing needs writing.
 */
export async function validateAndScoreWith<C extends WorkbookCheckLike>(
  context: XlRequestContext,
  check: CheckGrids<C>,
  options: ScoreOptions = {},
): Promise<ScoreOutcome<C>> {
  const read = await readWithFallback(context, { merges: options.merges ?? true, marks: options.marks !== false });
  const result = check(read.sheets.map((s) => s.grid));
  const { plans, protectedSkipped } = planOutcome(read.sheets, result, options);
  let syncs = read.syncs;
  if (plans.length > 0) syncs += await syncWrites(context, options.quietWrites ?? false, () => queuePlans(plans, options.look));
  return {
    check: result,
    cellsWritten: plans.reduce((n, p) => n + p.writes.length, 0),
    marksChanged: plans.reduce((n, p) => n + p.marks.remove.length + p.marks.add.length, 0),
    syncs,
    protectedSkipped,
    truncated: read.sheets.filter((s) => s.truncated).map((s) => s.name),
  };
}
