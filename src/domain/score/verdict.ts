import { Decimal } from "../decimal";
import type { IndicatorEval } from "./indicator";
import { inBand } from "./bands";
import { fullScore } from "./quantitative";

/**
 * What the sheet's own score earns (rules.md §4, §5, §7, §9): exactly one verdict per row, so
 * one fault is reported once (a lower score without a reason is REASON_MISSING, not also
 * SCORE_MISMATCH). Precedence: out of range, band, satisfaction trap, too high, no reason,
 * rounding, judgement.
 */
export type Verdict =
  | "ok"
  | "outOfRange"
  | "bandMismatch"
  | "satisfactionTrap"
  | "mismatch"
  | "reasonMissing"
  | "rounding"
  | "judgement"
  /** No score entered and the rule proposes none (band 2/3, unreadable band). */
  | "scoreRequired"
  /** Nothing to judge: a missing input was reported already. */
  | "unjudged";

const TOLERANCE = new Decimal("0.01");
const HALF = new Decimal("0.5");
// decimal.js makes a Decimal of a literal argument on every call: compare with a constant.
const ZERO = new Decimal(0);

/** s_rep ≈ w × B/100 while B ≥ A: scored as rate × weight instead of against the target. */
function rateTimesWeight(e: IndicatorEval, x: Decimal, integerScores: boolean): boolean {
  const q = e.quantities;
  if (!e.satisfaction || !q || q.unit !== "%" || !e.weight || q.actual.lt(q.target) || !x.lt(e.weight)) return false;
  const product = e.weight.times(q.actual).div(100);
  const gap = x.minus(product).abs();
  return gap.lte(TOLERANCE) || (integerScores && x.isInteger() && gap.lt(HALF));
}

export function judgeScore(e: IndicatorEval, integerScores: boolean): Verdict {
  const w = e.weight;
  // Full points as a 2-decimal score (w = 0.125 → 0.12): a score there owes no reason.
  const full = w ? fullScore(w) : null;
  const s = e.suggested;
  const x = e.entered;
  const reason = e.row.note !== "";
  if (x === null) {
    if (s !== null && full !== null) return s.lt(full) && !reason ? "reasonMissing" : "ok";
    return e.unscored === "band" || e.unscored === "unknownBand" ? "scoreRequired" : "unjudged";
  }
  if (w === null || full === null) return "unjudged";
  if (x.lt(ZERO) || x.gt(w)) return "outOfRange";
  if (e.band) {
    if (!inBand(x, e.band)) return "bandMismatch";
    if (x.lt(full) && !reason) return "reasonMissing";
    return s !== null && x.lt(s) ? "judgement" : "ok";
  }
  if (s === null) return x.lt(full) && !reason ? "reasonMissing" : "ok";
  if (rateTimesWeight(e, x, integerScores)) return "satisfactionTrap";
  const diff = x.minus(s);
  const roundingOk = integerScores && x.isInteger() && diff.abs().lte(HALF);
  if (diff.gt(TOLERANCE) && !roundingOk) return "mismatch";
  if (x.lt(full) && !reason) return "reasonMissing";
  if (diff.abs().lte(TOLERANCE)) return "ok";
  if (roundingOk) return "rounding";
  return "judgement";
}

/**
 * The score owed a 偏差原因分析 (rules.md §7, every row kind): the entered score when it is
 * below 分值, else the rule's score when that is. null when the row has a reason, or owes none.
 * Independent of the verdict: a too-high score (SCORE_MISMATCH) or a satisfaction trap still
 * owes its reason when the rule's score is below 分值.
 */
export function reasonOwed(e: IndicatorEval): { readonly score: Decimal; readonly computed: boolean } | null {
  if (e.row.note !== "" || !e.weight) return null;
  const full = fullScore(e.weight);
  if (e.entered !== null && e.entered.gte(ZERO) && e.entered.lt(full)) return { score: e.entered, computed: false };
  if (e.suggested !== null && e.suggested.lt(full)) return { score: e.suggested, computed: e.entered !== null };
  return null;
}

/** The sheet prints whole-number scores: every entered score is an integer. */
export function printsIntegerScores(evals: readonly IndicatorEval[]): boolean {
  const entered = evals.map((e) => e.entered).filter((x): x is Decimal => x !== null);
  return entered.length > 0 && entered.every((x) => x.isInteger());
}
