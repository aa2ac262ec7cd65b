/**
 * What an Excel number format says about the number under it: a percentage (0.95 shown as
 * 95%), a date serial, or a number with a unit written into the format (0"万元").
 */

/** The format's codes with quoted literals, [brackets] and \-escapes removed. */
function formatCodes(fmt: string): string {
  return fmt
    .replace(/"[^"]*"/g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/\\./g, "")
    .replace(/_./g, "")
    .replace(/\*./g, "");
}

/** "0%", "0.00%" … (not a literal "%" inside quotes). */
export function isPercentFormat(fmt: string | undefined): boolean {
  return !!fmt && formatCodes(fmt).includes("%");
}

/** Decimals a percent format shows: "0%" → 0, "0.00%" → 2. */
export function percentDecimals(fmt: string): number {
  const m = /\.([0#?]+)\s*%/.exec(formatCodes(fmt));
  return m ? m[1].length : 0;
}

/** yyyy/m/d, yyyy"年"m"月"d"日", m/d/yy, [$-F800]dddd … but not General, 0.00, h:mm. */
export function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  const codes = formatCodes(fmt).toLowerCase();
  if (codes === "general") return false;
  if (/[yd]/.test(codes)) return true;
  return /m/.test(codes) && !/[hs]/.test(codes);
}

/** A unit written as a quoted literal after the number: 0"万元" → "万元"; "" when none. */
export function formatUnit(fmt: string | undefined): string {
  if (!fmt || isDateFormat(fmt)) return "";
  const section = fmt.split(";")[0];
  const m = /^[^"]*[0#?][^"]*"([^"]+)"\s*$/.exec(section);
  return m ? m[1].trim() : "";
}
