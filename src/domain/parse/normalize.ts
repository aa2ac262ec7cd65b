import { isCellError, type CellValue } from "../cells";

/**
 * Text normalisation before any parsing (rules.md §1): full-width ASCII (１６１．４, ％, ＞＝)
 * becomes half-width, every kind of space becomes one ASCII space, line breaks included.
 */

const SPACES = /[\s\u00a0\u2000-\u200b\u3000\ufeff]+/g;
const FULL_WIDTH = /[\uff01-\uff5e]/g;
const ANY_SPACE = /[\s\u00a0\u2000-\u200b\u3000\ufeff]/;
const NEEDS_NORMALIZING = /[\s\u00a0\u2000-\u200b\u3000\ufeff\uff01-\uff5e]/;

function halfWidth(ch: string): string {
  return String.fromCharCode(ch.charCodeAt(0) - 0xfee0);
}

let lastIn = "";
let lastOut = "";

/** Full-width ASCII (U+FF01–U+FF5E) → ASCII; ideographic and other spaces → " "; trimmed, collapsed. */
export function normalizeText(s: string): string {
  // Most cell texts hold nothing to change: one test instead of two replaces and a trim.
  if (!NEEDS_NORMALIZING.test(s)) return s;
  // The parsers normalise the same cell text several times over, each the previous one's output;
  // the function is idempotent, so the last result answers both (bench/ profiles).
  if (s === lastOut) return s;
  if (s === lastIn) return lastOut;
  lastIn = s;
  lastOut = s.replace(FULL_WIDTH, halfWidth).replace(SPACES, " ").trim();
  return lastOut;
}

/** Spaces tidied (collapsed, trimmed) but characters kept as typed: for quoting the user's text. */
export function tidyText(s: string): string {
  if (!ANY_SPACE.test(s)) return s;
  return s.replace(SPACES, " ").trim();
}

/** normalizeText without any space at all: for comparing labels and texts ("全年资 金" = "全年资金"). */
export function compactText(s: string): string {
  return normalizeText(s).replace(/ /g, "");
}

/** Drops thousands separators between digit groups ("1,234,567.8" → "1234567.8"). */
export function stripThousands(s: string): string {
  if (!s.includes(",")) return s;
  return s.replace(/(\d),(?=\d{3}(?!\d))/g, "$1");
}

/** The text a cell shows for matching purposes; "" for blank, booleans and errors. */
export function cellText(v: CellValue): string {
  if (v === null || typeof v === "boolean" || isCellError(v)) return "";
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "";
  return normalizeText(v);
}

/**
 * The start of a text, for parsers that read only so much: cell contents are the sender's, and a
 * parser that looks at a bounded prefix stays linear whatever is pasted (issue 18).
 */
export function head(s: string, max: number): string {
  return s.length > max ? s.slice(0, max) : s;
}

/** The raw value as the user would recognise it, for messages ("#DIV/0!", "完成", "0.95"). */
export function cellDisplay(v: CellValue): string {
  if (v === null) return "";
  if (isCellError(v)) return v.error;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "number") return String(v);
  const t = tidyText(head(v, 400));
  return t.length > 40 ? `${t.slice(0, 40)}…` : t;
}
