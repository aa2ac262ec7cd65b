/**
 * The cell writes that put a Result into a sheet. Only computed cells ever appear in a Patch,
 * and only those that are blank or still jixiao's (domain/ownership.ts); a write that would
 * not change the cell is left out, so applying a Patch twice changes nothing.
 */

export interface CellWrite {
  /** A1 address within the sheet. */
  readonly address: string;
  /** The owned formula to put in (`=98+N("jixiao")`), or "" to clear a cell jixiao had filled. */
  readonly formula: string;
  /** The value that formula evaluates to, for hosts that store a cached result (.xlsx). */
  readonly value: number | string | null;
  /** Number format of the computed cell ("0.00", "0.00%"), when it should be set. */
  readonly numberFormat?: string;
}

export interface Patch {
  readonly sheetName: string;
  readonly writes: readonly CellWrite[];
}
