import type { RawCell } from "../../src/domain/cells";
import { amountUnitFromHeading, parseAmount } from "../../src/domain/parse/amount";
import { parseDateText } from "../../src/domain/parse/date";
import { cellDisplay, compactText, normalizeText, stripThousands, tidyText } from "../../src/domain/parse/normalize";
import { parseNumberText } from "../../src/domain/parse/number";
import { formatUnit, isDateFormat, isPercentFormat, percentDecimals } from "../../src/domain/parse/numberFormat";
import { operatorOnly, splitDirection, splitOperatorPrefix, splitOperatorSuffix } from "../../src/domain/parse/operator";
import { parseGrade, parsePoints, parsePrintedRate } from "../../src/domain/parse/points";
import { qualitativeBand } from "../../src/domain/parse/qualitative";
import { findRepeatedClause } from "../../src/domain/parse/repeated";
import { parseMeasure } from "../../src/domain/parse/target";
import { readLevel1, readLevel2 } from "../../src/domain/read/headings";
import { inferOperator } from "../../src/domain/score/inferOperator";
import { parseAddress } from "../../src/layout/address";
import { classifyLabel, isPlaceholderName, isTitleText, kindFromTitle, normalizeLabel } from "../../src/layout/labels";

/**
 * Every text parser of src/domain and src/layout, each fed one string, and adversarial strings
 * of about 1 MB to feed them (issue 18: a heading of "1" × 100,000 took 36.7 s). The strings are
 * TWO-BYTE, as text parsed from XML is: each holds a character outside Latin-1, so V8 stores it
 * as UTF-16 (a one-byte string hides some regex backtracking). Used by the hostile test and the
 * parsers bench.
 */

export const MEGABYTE_CHARS = 512 * 1024; // 1 MB of UTF-16

const cell = (value: string): RawCell => ({ address: "E11", value });
const formatted = (fmt: string): RawCell => ({ address: "E11", value: 0.95, numberFormat: fmt });

export const PARSERS: readonly (readonly [name: string, parse: (text: string) => unknown])[] = [
  ["headings.readLevel1", (t) => readLevel1(cell(t))],
  ["headings.readLevel2", (t) => readLevel2(cell(t))],
  ["numberFormat.isPercentFormat", (t) => isPercentFormat(t)],
  ["numberFormat.percentDecimals", (t) => percentDecimals(t)],
  ["numberFormat.isDateFormat", (t) => isDateFormat(t)],
  ["numberFormat.formatUnit", (t) => formatUnit(t)],
  ["target.parseMeasure (number format)", (t) => parseMeasure({ kind: "single", cell: formatted(t) })],
  ["number.parseNumberText", (t) => parseNumberText(t)],
  ["amount.parseAmount", (t) => parseAmount(cell(t), "万元")],
  ["amount.amountUnitFromHeading", (t) => amountUnitFromHeading(t)],
  ["date.parseDateText", (t) => parseDateText(t)],
  ["normalize.normalizeText", (t) => normalizeText(t)],
  ["normalize.tidyText", (t) => tidyText(t)],
  ["normalize.compactText", (t) => compactText(t)],
  ["normalize.stripThousands", (t) => stripThousands(t)],
  ["normalize.cellDisplay", (t) => cellDisplay(t)],
  ["operator.splitOperatorPrefix", (t) => splitOperatorPrefix(t)],
  ["operator.splitOperatorSuffix", (t) => splitOperatorSuffix(t)],
  ["operator.operatorOnly", (t) => operatorOnly(t)],
  ["operator.splitDirection", (t) => splitDirection(t)],
  ["points.parsePoints", (t) => parsePoints(cell(t))],
  ["points.parsePrintedRate", (t) => parsePrintedRate(cell(t))],
  ["points.parseGrade", (t) => parseGrade(cell(t))],
  ["target.parseMeasure (text)", (t) => parseMeasure({ kind: "single", cell: cell(t) })],
  ["target.parseMeasure (split)", (t) => parseMeasure({ kind: "split", nature: cell(t), value: cell(t), unit: cell(t) })],
  ["qualitative.qualitativeBand", (t) => qualitativeBand(t, t)],
  ["repeated.findRepeatedClause", (t) => findRepeatedClause(t)],
  ["inferOperator", (t) => inferOperator(t, t, t)],
  ["labels.normalizeLabel", (t) => normalizeLabel(t)],
  ["labels.classifyLabel", (t) => classifyLabel(t)],
  ["labels.isTitleText", (t) => isTitleText(t)],
  ["labels.kindFromTitle", (t) => kindFromTitle(t)],
  ["labels.isPlaceholderName", (t) => isPlaceholderName(t)],
  ["address.parseAddress", (t) => parseAddress(t)],
];

/**
 * A string of `n` characters made of `unit` repeated, with a two-byte character at its end,
 * flattened (one sequential two-byte string, not a concatenation V8 flattens on first use, which
 * would be timed as the parser's).
 */
function twoByte(unit: string, n = MEGABYTE_CHARS, tail = "一"): string {
  const s = unit.repeat(Math.ceil((n - tail.length) / unit.length)).slice(0, n - tail.length) + tail;
  FLATTEN.test(s);
  return s;
}
const FLATTEN = /\u0000/;

/** The patterns that make backtracking regexes quadratic or worse. */
export const ADVERSARIAL: readonly (readonly [name: string, text: string])[] = [
  ['"1" × 1M', twoByte("1")],
  ['"0" × 1M', twoByte("0")],
  ['"1" × 1M + 分', twoByte("1", MEGABYTE_CHARS, "分一")],
  ['"(" × 1M', twoByte("(")],
  ['"(1" × 1M', twoByte("(1")],
  ['"1." × 1M', twoByte("1.")],
  ['"1," × 1M', twoByte("1,")],
  ['quotes and zeros', twoByte('0"')],
  ['"[" × 1M', twoByte("[")],
  ['"\\\\" × 1M', twoByte("\\")],
  ["spaces", twoByte(" \u3000")],
  ["年 月", twoByte("2020年12月")],
  ["未 不", twoByte("未不没无")],
  ["按 分", twoByte("按1分")],
  ["CJK", twoByte("完成提高")],
  ["≥ ≤", twoByte("≥≤")],
  ["%", twoByte("9%")],
  ["A1", twoByte("A1")],
];
