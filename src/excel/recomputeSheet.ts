import { readSheetById } from "./readSheets";
import { planOutcome, queuePlans, syncWrites, type CheckGrids, type ScoreOptions, type WorkbookCheckLike } from "./validateAndScore";
import type { RecomputeRequest } from "./liveRecompute";
import type { XlRequestContext } from "./officeTypes";

export interface SheetRecompute<C extends WorkbookCheckLike> {
  /** undefined when the sheet no longer exists. */
  readonly check: C | undefined;
  readonly cellsWritten: number;
  readonly syncs: number;
  /** The write was skipped: remote change, protected sheet, or edited again since the read. */
  readonly skippedWrite: boolean;
}

/**
 * The live path for one sheet: read it by id (sync 1), check it, write its patch (sync 2) unless
 * the change was remote, the sheet is protected, or it changed again since the read. Marks are
 * left to Validate & score unless asked, so a live edit's undo history holds only cell values.
 */
export async function recomputeSheet<C extends WorkbookCheckLike>(
  context: XlRequestContext,
  request: RecomputeRequest,
  check: CheckGrids<C>,
  options: ScoreOptions = {},
): Promise<SheetRecompute<C>> {
  const marks = options.marks ?? false;
  const sheet = await readSheetById(context, request.worksheetId, { merges: options.merges ?? true, marks });
  if (!sheet) return { check: undefined, cellsWritten: 0, syncs: 1, skippedWrite: false };
  const result = check([sheet.grid]);
  if (!request.write || sheet.protected || !request.fresh()) {
    return { check: result, cellsWritten: 0, syncs: 1, skippedWrite: true };
  }
  const { plans } = planOutcome([sheet], result, { ...options, marks });
  if (plans.length === 0) return { check: result, cellsWritten: 0, syncs: 1, skippedWrite: false };
  const syncs = 1 + (await syncWrites(context, options.quietWrites ?? false, () => queuePlans(plans, options.look)));
  return { check: result, cellsWritten: plans.reduce((n, p) => n + p.writes.length, 0), syncs, skippedWrite: false };
}
