import { Decimal, round2 } from "../decimal";
import { formatAmount, formatRate, formatScore } from "../format";
import type { PrintedCell } from "../model";
import type { PrintedRate } from "../parse/points";
import { FUNDS_COLUMN_LABELS, type FundsComputation } from "../score/funds";
import type { Ratio } from "../units";
import { BOTH_KINDS, type Finding, type Rule, type RuleContext } from "./types";

/** rules.md §2: the funds block. */

const POINT = new Decimal("0.01");

/** A printed rate agrees when within 0.01 percentage points, or equal at the decimals it shows. */
export function rateAgrees(printed: PrintedRate, computed: Ratio): boolean {
  const c = computed.times(100);
  return printed.readings.some((r) => {
    const p = r.times(100);
    if (p.minus(c).abs().lte(POINT)) return true;
    return printed.decimals !== null && c.toDecimalPlaces(printed.decimals).eq(p.toDecimalPlaces(printed.decimals));
  });
}

function withFunds(ctx: RuleContext, f: (funds: FundsComputation) => Finding[]): Finding[] {
  return ctx.funds ? f(ctx.funds) : [];
}

function rateFinding(cell: PrintedCell<PrintedRate> | null, computed: Ratio | null): Finding[] {
  if (!cell || !computed || cell.printed.status !== "ok" || rateAgrees(cell.printed.value, computed)) return [];
  const shown = cell.printed.value.readings[0];
  return [{ cell: cell.cell, key: "RATE_MISMATCH", params: { printed: formatRate(shown), computed: formatRate(computed) } }];
}

export const fundsRules: readonly Rule[] = [
  {
    code: "FUNDS_SUM_MISMATCH",
    severity: "error",
    kinds: BOTH_KINDS,
    check: (ctx) =>
      withFunds(ctx, (f) =>
        f.checks
          .filter((c) => c.status === "mismatch" && c.total !== null)
          .map((c) => ({
            cell: c.totalCell,
            key: "FUNDS_SUM_MISMATCH" as const,
            params: {
              column: FUNDS_COLUMN_LABELS[c.column],
              total: c.total ? formatAmount(c.total, f.parsed.unit) : "",
              sum: formatAmount(c.sum, f.parsed.unit),
            },
          })),
      ),
  },
  {
    code: "FUNDS_TOTAL_MISSING",
    severity: "error",
    kinds: BOTH_KINDS,
    check: (ctx) =>
      withFunds(ctx, (f) =>
        f.checks
          .filter((c) => c.status === "totalMissing")
          .map((c) => ({
            cell: c.totalCell,
            key: "FUNDS_TOTAL_MISSING" as const,
            params: { column: FUNDS_COLUMN_LABELS[c.column], sum: formatAmount(c.sum, f.parsed.unit) },
          })),
      ),
  },
  {
    code: "BUDGET_ZERO",
    severity: "warning",
    kinds: BOTH_KINDS,
    check: (ctx) =>
      withFunds(ctx, (f): Finding[] => {
        const cell = f.parsed.total.annualBudget.cell;
        if (f.budgetZero === "zero") return [{ cell, key: "BUDGET_ZERO" }];
        if (f.budgetZero === "spent" && f.executed) {
          return [{ cell, key: "BUDGET_ZERO.spent", severity: "error", params: { executed: formatAmount(f.executed, f.parsed.unit) } }];
        }
        return [];
      }),
  },
  {
    code: "EXECUTION_OVER_BUDGET",
    severity: "warning",
    kinds: BOTH_KINDS,
    check: (ctx) =>
      withFunds(ctx, (f) =>
        f.rate && f.rate.gt(1)
          ? [{ cell: f.parsed.total.rate?.cell || f.parsed.total.executed.cell, key: "EXECUTION_OVER_BUDGET", params: { rate: formatRate(f.rate) } }]
          : [],
      ),
  },
  {
    code: "RATE_MISMATCH",
    severity: "warning",
    kinds: BOTH_KINDS,
    check: (ctx) =>
      withFunds(ctx, (f) => [
        ...rateFinding(f.parsed.total.rate, f.rate),
        ...f.rows.flatMap((r) => rateFinding(r.row.rate, r.rate)),
      ]),
  },
  {
    code: "FUNDS_SCORE_MISMATCH",
    severity: "error",
    kinds: BOTH_KINDS,
    check: (ctx) =>
      withFunds(ctx, (f): Finding[] => {
        const p = f.parsed.total.score;
        if (!p || p.printed.status !== "ok" || !f.score) return [];
        const printed = p.printed.value;
        const diff = printed.minus(f.score).abs();
        if (diff.lte(POINT)) return [];
        const params = { printed: formatScore(printed), computed: formatScore(f.score) };
        if (printed.isInteger() && diff.lte("0.5") && round2(f.score).toDecimalPlaces(0).eq(printed)) {
          // Arithmetic, not judgement: a rounded execution score is at least a warning (issue 13).
          return [{ cell: p.cell, key: "FUNDS_SCORE_MISMATCH.rounding", severity: "warning", params }];
        }
        return [{ cell: p.cell, key: "FUNDS_SCORE_MISMATCH", params }];
      }),
  },
];
