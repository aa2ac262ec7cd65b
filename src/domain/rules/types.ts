import type { Decimal } from "../decimal";
import type { DiagnosticCode, MessageParams, Severity } from "../diagnostics";
import type { SheetKind } from "../input";
import type { MessageKey } from "../messageKeys";
import type { ParsedSheet } from "../model";
import type { RuleProfile } from "../profiles";
import type { FundsComputation } from "../score/funds";
import type { IndicatorEval } from "../score/indicator";
import type { TotalsComputation } from "../score/totals";
import type { Verdict } from "../score/verdict";

/**
 * Rules as data (style.md §3): each family file exports a table of rules, one per code:
 * its severity, the sheet kinds it applies to, an optional profile switch, and the check.
 * Checks only read the computed context; they never compute scores themselves.
 */

export interface ScoredIndicator extends IndicatorEval {
  readonly verdict: Verdict;
  /** The score that counts (entered, rounded, else suggested). */
  readonly counted: Decimal | null;
}

export interface RuleContext {
  readonly sheet: ParsedSheet;
  readonly funds: FundsComputation | null;
  readonly indicators: readonly ScoredIndicator[];
  readonly totals: TotalsComputation;
  readonly profile: RuleProfile;
}

/** One problem a check found; severity defaults to the rule's. */
export interface Finding {
  readonly cell: string;
  readonly key: MessageKey;
  readonly params?: MessageParams;
  readonly severity?: Severity;
  /** Per-cell detail of a finding that stands for several cells. */
  readonly details?: readonly { readonly cell: string; readonly key: MessageKey; readonly params: MessageParams }[];
}

export interface Rule {
  readonly code: DiagnosticCode;
  /** The code's severity in rules.md §11 (a finding may state another situation's). */
  readonly severity: Severity;
  readonly kinds: readonly SheetKind[];
  /** On unless the profile says otherwise. */
  readonly enabled?: (profile: RuleProfile) => boolean;
  readonly check: (ctx: RuleContext) => readonly Finding[];
}

export const BOTH_KINDS: readonly SheetKind[] = ["overall", "project"];

/** The findings of one per-row check over every scored row, in row order. */
export function eachRow(rows: readonly ScoredIndicator[], f: (e: ScoredIndicator) => Finding | null): Finding[] {
  // A loop, not map + filter: two row-sized arrays per rule add up on long sheets (bench/).
  const out: Finding[] = [];
  for (const e of rows) {
    const x = f(e);
    if (x !== null) out.push(x);
  }
  return out;
}
