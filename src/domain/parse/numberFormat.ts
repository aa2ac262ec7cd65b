/**
 * What an Excel number format says about the number under it: a percentage (0.95 shown as
 * 95%), a date serial, or a number with a unit written into the format (0"万元").
 */

interface FormatFacts {
  readonly codes: string;
  readonly percent: boolean;
  readonly date: boolean;
  readonly unit: string;
}

// A sheet uses a handful of formats on thousands of cells: read each format once (bench/NOTES.md).
const memo = new Map<string, FormatFacts>();
const MEMO_LIMIT = 256;

/**
 * Excel caps a number format at 255 characters; anything longer is no format Excel wrote, and
 * is read as General. The bound keeps every pattern below linear (issue 18: "0" × 100,000 took 7.6 s).
 */
const MAX_FORMAT = 255;
const GENERAL: FormatFacts = { codes: "General", percent: false, date: false, unit: "" };

function factsOf(fmt: string): FormatFacts {
  if (fmt.length > MAX_FORMAT) return GENERAL;
  let f = memo.get(fmt);
  if (f === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    f = readFormat(fmt);
    memo.set(fmt, f);
  }
  return f;
}

function readFormat(fmt: string): FormatFacts {
  const codes = formatCodes(fmt);
  const lower = codes.toLowerCase();
  const date = lower !== "general" && (/[yd]/.test(lower) || (/m/.test(lower) && !/[hs]/.test(lower)));
  let unit = "";
  if (!date) {
    const m = /^[^"]*[0#?][^"]*"([^"]+)"\s*$/.exec(fmt.split(";")[0]);
    unit = m ? m[1].trim() : "";
  }
  return { codes, percent: codes.includes("%"), date, unit };
}

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
  return !!fmt && factsOf(fmt).percent;
}

/** Decimals a percent format shows: "0%" → 0, "0.00%" → 2. */
export function percentDecimals(fmt: string): number {
  const m = /\.([0#?]+)\s*%/.exec(factsOf(fmt).codes);
  return m ? m[1].length : 0;
}

/** yyyy/m/d, yyyy"年"m"月"d"日", m/d/yy, [$-F800]dddd … but not General, 0.00, h:mm. */
export function isDateFormat(fmt: string | undefined): boolean {
  return !!fmt && factsOf(fmt).date;
}

/** A unit written as a quoted literal after the number: 0"万元" → "万元"; "" when none. */
export function formatUnit(fmt: string | undefined): string {
  return fmt ? factsOf(fmt).unit : "";
}
