import { isBlank, type RawCell } from "./cells";

/**
 * Which computed cells are jixiao's (rules.md §9).
 *
 * The arithmetic cells (执行率, execution 得分, 总分, 等级) hold ordinary formulas over the sheet's
 * own cells (layout/formulas.ts). Such a cell is jixiao's when it holds exactly the formula jixiao
 * would write there, compared after normalising (`sameFormula`); any other formula or a typed value
 * is the user's.
 *
 * A suggested indicator 得分 is judgement, not arithmetic, so it stays a value; jixiao writes it as a
 * constant formula carrying a marker, `=45+N("jixiao")` (N of a text is 0). The marker travels with
 * the cell through inserted rows, copy-paste and save/reopen, shows in the formula bar and works in
 * Excel, WPS and LibreOffice; typing into the cell removes it. Earlier versions wrote every computed
 * cell that way (`="优"&T(N("jixiao"))` for text); such cells are recognised as jixiao's and upgraded.
 *
 * Ownership only decides what jixiao may overwrite. It never makes a value trusted: a mark is easy
 * to forge, so every computed cell is checked against the engine's figure whoever owns it.
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

/**
 * Who a computed cell belongs to: empty, jixiao's (its marker, or `expected`, the formula jixiao
 * would write there), or the user's (a typed value, any other formula).
 */
export function cellOwner(cell: RawCell | undefined, expected?: string): CellOwner {
  if (!cell) return "blank";
  if (ownedValue(cell.formula) !== undefined) return "jixiao";
  const v = cell.value;
  if (cell.formula) return expected !== undefined && sameFormula(cell.formula, expected, cell.address) ? "jixiao" : "user";
  if (isBlank(v)) return "blank";
  return "user";
}

/** Column letters → 0-based index ("A" → 0, "AA" → 26). */
function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** An A1 reference not part of a name or a number: "H10", "$H$10", but not the "LOG10" of LOG10(. */
const REFERENCE = /(?<![A-Z0-9_.])\$?([A-Z]{1,3})\$?(\d{1,7})(?![A-Z0-9_.(])/g;
/** A string literal, its doubled quotes included. */
const STRING_LITERAL = /"(?:[^"]|"")*"/g;

/**
 * A formula as Excel compares it, relative to the cell `at` that holds it: no leading "=", upper
 * case and no spaces outside string literals, no "$", and every reference as its offset from `at`
 * (R[1]C[-2]). So the formula a row moved or inserted further down still matches, as does one
 * Excel re-spelt ("= round( $h$10 , 2 )").
 */
export function normaliseFormula(formula: string, at: string): string {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(at.trim());
  const col = m ? columnIndex(m[1].toUpperCase()) : 0;
  const row = m ? Number(m[2]) : 0;
  const text = formula.trim().replace(/^=/, "");
  const outside = (part: string) =>
    part
      .replace(/\s+/g, "")
      .toUpperCase()
      .replace(REFERENCE, (_all, letters: string, digits: string) => `R[${Number(digits) - row}]C[${columnIndex(letters) - col}]`);
  let out = "";
  let last = 0;
  for (const lit of text.matchAll(STRING_LITERAL)) {
    out += outside(text.slice(last, lit.index)) + lit[0];
    last = lit.index + lit[0].length;
  }
  return out + outside(text.slice(last));
}

/** Whether two formulas are the same once normalised, both as held in the cell `at`. */
export function sameFormula(a: string, b: string, at: string): boolean {
  // The usual case, the very formula jixiao wrote, needs no normalising.
  return a === b || normaliseFormula(a, at) === normaliseFormula(b, at);
}
