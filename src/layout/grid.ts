import type { CellValue, RawCell } from "../domain/cells";
import { cellAddress } from "./address";

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
  /** The sheet's tab state, where the reader knows it: a hidden sheet scored is said so. */
  readonly visibility?: "visible" | "hidden" | "veryHidden";
}

/**
 * One cell of a Grid as the engine sees it. A non-finite number (NaN, ±Infinity) is no value any
 * host produces (Excel gives an error instead), so it reads as empty.
 */
export function rawCellAt(grid: Grid, row: number, col: number): RawCell {
  const held = grid.values[row]?.[col] ?? null;
  const value = typeof held === "number" && !Number.isFinite(held) ? null : held;
  const formula = grid.formulas?.[row]?.[col];
  const numberFormat = grid.numberFormats?.[row]?.[col];
  return {
    address: cellAddress(row, col),
    value,
    ...(typeof formula === "string" && formula ? { formula } : {}),
    ...(typeof numberFormat === "string" && numberFormat ? { numberFormat } : {}),
  };
}

/** The hidden and very hidden sheets among the grids, in tab order: every face says they are hidden. */
export function hiddenSheets(grids: readonly Grid[]): { readonly sheetName: string; readonly visibility: "hidden" | "veryHidden" }[] {
  return grids.flatMap((g) => (g.visibility === "hidden" || g.visibility === "veryHidden" ? [{ sheetName: g.sheetName, visibility: g.visibility }] : []));
}
