import type { Diagnostic } from "../../domain/diagnostics";
import type { SheetKind } from "../../domain/input";
import type { SheetResult } from "../../domain/result";

/**
 * The slice of a workbook check the pane shows. The layout's WorkbookCheck is assignable to it;
 * the view needs only results and diagnostics, never grids or patches.
 */
export interface CheckedSheetLike {
  readonly result: SheetResult;
}

/** A sheet that looked like a 自评表 but could not be read as one. */
export interface BrokenSheetLike {
  readonly sheetName: string;
  readonly kind?: SheetKind | null;
  readonly diagnostics: readonly Diagnostic[];
  /** A template not filled in yet (TEMPLATE_UNFILLED) rather than a layout that could not be read. */
  readonly unfilled?: true;
}

export interface CheckLike {
  readonly sheets: readonly CheckedSheetLike[];
  readonly broken: readonly BrokenSheetLike[];
}
