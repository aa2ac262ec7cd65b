import { Decimal, round2, sumDecimals } from "../decimal";
import type { ParsedSheet } from "../model";
import type { GradeOptions, RuleProfile } from "../profiles";
import type { Grade } from "../result";
import type { FundsComputation } from "./funds";
import type { IndicatorEval } from "./indicator";

/** rules.md §7: 总分, 等级, and the sum the sheet's own printed scores make. */

export interface TotalsComputation {
  /** Execution score + Σ counted row scores; null when any of them is missing. */
  readonly total: Decimal | null;
  readonly grade: Grade | null;
  /** Σ of the printed scores (the user's execution score where printed) — the sheet's own addition. */
  readonly printedSum: Decimal | null;
  /** Σ indicator 分值 + execution 分值; null when a 分值 is unusable. */
  readonly weightSum: Decimal | null;
  /** 总分's 分值: the footer's, or the profile's total. */
  readonly expectedWeight: Decimal;
}

/** The score that counts for a row: the entered one (rounded as totals add it), else the rule's. */
export function countedScore(e: IndicatorEval): Decimal | null {
  return e.entered !== null ? round2(e.entered) : e.suggested;
}

export function gradeOf(total: Decimal, options: GradeOptions): Grade {
  const t = round2(total);
  for (const b of options.bands) if (t.gte(b.min)) return b.grade;
  return "差";
}

function sum(parts: readonly (Decimal | null)[]): Decimal | null {
  for (const p of parts) if (p === null) return null;
  return sumDecimals(parts as readonly Decimal[]);
}

export function computeTotals(
  sheet: ParsedSheet,
  funds: FundsComputation | null,
  evals: readonly IndicatorEval[],
  profile: RuleProfile,
): TotalsComputation {
  const rows = evals.map(countedScore);
  const total = funds ? sum([funds.score, ...rows]) : null;
  const printedExec = funds?.parsed.total.score?.printed;
  const execPrinted = printedExec?.status === "ok" ? round2(printedExec.value) : (funds?.score ?? null);
  const printedSum = funds ? sum([execPrinted, ...rows]) : null;
  const fw = sheet.footer?.weight;
  const expectedWeight = fw?.status === "ok" ? fw.value : new Decimal(profile.weights.total);
  const weightsOk = evals.every((e) => e.weight !== null) && (funds?.weightValid ?? false);
  const weightSum = weightsOk && funds ? sum([funds.weight, ...evals.map((e) => e.weight)]) : null;
  return {
    total,
    grade: total ? gradeOf(total, profile.grade) : null,
    printedSum,
    weightSum,
    expectedWeight,
  };
}
