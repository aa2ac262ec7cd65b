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

/**
 * A score as the sheet shows it: 2 decimals, half away from zero, inside [0, w]. A 分值 with more
 * decimals (0.125) would round the full score above itself (0.13), so the cap is w rounded down.
 */
export function clipScore(s: Decimal, w: Decimal): Decimal {
  const r = round2(Decimal.min(w, Decimal.max(ZERO, s)));
  return r.gt(w) ? w.toDecimalPlaces(2, Decimal.ROUND_DOWN) : r;
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

/** θ as a Decimal, made once per profile value rather than once per row. */
const thetas = new Map<number, Decimal>();
function thetaOf(options: TargetOptions): Decimal {
  let t = thetas.get(options.overAchievementTheta);
  if (!t) {
    t = new Decimal(options.overAchievementTheta);
    thetas.set(options.overAchievementTheta, t);
  }
  return t;
}

export function scoreQuantitative(op: Operator, a: Decimal, b: Decimal, w: Decimal, options: TargetOptions): QuantitativeOutcome {
  const theta = thetaOf(options);
  const up = op === "≥" || op === ">";
  const down = op === "≤" || op === "<";
  const overachieved =
    a.gt(0) && ((up && b.div(a).minus(1).gte(theta)) || (down && a.minus(b).div(a).gte(theta)));
  return {
    score: clipScore(raw(op, a, b, w, options), w),
    targetNotPositive: up && a.lte(0),
    equalExceeded: op === "=" && a.gt(0) && b.gt(a),
    overachieved,
  };
}
