import { compactText } from "./normalize";

/**
 * Dates and deadlines (rules.md §3): "2020年12月31日", "2020年12月前", "12月31日前", "2020-12",
 * "年底前", and Excel date serials. A date stands for the end of the period it names.
 */
export interface DateValue {
  /** null when the text names no year ("12月31日前"). */
  readonly year: number | null;
  /** null when only a year is named ("2020年底"): read as December. */
  readonly month: number | null;
  /** null when no day is named: read as the month's last day. */
  readonly day: number | null;
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** An Excel serial (1900 system) as a calendar date; null outside 1900–9999. */
export function excelSerialToDate(serial: number): DateValue | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2_958_466) return null;
  // Serials up to 60 count Excel's phantom 1900-02-29; the epoch shifts by one day there.
  const whole = Math.floor(serial);
  const ms = EXCEL_EPOCH_MS + (whole < 61 ? whole + 1 : whole) * DAY_MS;
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Words after a date that mean "by" or "done": stripped before matching. */
const TRAILERS = ["前完成", "完成", "为止", "之前", "以前", "以内", "底前", "末前", "前", "止", "内", "底", "末", "份"];

function stripTrailers(t: string): string {
  let s = t;
  for (let changed = true; changed; ) {
    changed = false;
    for (const w of TRAILERS) {
      if (s.length > w.length && s.endsWith(w)) {
        s = s.slice(0, -w.length);
        changed = true;
      }
    }
  }
  return s;
}

function daysIn(year: number | null, month: number): number {
  return new Date(Date.UTC(year ?? 2000, month, 0)).getUTCDate();
}

function valid(year: number | null, month: number | null, day: number | null): DateValue | null {
  if (year !== null && (year < 1900 || year > 2100)) return null;
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null && (month === null || day < 1 || day > daysIn(year, month))) return null;
  return { year, month, day };
}

const STARTS_WITH_DIGIT = /^\d/;
const DATE_MARK = /[年月./-]/;
const FULL = /^(\d{4})[年./-](\d{1,2})[月./-](\d{1,2})日?$/;
const YEAR_MONTH = /^(\d{4})(?:年(\d{1,2})月?|[/-](\d{1,2}))$/;
const YEAR_ONLY = /^(\d{4})年度?$/;
const MONTH_DAY = /^(\d{1,2})月(\d{1,2})日?$/;
const MONTH_ONLY = /^(\d{1,2})月$/;
// No alternative is a prefix of a sequence of others ("前完成" = "前" + "完成" is left out): one way
// to match, so no backtracking blow-up on "年底前完成前完成…".
const YEAR_END = /^(?:年底|年末|年内|本年|当年|本年度|当年度|全年)(?:前|之前|以前|内|以内|完成){0,4}$/;
/** A date is short; a longer text is none (and is never scanned whole). */
const MAX_DATE_TEXT = 40;

/** A date or deadline written as text; null when the text is not one. */
export function parseDateText(text: string): DateValue | null {
  if (text.length > MAX_DATE_TEXT * 2) return null;
  const raw = compactText(text);
  if (raw.length > MAX_DATE_TEXT) return null;
  if (YEAR_END.test(raw)) return { year: null, month: 12, day: 31 };
  // Every other form below starts with a digit and has 年, 月 or a separator: most texts
  // ("及时拨付", "优", "95%", "52家") stop here.
  if (!STARTS_WITH_DIGIT.test(raw) || !DATE_MARK.test(raw)) return null;
  const t = stripTrailers(raw);
  let m = FULL.exec(t);
  if (m) return valid(Number(m[1]), Number(m[2]), Number(m[3]));
  m = YEAR_MONTH.exec(t);
  if (m) return valid(Number(m[1]), Number(m[2] ?? m[3]), null);
  m = YEAR_ONLY.exec(t);
  if (m) return valid(Number(m[1]), null, null);
  m = MONTH_DAY.exec(t);
  if (m) return valid(null, Number(m[1]), Number(m[2]));
  m = MONTH_ONLY.exec(t);
  if (m) return valid(null, Number(m[1]), null);
  return null;
}

/** The last day a date names, as [year|null, month, day]. */
function dateEnd(d: DateValue): readonly [number | null, number, number] {
  const month = d.month ?? 12;
  return [d.year, month, d.day ?? daysIn(d.year, month)];
}

/** Is `actual` on or before the deadline `target`? Without a year on either side, months and days decide. */
export function dateOnOrBefore(actual: DateValue, target: DateValue): boolean {
  const [ay, am, ad] = dateEnd(actual);
  const [ty, tm, td] = dateEnd(target);
  if (ay !== null && ty !== null && ay !== ty) return ay < ty;
  if (am !== tm) return am < tm;
  return ad <= td;
}

/** "2020年12月31日", "12月前" … for messages. */
export function formatDate(d: DateValue): string {
  const y = d.year !== null ? `${d.year}年` : "";
  const m = d.month !== null ? `${d.month}月` : "";
  const day = d.day !== null ? `${d.day}日` : "";
  return `${y}${m}${day}` || "年底";
}
