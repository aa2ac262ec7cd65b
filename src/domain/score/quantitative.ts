import { Decimal, round2 } from "../decimal";
import type { Operator } from "../parse/operator";
import type { TargetOptions } from "../profiles";

/** rules.md §4: the score of a quantitative indicator, and the facts the checks need. */

export interface QuantitativeOutcome {
  /** In [0, w], rounded to 2 decimals half away from zero. */
  readonly score: Decimal;
  /** ≥/> with A ≤ 0: met whatever the actual (info). */
  readonly targetNotPositive: boolean;
  /** = with B > A (warning). */
  readonly equalExceeded: boolean;
  /** Beaten by θ or more: B/A − 1 ≥ θ, or (A − B)/A ≥ θ for ≤/<. */
  readonly overachieved: boolean;
}

const ZERO = new Decimal(0);

function clip(s: Decimal, w: Decimal): Decimal {
  return round2(Decimal.min(w, Decimal.max(ZERO, s)));
}

function raw(op: Operator, a: Decimal, b: Decimal, w: Decimal, options: TargetOptions): Decimal {
  const bPlus = Decimal.max(b, ZERO);
  switch (op) {
    case "≥":
    case ">":
      if (a.lte(0) || b.gte(a)) return w;
      return w.times(bPlus).div(a);
    case "≤":
    case "<":
      if (b.lte(a)) return w;
      if (a.lte(0)) return ZERO;
      return options.reverseFormula === "linear"
        ? w.times(Decimal.max(ZERO, new Decimal(1).minus(b.minus(a).div(a))))
        : w.times(a).div(b);
    case "=":
      if (a.isZero()) return b.lte(0) ? w : ZERO;
      if (b.eq(a)) return w;
      if (a.lt(0)) return ZERO;
      return b.gt(a) ? w : w.times(bPlus).div(a);
  }
}

export function scoreQuantitative(op: Operator, a: Decimal, b: Decimal, w: Decimal, options: TargetOptions): QuantitativeOutcome {
  const theta = new Decimal(options.overAchievementTheta);
  const up = op === "≥" || op === ">";
  const down = op === "≤" || op === "<";
  const overachieved =
    a.gt(0) && ((up && b.div(a).minus(1).gte(theta)) || (down && a.minus(b).div(a).gte(theta)));
  return {
    score: clip(raw(op, a, b, w, options), w),
    targetNotPositive: up && a.lte(0),
    equalExceeded: op === "=" && a.gt(0) && b.gt(a),
    overachieved,
  };
}
