/** Excel's rules for sheet names, and a unique name for a new sheet. */

export const MAX_SHEET_NAME_LENGTH = 31;

const FORBIDDEN = /[[\]:*?/\\]/g;

/** Makes a string a valid sheet name: no []:*?/\, no leading/trailing apostrophe, ≤ 31 chars. */
export function sanitizeSheetName(name: string): string {
  let s = name.replace(FORBIDDEN, "_").replace(/[\u0000-\u001f]/g, "").trim();
  s = s.replace(/^'+|'+$/g, "");
  s = Array.from(s).slice(0, MAX_SHEET_NAME_LENGTH).join("").trim();
  // "History" is reserved by Excel.
  if (s === "" || s.toLowerCase() === "history") return s === "" ? "Sheet" : `${s}_`;
  return s;
}

/**
 * `base`, else `base (2)`, `base (3)` … — the first name no existing sheet has (Excel compares
 * names case-insensitively). The base is shortened so the suffix still fits in 31 characters.
 */
export function uniqueSheetName(base: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  const clean = sanitizeSheetName(base);
  if (!taken.has(clean.toLowerCase())) return clean;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const room = MAX_SHEET_NAME_LENGTH - suffix.length;
    const candidate = `${Array.from(clean).slice(0, room).join("").trimEnd()}${suffix}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
