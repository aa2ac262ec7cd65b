/** Excel's rules for sheet names: ≤ 31 characters, none of \ / ? * [ ] :, unique ignoring case. */

const MAX_LENGTH = 31;

/** The name cleaned of forbidden characters and cut to Excel's length. */
export function legalSheetName(name: string): string {
  const cleaned = name.replace(/[\\/?*[\]:]/g, "_").replace(/^'+|'+$/g, "").trim();
  return ([...cleaned].slice(0, MAX_LENGTH).join("") || "Sheet");
}

/** `name`, or `name (2)`, `name (3)` … — the first that is not taken (as Excel names copies). */
export function uniqueSheetName(name: string, taken: readonly string[]): string {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  const base = legalSheetName(name);
  if (!used.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = [...base].slice(0, MAX_LENGTH - suffix.length).join("") + suffix;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}
