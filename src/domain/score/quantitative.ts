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
  // The common case 0 ≤ s ≤ w has nothing to clip, and with ≤ 2 decimals nothing to round
  // either: Decimal.min/max and rounding cost ~1.5 µs a row (bench/NOTES.md).
  const inside = !s.isNegative() && s.lte(w);
  if (inside && s.decimalPlaces() <= 2) return s;
  const r = round2(inside ? s : Decimal.min(w, Decimal.max(ZERO, s)));
  return r.gt(w) ? w.toDecimalPlaces(2, Decimal.ROUND_DOWN) : r;
}

/**
 * Full points as a 2-decimal score, clipScore(w, w), asked for twice per row. For w > 0 that is
 * w cut to 2 decimals (half-up rounding either cuts too, or goes above w and is capped to the cut).
 */
export function fullScore(w: Decimal): Decimal {
  if (w.isNegative() || w.isZero()) return clipScore(w, w);
  return w.decimalPlaces() <= 2 ? w : w.toDecimalPlaces(2, Decimal.ROUND_DOWN);
}

// Comparisons against these constants, not the literal 0: decimal.js makes a Decimal of every
// number argument, and these run several times per row (bench/NOTES.md).
const ONE = new Decimal(1);

function raw(op: Operator, a: Decimal, b: Decimal, w: Decimal, options: TargetOptions): Decimal {
  switch (op) {
    case "≥":
    case ">":
      if (a.lte(ZERO) || b.gte(a)) return w;
      return w.times(Decimal.max(b, ZERO)).div(a);
    case "≤":
    case "<":
      if (b.lte(a)) return w;
      if (a.lte(ZERO)) return ZERO;
      return options.reverseFormula === "linear"
        ? w.times(Decimal.max(ZERO, ONE.minus(b.minus(a).div(a))))
        : w.times(a).div(b);
    case "=":
      if (a.isZero()) return b.lte(ZERO) ? w : ZERO;
      if (b.eq(a)) return w;
      if (a.lt(ZERO)) return ZERO;
      return b.gt(a) ? w : w.times(Decimal.max(b, ZERO)).div(a);
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
  const aPositive = a.gt(ZERO);
  // With θ > 0 a row that did not beat its target cannot be θ over it: skip the division then.
  const thetaPositive = theta.gt(ZERO);
  const overachieved =
    aPositive &&
    ((up && !(thetaPositive && b.lte(a)) && b.div(a).minus(ONE).gte(theta)) ||
      (down && !(thetaPositive && b.gte(a)) && a.minus(b).div(a).gte(theta)));
  const s = raw(op, a, b, w, options);
  return {
    score: s === w ? fullScore(w) : clipScore(s, w),
    targetNotPositive: up && !aPositive,
    equalExceeded: op === "=" && aPositive && b.gt(a),
    overachieved,
  };
}
