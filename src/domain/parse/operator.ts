import { normalizeText } from "./normalize";

/** Comparison operators of rules.md §3, and the 正向/反向 labels. */

export type Operator = "≥" | ">" | "=" | "≤" | "<";

/** 正向 (higher is better, ≥) or 反向 (lower is better, ≤). */
export type Direction = "正向" | "反向";

/** Spellings after normalizeText (so ＞＝ has become >=). Longest match wins. */
const PREFIXES: readonly (readonly [string, Operator])[] = [
  ["大于或等于", "≥"], ["大于等于", "≥"], ["不低于", "≥"], ["不少于", "≥"], ["不小于", "≥"],
  ["≥", "≥"], ["≧", "≥"], [">=", "≥"], ["=>", "≥"],
  ["大于", ">"], ["高于", ">"], ["多于", ">"], ["超过", ">"], [">", ">"],
  ["等于", "="], ["==", "="], ["=", "="], ["\ufe66", "="], ["\u2550", "="],
  ["小于或等于", "≤"], ["小于等于", "≤"], ["不高于", "≤"], ["不超过", "≤"], ["不多于", "≤"],
  ["不大于", "≤"], ["≤", "≤"], ["≦", "≤"], ["<=", "≤"], ["=<", "≤"],
  ["小于", "<"], ["低于", "<"], ["少于", "<"], ["<", "<"],
];

/** Written after the number: 95%以上, 5%以内. */
const SUFFIXES: readonly (readonly [string, Operator])[] = [
  ["及以上", "≥"], ["以上", "≥"], ["及以下", "≤"], ["以下", "≤"], ["以内", "≤"],
];

/** Filler words before a value that change nothing ("控制在5%以内", "达到95%"). */
const FILLERS = ["控制在", "保持在", "达到", "维持在"];

export interface OperatorSplit {
  readonly operator: Operator | null;
  readonly rest: string;
}

/** Characters an operator or filler can start with: most values start with none of them. */
const LEADS = new Set([...PREFIXES.map((p) => p[0][0]), ...FILLERS.map((f) => f[0])]);
/** The spellings by their first character: only those can match (35 startsWith per cell otherwise). */
const BY_LEAD = new Map<string, (readonly [string, Operator])[]>();
for (const p of PREFIXES) {
  const list = BY_LEAD.get(p[0][0]);
  if (list) list.push(p);
  else BY_LEAD.set(p[0][0], [p]);
}

/** A leading operator, if any, and the text after it (normalised). */
export function splitOperatorPrefix(text: string): OperatorSplit {
  let t = normalizeText(text);
  if (!LEADS.has(t[0])) return { operator: null, rest: t };
  for (const f of FILLERS) if (t.startsWith(f)) t = t.slice(f.length).trim();
  let best: readonly [string, Operator] | undefined;
  for (const p of BY_LEAD.get(t[0]) ?? []) {
    if (t.startsWith(p[0]) && (!best || p[0].length > best[0].length)) best = p;
  }
  if (!best) return { operator: null, rest: t };
  return { operator: best[1], rest: t.slice(best[0].length).trim() };
}

/** A trailing 以上/以下/以内, if any, and the text before it. */
export function splitOperatorSuffix(text: string): OperatorSplit {
  for (const [word, op] of SUFFIXES) {
    if (text.endsWith(word)) return { operator: op, rest: text.slice(0, -word.length).trim() };
  }
  return { operator: null, rest: text };
}

/** The whole text is one operator ("≥", "大于等于"), as in a 指标性质 column. */
export function operatorOnly(text: string): Operator | null {
  const s = splitOperatorPrefix(text);
  return s.operator && s.rest === "" ? s.operator : null;
}

export interface DirectionSplit {
  readonly direction: Direction | null;
  readonly rest: string;
}

/** A leading 正向/反向 (指标) label with an optional separator. */
export function splitDirection(text: string): DirectionSplit {
  const t = normalizeText(text);
  if (t[0] !== "正" && t[0] !== "反") return { direction: null, rest: t };
  const m = /^(正向|反向)(?:指标)?\s*[:,;，：；]?\s*/.exec(t);
  if (!m) return { direction: null, rest: t };
  return { direction: m[1] as Direction, rest: t.slice(m[0].length).trim() };
}

/** The operator a direction label stands for. */
export function directionOperator(d: Direction): Operator {
  return d === "正向" ? "≥" : "≤";
}

/** 正向 with ≤/<, or 反向 with ≥/>: the label and the operator disagree. "=" agrees with both. */
export function directionConflicts(d: Direction, op: Operator): boolean {
  if (op === "=") return false;
  const up = op === "≥" || op === ">";
  return d === "正向" ? !up : up;
}
