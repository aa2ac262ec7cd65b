import { Decimal } from "../decimal";
import type { AmountCell, ParsedFunds, ParsedFundsRow } from "../model";
import type { WeightOptions } from "../profiles";
import { clipScore } from "./quantitative";
import { amountTolerance, ratio, wan, type Ratio, type Wan } from "../units";

/** rules.md §2: sums of the funds rows, 执行率 and the execution score. */

export type FundsColumn = "initialBudget" | "annualBudget" | "executed";

export const FUNDS_COLUMN_LABELS: Readonly<Record<FundsColumn, string>> = {
  initialBudget: "年初预算数",
  annualBudget: "全年预算数",
  executed: "全年执行数",
};

const COLUMNS: readonly FundsColumn[] = ["initialBudget", "annualBudget", "executed"];

/** One column of one sub-row group against the total row. */
export interface ColumnCheck {
  readonly column: FundsColumn;
  readonly totalCell: string;
  /** The total row's amount; null when blank. */
  readonly total: Wan | null;
  readonly sum: Wan;
  /** "mismatch": total ≠ Σ; "totalMissing": total blank/zero while the sub-rows are not. */
  readonly status: "ok" | "notItemised" | "unreadable" | "mismatch" | "totalMissing";
}

export interface FundsComputation {
  readonly parsed: ParsedFunds;
  readonly checks: readonly ColumnCheck[];
  /** Cells required but blank (total and sub-rows alike): 全年预算数, 全年执行数. */
  readonly missing: readonly { readonly cell: string; readonly field: string }[];
  /** The budget and spending the rate uses (total row, or the sub-row sum when it is missing). */
  readonly budget: Wan | null;
  readonly executed: Wan | null;
  readonly rate: Ratio | null;
  /** "zero": budget 0, nothing spent; "spent": budget 0 but something spent. */
  readonly budgetZero: "zero" | "spent" | null;
  readonly weight: Decimal;
  /** False when the 分值 cell holds no usable number (WEIGHT_INVALID). */
  readonly weightValid: boolean;
  readonly score: Decimal | null;
  /** Sub-rows with their display rates. */
  readonly rows: readonly { readonly row: ParsedFundsRow; readonly rate: Ratio | null }[];
}

function cellOf(row: ParsedFundsRow, column: FundsColumn): AmountCell | null {
  return row[column];
}

function amountOf(c: AmountCell | null): Wan | null | "invalid" {
  if (!c || c.amount.status === "blank") return null;
  return c.amount.status === "ok" ? c.amount.value : "invalid";
}

/** Decimals are immutable: one zero serves every empty sum. */
const ZERO = wan(0);

function checkColumn(total: ParsedFundsRow, group: readonly ParsedFundsRow[], column: FundsColumn, tol: Wan): ColumnCheck | null {
  const totalCell = cellOf(total, column);
  if (!totalCell) return null;
  const t = amountOf(totalCell);
  const subs = group.map((r) => amountOf(cellOf(r, column)));
  const base = { column, totalCell: totalCell.cell, total: t === "invalid" ? null : t };
  if (t === "invalid" || subs.includes("invalid")) return { ...base, sum: ZERO, status: "unreadable" };
  const filled = subs.filter((s): s is Wan => s !== null && s !== "invalid");
  const sum = filled.reduce<Wan>((a, b) => a.plus(b) as Wan, ZERO);
  if (filled.length === 0) return { ...base, sum, status: "notItemised" };
  if ((t === null || t.isZero()) && !sum.isZero()) return { ...base, sum, status: "totalMissing" };
  if (t === null) return { ...base, sum, status: "notItemised" };
  // Most totals are their sub-rows' sum exactly: no subtraction then.
  const agrees = t.eq(sum) || t.minus(sum).abs().lte(tol);
  return { ...base, sum, status: agrees ? "ok" : "mismatch" };
}

/** The amount a column contributes: the total row's, or the first group's sum when that is missing. */
function columnAmount(total: ParsedFundsRow, checks: readonly ColumnCheck[], column: FundsColumn): Wan | null | "invalid" {
  const fallback = checks.find((c) => c.column === column && c.status === "totalMissing");
  if (fallback) return fallback.sum;
  return amountOf(cellOf(total, column));
}

function rateOf(budget: Wan | null, executed: Wan | null): Ratio | null {
  if (!budget || !executed || budget.isZero()) return null;
  return ratio(executed.div(budget));
}

export function computeFunds(parsed: ParsedFunds, weights: WeightOptions): FundsComputation {
  const tol = amountTolerance(parsed.unit);
  const checks: ColumnCheck[] = [];
  for (const group of parsed.groups) {
    for (const column of COLUMNS) {
      const c = checkColumn(parsed.total, group, column, tol);
      if (c) checks.push(c);
    }
  }
  const missing: { cell: string; field: string }[] = [];
  const budgetRaw = columnAmount(parsed.total, checks, "annualBudget");
  const executedRaw = columnAmount(parsed.total, checks, "executed");
  if (budgetRaw === null) missing.push({ cell: parsed.total.annualBudget.cell, field: FUNDS_COLUMN_LABELS.annualBudget });
  if (executedRaw === null) missing.push({ cell: parsed.total.executed.cell, field: FUNDS_COLUMN_LABELS.executed });
  const budget = budgetRaw === "invalid" ? null : budgetRaw;
  const executed = executedRaw === "invalid" ? null : executedRaw;

  let budgetZero: FundsComputation["budgetZero"] = null;
  if (budget && budget.isZero() && executed) budgetZero = executed.gt(0) ? "spent" : "zero";
  const rate = rateOf(budget, executed);

  const w = parsed.total.weight?.points;
  const weightValid = !w || w.status === "blank" || (w.status === "ok" && w.value.gt(0));
  const weight = w && w.status === "ok" && w.value.gt(0) ? w.value : new Decimal(weights.budget);
  const score = rate && weightValid ? clipScore(weight.times(Decimal.min(rate, 1)), weight) : null;

  const rows = parsed.groups.flat().map((row) => {
    const b = amountOf(row.annualBudget);
    const e = amountOf(row.executed);
    return { row, rate: b === "invalid" || e === "invalid" ? null : rateOf(b, e) };
  });
  return { parsed, checks, missing, budget, executed, rate, budgetZero, weight, weightValid, score, rows };
}
