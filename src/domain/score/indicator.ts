import { Decimal } from "../decimal";
import type { ParsedIndicator } from "../model";
import { dateOnOrBefore } from "../parse/date";
import { directionConflicts, directionOperator, type Operator } from "../parse/operator";
import { qualitativeBand, type Band } from "../parse/qualitative";
import type { Measure } from "../parse/target";
import type { RuleProfile } from "../profiles";
import { bandRange, type BandRange } from "./bands";
import { inferOperator } from "./inferOperator";
import { fullScore, scoreQuantitative } from "./quantitative";
import { matchUnits } from "./unitMatch";

/** How one indicator row is scored (rules.md §3–§5), before its entered score is judged. */

export type Method = "quantitative" | "qualitative" | "deadline" | "none";

/**
 * Why the rule proposes no score: a missing/unreadable input (reported by the reader),
 * a text actual or target where a number is needed, units that cannot be compared,
 * band 2/3 (the user scores inside the band), or no band readable from the words.
 */
export type Unscored = "input" | "actualText" | "targetText" | "unit" | "fraction" | "kind" | "band" | "unknownBand";

export interface IndicatorEval {
  readonly row: ParsedIndicator;
  readonly method: Method;
  /** The row's 分值 when it is a number > 0. */
  readonly weight: Decimal | null;
  /** The user's own score (s_rep), or null when none was entered. */
  readonly entered: Decimal | null;
  readonly operator: Operator | null;
  readonly operatorInferred: boolean;
  readonly directionConflict: boolean;
  /** Target and actual in a common unit, when both are numbers that compare. */
  readonly quantities: { readonly target: Decimal; readonly actual: Decimal; readonly unit: string } | null;
  /** The rule's score (s). */
  readonly suggested: Decimal | null;
  readonly band: BandRange | null;
  readonly ambiguous: boolean;
  readonly unscored: Unscored | null;
  readonly overachieved: boolean;
  readonly equalExceeded: boolean;
  readonly targetNotPositive: boolean;
  /** A 满意度 row (by its first or second level, or its name). */
  readonly satisfaction: boolean;
}

const ZERO = new Decimal(0);

type Outcome = Pick<
  IndicatorEval,
  "method" | "suggested" | "band" | "ambiguous" | "unscored" | "quantities" | "overachieved" | "equalExceeded" | "targetNotPositive"
>;

const NONE: Outcome = {
  method: "none",
  suggested: null,
  band: null,
  ambiguous: false,
  unscored: "input",
  quantities: null,
  overachieved: false,
  equalExceeded: false,
  targetNotPositive: false,
};

function banded(method: Method, band: Band | null, ambiguous: boolean, w: Decimal | null, profile: RuleProfile): Outcome {
  if (band === null) return { ...NONE, method, unscored: "unknownBand" };
  const range = w ? bandRange(band, w, profile.qualitative) : null;
  const suggested = band === 1 && w ? fullScore(w) : null;
  return { ...NONE, method, band: range, ambiguous, suggested, unscored: !w ? "input" : band === 1 ? null : "band" };
}

function quantitative(row: ParsedIndicator, op: Operator, w: Decimal | null, profile: RuleProfile): Outcome {
  const t = row.target.value;
  const a = row.actual.value;
  if (t.kind !== "number") return NONE;
  if (a.kind === "text") return { ...NONE, method: "quantitative", unscored: "actualText" };
  if (a.kind === "date") return { ...NONE, method: "quantitative", unscored: "kind" };
  if (a.kind !== "number") return { ...NONE, method: "quantitative" };
  const m = matchUnits(t, a);
  if (!m.ok) return { ...NONE, method: "quantitative", unscored: m.reason };
  const quantities = { target: m.target, actual: m.actual, unit: m.unit };
  if (!w) return { ...NONE, method: "quantitative", quantities };
  const q = scoreQuantitative(op, m.target, m.actual, w, profile.targets);
  return { ...NONE, method: "quantitative", quantities, suggested: q.score, unscored: null, ...pickFacts(q) };
}

function pickFacts(q: ReturnType<typeof scoreQuantitative>) {
  return { overachieved: q.overachieved, equalExceeded: q.equalExceeded, targetNotPositive: q.targetNotPositive };
}

function deadline(target: Measure, actual: Measure, w: Decimal | null, profile: RuleProfile): Outcome {
  const t = target.value;
  const a = actual.value;
  if (t.kind !== "date") return NONE;
  if (a.kind === "date") return banded("deadline", dateOnOrBefore(a.date, t.date) ? 1 : 2, false, w, profile);
  if (a.kind === "number") return { ...NONE, method: "deadline", unscored: "kind" };
  if (a.kind !== "text") return { ...NONE, method: "deadline" };
  const r = qualitativeBand(a.text, "");
  return banded("deadline", r.band, r.ambiguous, w, profile);
}

function isSatisfaction(row: ParsedIndicator): boolean {
  return row.level1.category === "satisfaction" || row.level2.category === "beneficiary" || row.name.includes("满意");
}

export function evaluateIndicator(row: ParsedIndicator, profile: RuleProfile): IndicatorEval {
  const w = row.weight.status === "ok" && row.weight.value.gt(ZERO) ? row.weight.value : null;
  const entered = row.score.printed.status === "ok" ? row.score.printed.value : null;
  const t = row.target;
  const a = row.actual;
  const explicit = t.operator;
  const directionConflict = !!(explicit && t.direction && directionConflicts(t.direction, explicit));
  let operator: Operator | null = explicit ?? (t.direction ? directionOperator(t.direction) : null);
  let operatorInferred = false;
  let outcome: Outcome = NONE;
  const inputsReadable = t.value.kind !== "blank" && t.value.kind !== "error" && a.value.kind !== "blank" && a.value.kind !== "error";

  if (inputsReadable) {
    if (t.value.kind === "number") {
      if (!operator) {
        operator = inferOperator(row.name, row.level2.name, t.value.unit);
        operatorInferred = true;
      }
      outcome = quantitative(row, operator, w, profile);
    } else if (t.value.kind === "date") {
      outcome = deadline(t, a, w, profile);
    } else if (row.nature === "定量") {
      outcome = { ...NONE, method: "quantitative", unscored: "targetText" };
    } else {
      const r = qualitativeBand(a.shown, t.shown);
      outcome = banded("qualitative", r.band, r.ambiguous, w, profile);
    }
  }
  // Every field written out, in one order: one object shape for all rows keeps the rule loops fast.
  return {
    row,
    weight: w,
    entered,
    operator,
    operatorInferred,
    directionConflict,
    satisfaction: isSatisfaction(row),
    method: outcome.method,
    suggested: outcome.suggested,
    band: outcome.band,
    ambiguous: outcome.ambiguous,
    unscored: outcome.unscored,
    quantities: outcome.quantities,
    overachieved: outcome.overachieved,
    equalExceeded: outcome.equalExceeded,
    targetNotPositive: outcome.targetNotPositive,
  };
}
