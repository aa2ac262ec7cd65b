/**
 * Diagnostics are values (style.md §4): reading and scoring return them, never throw on a bad cell.
 * Codes are the stable identifiers of rules.md §11; the text lives in src/i18n/.
 */

export const DIAGNOSTIC_CODES = [
  "TABLE_NOT_FOUND",
  "REQUIRED_MISSING",
  "VALUE_NOT_NUMERIC",
  "FUNDS_SUM_MISMATCH",
  "FUNDS_TOTAL_MISSING",
  "BUDGET_ZERO",
  "EXECUTION_OVER_BUDGET",
  "RATE_MISMATCH",
  "FUNDS_SCORE_MISMATCH",
  "WEIGHT_INVALID",
  "WEIGHT_LEVEL1_MISMATCH",
  "WEIGHT_TOTAL_MISMATCH",
  "WEIGHT_SPLIT_NONSTANDARD",
  "LEVEL2_UNKNOWN",
  "NO_SATISFACTION",
  "OPERATOR_INFERRED",
  "DIRECTION_CONFLICT",
  "UNIT_MISMATCH",
  "SCORE_OUT_OF_RANGE",
  "SCORE_MISMATCH",
  "SCORE_BAND_MISMATCH",
  "JUDGEMENT_DEDUCTION",
  "REASON_MISSING",
  "OVERACHIEVED_NO_REASON",
  "EQUAL_TARGET_EXCEEDED",
  "SATISFACTION_RATE_TIMES_WEIGHT",
  "TOTAL_MISMATCH",
  "GRADE_MISMATCH",
  // Added with the scoring engine (not in rules.md §11; see src/domain/DECISIONS.md).
  "TEXT_REPEATED",
  "TARGET_NOT_POSITIVE",
  "BAND_AMBIGUOUS",
  // Added with issue 13 (see src/domain/DECISIONS.md).
  "AMOUNT_UNIT_CONVERTED",
  // Added with issue 14 (see src/domain/DECISIONS.md).
  "TEMPLATE_UNFILLED",
] as const;

export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number];

export type Severity = "error" | "warning" | "info";

/** Parameters a message is filled with; numbers arrive as decimal strings already formatted. */
export type MessageParams = Readonly<Record<string, string | number>>;

export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  /** The sheet's name as the workbook shows it. */
  readonly sheet: string;
  /** A1 address within the sheet ("H21"); "" only when no cell can be named (an unreadable file). */
  readonly cell: string;
  /** Catalogue key of the message (see messageKeys.ts); several keys may share one code. */
  readonly key: MessageKey;
  readonly params: MessageParams;
  /**
   * One diagnostic standing for several cells (OPERATOR_INFERRED.cells): each cell's own
   * message, kept for the JSON report and the pane's expanded view.
   */
  readonly details?: readonly DiagnosticDetail[];
}

export interface DiagnosticDetail {
  readonly cell: string;
  readonly key: MessageKey;
  readonly params: MessageParams;
}

/** `项目支出绩效自评表!H21` — how every message names its cell. Quotes sheet names with spaces. */
export function qualifiedCell(sheet: string, cell: string): string {
  const name = /[\s!'()\-,;]/.test(sheet) ? `'${sheet.replace(/'/g, "''")}'` : sheet;
  return cell ? `${name}!${cell}` : name;
}

export type { MessageKey } from "./messageKeys";
import type { MessageKey } from "./messageKeys";
