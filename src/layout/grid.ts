import type { CellValue } from "../domain/cells";

/**
 * A rectangular snapshot of one worksheet, starting at A1: what every face reads into the
 * pure core. Plain data, no API objects (architecture.md).
 */

/** A merged area, 0-based inclusive indices. */
export interface MergedArea {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface Grid {
  readonly sheetName: string;
  /** values[row][col], 0-based from A1. Rows may be ragged; a missing cell is null. */
  readonly values: readonly (readonly CellValue[])[];
  /** Number formats, same shape as values where known (to tell 0.95 typed as 95% from 0.95). */
  readonly numberFormats?: readonly (readonly (string | null)[])[];
  /** Formulas, same shape as values where known; "" or null where the cell holds a constant. */
  readonly formulas?: readonly (readonly (string | null)[])[];
  /** Merged areas; the value lives in the top-left cell only. */
  readonly merges: readonly MergedArea[];
}
