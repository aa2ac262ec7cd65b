/**
 * Excel's rules for sheet names — one rule for every face that names a new sheet (the add-in,
 * the .xlsx writer): at most 31 characters, none of \ / ? * [ ] :, no control characters, no
 * apostrophe at either end, not blank, not the reserved "History", unique ignoring case.
 */

export const MAX_SHEET_NAME_LENGTH = 31;

const FORBIDDEN = /[\\/?*[\]:]/g;
// C0 controls and DEL: no XML 1.0 document can hold most of them, and Excel refuses them in a name.
// (C1 controls are legal XML; a file may carry them and every face shows them escaped.)
const CONTROLS = /[\u0000-\u001f\u007f]/g;

/** The first `max` UTF-16 units of `s`, never splitting a surrogate pair (Excel counts units). */
function cutTo(s: string, max: number): string {
  let out = "";
  for (const ch of s) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out;
}

/** The name made legal: forbidden characters become "_", controls go, cut to 31 characters. */
export function legalSheetName(name: string): string {
  const cleaned = name.replace(CONTROLS, "").replace(FORBIDDEN, "_").trim().replace(/^'+|'+$/g, "");
  const cut = cutTo(cleaned, MAX_SHEET_NAME_LENGTH).trim().replace(/'+$/, "");
  if (cut === "") return "Sheet";
  // "History" is reserved by Excel (any case).
  return cut.toLowerCase() === "history" ? `${cut}_` : cut;
}

/**
 * `name`, else `name (2)`, `name (3)` … — the first legal name no existing sheet has (as Excel
 * names copies, comparing case-insensitively). The base is shortened so the suffix still fits.
 */
export function uniqueSheetName(name: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  const base = legalSheetName(name);
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${cutTo(base, MAX_SHEET_NAME_LENGTH - suffix.length).trimEnd()}${suffix}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
