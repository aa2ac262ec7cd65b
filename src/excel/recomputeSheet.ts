import { readSheetsById } from "./readSheets";
import type { CheckGrids, ScoreOptions, WorkbookCheckLike } from "./validateAndScore";
import type { XlRequestContext } from "./officeTypes";

export interface SheetRecompute<C extends WorkbookCheckLike> {
  /** The check of the sheets read (the ones still there). */
  readonly check: C;
  /** Always 0: live checking never writes (Validate & score does). */
  readonly cellsWritten: number;
  readonly syncs: number;
}

/**
 * The live path: READ-ONLY. Reads the edited sheets by id in one sync and checks them, so the
 * pane's numbers and diagnostics follow the typing. Nothing is written on a keystroke — no cell,
 * format or conditional format — so the user's Ctrl+Z always undoes their own edit (in Excel
 * each add-in sync that changes the document is an undo step of its own).
 */
export async function recomputeSheets<C extends WorkbookCheckLike>(
  context: XlRequestContext,
  worksheetIds: readonly string[],
  check: CheckGrids<C>,
  options: Pick<ScoreOptions, "merges"> = {},
): Promise<SheetRecompute<C>> {
  const read = await readSheetsById(context, worksheetIds, { merges: options.merges ?? true, marks: false });
  return { check: check(read.sheets.map((s) => s.grid)), cellsWritten: 0, syncs: read.syncs };
}
