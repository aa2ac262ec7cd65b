/**
 * A cell as the engine receives it: where it is and what the host holds in it.
 * Plain data shared by every face (Excel, .xlsx, browser); no API objects.
 */

/** An Excel error value such as #DIV/0!, #REF!, #N/A. */
export interface CellError {
  readonly error: string;
}

/**
 * A cell's value as the host returns it. Dates arrive as serial numbers (with a date
 * number format), percentages typed as "95%" as the number 0.95 with a % format.
 */
export type CellValue = string | number | boolean | null | CellError;

export interface RawCell {
  /** A1 address within its sheet, e.g. "H21". */
  readonly address: string;
  readonly value: CellValue;
  /** The number format, when the host knows it ("0.00%", "yyyy/m/d", "General"). */
  readonly numberFormat?: string;
  /** The formula text ("=98+N(\"jixiao\")"), only when the cell holds a formula. */
  readonly formula?: string;
}

export function isCellError(v: CellValue): v is CellError {
  return typeof v === "object" && v !== null && "error" in v;
}

/** Blank: null, "" or only (full-width/ideographic) whitespace. */
const NOT_SPACE = /[^\s\u3000\u00a0]/;

export function isBlank(v: CellValue): boolean {
  // A test, not a replace: no trimmed copy of every string (called several times per cell).
  return v === null || (typeof v === "string" && !NOT_SPACE.test(v));
}

/**
 * `s` as a string of its own, for a key kept in a long-lived map: a cell's text can be a slice of
 * the workbook's XML, and a map holding the slice would keep the whole of that text alive.
 */
export function ownCopy(s: string): string {
  return [...s].join("");
}
