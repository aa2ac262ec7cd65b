import type { Diagnostic } from "../domain/diagnostics";
import type { Grid } from "../layout/grid";
import type { Patch } from "../layout/patch";
import { desiredMarks, planMarks, queueMarks, type MarkPlan } from "./problemMarks";
import { readWorkbook, type ReadSheet } from "./readSheets";
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
  /**
   * context.sync calls made: list + probe (which reads every sheet that fits in it) + write;
   * one more per extra budget batch of tall sheets, or on a fallback.
   */
  readonly syncs: number;
  /** Sheets not written because they are protected (protection is never toggled). */
  readonly protectedSkipped: readonly string[];
  /** Sheets not written because they are hidden or very hidden (the user cannot see the change). */
  readonly hiddenSkipped: readonly string[];
  /** Sheets whose used area goes beyond the window read. */
  readonly truncated: readonly string[];
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
): { plans: SheetPlan[]; protectedSkipped: string[]; hiddenSkipped: string[] } {
  const checked = new Map(check.sheets.map((s) => [s.grid.sheetName, s]));
  const broken = new Map(check.broken.map((b) => [b.sheetName, b]));
  const plans: SheetPlan[] = [];
  const protectedSkipped: string[] = [];
  const hiddenSkipped: string[] = [];
  for (const sheet of sheets) {
    const ok = checked.get(sheet.name);
    const writes = ok ? plannedWrites(ok.patch, sheet.grid) : [];
    const diagnostics = ok?.result.diagnostics ?? broken.get(sheet.name)?.diagnostics ?? [];
    const marks = options.marks === false ? { remove: [], add: [] } : planMarks(sheet.marks, desiredMarks(diagnostics));
    if (writes.length + marks.remove.length + marks.add.length === 0) continue;
    // Neither is ever toggled: the user decides what to unhide or unprotect.
    if (sheet.visibility !== "Visible") hiddenSkipped.push(sheet.name);
    else if (sheet.protected) protectedSkipped.push(sheet.name);
    else plans.push({ sheet, writes, marks });
  }
  return { plans, protectedSkipped, hiddenSkipped };
}

export function queuePlans(plans: readonly SheetPlan[], look?: ComputedLook): void {
  for (const plan of plans) {
    queueWrites(plan.sheet.worksheet, plan.writes, look);
    queueMarks(plan.sheet.worksheet, plan.marks);
  }
}

/**
 * Validate & score over every sheet of the workbook: the evaluation sheets are found and read
 * (readWorkbook: list, probe, tall sheets under the payload budget), the check runs in memory,
 * one more sync writes every Patch and mark. Three syncs whenever the reads fit one budget;
 * two when nothing needs writing.
 */
export async function validateAndScoreWith<C extends WorkbookCheckLike>(
  context: XlRequestContext,
  check: CheckGrids<C>,
  options: ScoreOptions = {},
): Promise<ScoreOutcome<C>> {
  const read = await readWorkbook(context, { merges: options.merges ?? true, marks: options.marks !== false });
  const result = check(read.sheets.map((s) => s.grid));
  const { plans, protectedSkipped, hiddenSkipped } = planOutcome(read.sheets, result, options);
  let syncs = read.syncs;
  if (plans.length > 0) syncs += await syncWrites(context, options.quietWrites ?? false, () => queuePlans(plans, options.look));
  return {
    check: result,
    cellsWritten: plans.reduce((n, p) => n + p.writes.length, 0),
    marksChanged: plans.reduce((n, p) => n + p.marks.remove.length + p.marks.add.length, 0),
    syncs,
    protectedSkipped,
    hiddenSkipped,
    truncated: read.sheets.filter((s) => s.truncated).map((s) => s.name),
  };
}
