import type { RawCell } from "./cells";

/**
 * Which computed cells jixiao itself filled (rules.md §9).
 *
 * jixiao writes a computed value as a tiny formula that carries a marker, e.g.
 * `=98+N("jixiao")` (N of a text is 0) or `="优"&T(N("jixiao"))` (T of a number is "").
 * The marker travels with the cell through inserted/deleted rows, copy-paste and
 * save/reopen, shows in the formula bar, and works in Excel, WPS and LibreOffice.
 * A cell the user typed into loses the formula, so it is the user's from then on.
 */

const MARKER = 'N("jixiao")';
const NUMBER_FORM = /^=(-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)\+N\("jixiao"\)$/i;
const TEXT_FORM = /^="((?:[^"]|"")*)"&T\(N\("jixiao"\)\)$/i;

/** The formula jixiao writes for a computed value. */
export function ownedFormula(value: number | string): string {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new RangeError(`ownedFormula: not a finite number: ${value}`);
    return `=${value}+${MARKER}`;
  }
  return `="${value.replace(/"/g, '""')}"&T(${MARKER})`;
}

/** The value an owned formula stands for, or undefined when the formula is not jixiao's. */
export function ownedValue(formula: string | undefined): number | string | undefined {
  if (!formula) return undefined;
  const f = formula.trim();
  const n = NUMBER_FORM.exec(f);
  if (n) return Number(n[1]);
  const t = TEXT_FORM.exec(f);
  if (t) return t[1].replace(/""/g, '"');
  return undefined;
}

export type CellOwner = "blank" | "jixiao" | "user";

/** Who a computed cell belongs to: empty, filled by jixiao, or typed (or formula'd) by the user. */
export function cellOwner(cell: RawCell | undefined): CellOwner {
  if (!cell) return "blank";
  if (ownedValue(cell.formula) !== undefined) return "jixiao";
  const v = cell.value;
  if (cell.formula) return "user";
  if (v === null || (typeof v === "string" && v.replace(/[\s\u3000\u00a0]/g, "") === "")) return "blank";
  return "user";
}
