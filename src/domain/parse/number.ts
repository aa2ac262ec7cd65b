import { Decimal, decimalOf } from "../decimal";
import { normalizeText, stripThousands } from "./normalize";
import { splitOperatorSuffix, type Operator } from "./operator";

/**
 * A number typed as text, with what follows it: "161.4万元", "52家", "95%", "1,234.5",
 * "292万余元" (approximate), "95%以上" (operator after the number).
 */
export interface NumberText {
  readonly value: Decimal;
  /** Canonical unit text ("%" for ％/百分比), "" when none. */
  readonly unit: string;
  /** 约/余/多/左右: the figure is approximate. */
  readonly approximate: boolean;
  readonly suffixOperator: Operator | null;
}

const APPROX_PREFIX = /^(?:大约|约为|约|近|超)\s*/;
const APPROX_INFIX = /余|多|左右|上下/;
const APPROX_INFIX_ALL = /余|多|左右|上下/g;
const MAX_DIGITS = 40;
/** A number typed as text is short: a longer text is no number (and is never scanned whole). */
const MAX_NUMBER_TEXT = 200;
const NUMBER = /^([+\-\u2212]?)\s*(\d+(?:\.\d+)?|\.\d+)(.*)$/s;

/** Canonical spelling of a unit: %, 百分比, 个百分点 → "%", spaces dropped. */
export function canonicalUnit(unit: string): string {
  const u = normalizeText(unit).replace(/ /g, "");
  if (u.startsWith("%") || u === "百分比" || u === "百分点" || u === "个百分点") return "%";
  return u;
}

/** Parses text that is a number with an optional unit; null when it is anything else. */
export function parseNumberText(text: string): NumberText | null {
  if (text.length > MAX_NUMBER_TEXT) return null;
  let t = stripThousands(normalizeText(text));
  let approximate = false;
  const pre = APPROX_PREFIX.exec(t);
  if (pre) {
    approximate = true;
    t = t.slice(pre[0].length);
  }
  const m = NUMBER.exec(t);
  if (!m) return null;
  let rest = m[3].trim();
  const suffix = splitOperatorSuffix(rest);
  rest = suffix.rest;
  if (APPROX_INFIX.test(rest)) {
    approximate = true;
    rest = rest.replace(APPROX_INFIX_ALL, "");
  }
  // A unit with digits in it is not a unit: "2020年12月", "2020.1-12", "3次5人".
  if (/\d/.test(rest) || rest.length > 12) return null;
  const negative = m[1] === "-" || m[1] === "\u2212";
  // A digit string longer than the engine's 40-digit precision is a runaway paste: kept to 40
  // significant digits, so dividing by it costs nothing (a 2-million-digit divisor took seconds).
  const value = m[2].length > MAX_DIGITS ? new Decimal(m[2]).toSignificantDigits(MAX_DIGITS) : decimalOf(m[2]);
  return {
    value: negative && !value.isZero() ? value.negated() : value,
    unit: canonicalUnit(rest),
    approximate,
    suffixOperator: suffix.operator,
  };
}
