import type { DiagnosticCode } from "./diagnostics";

/**
 * Every message key the engine and the reader emit. A code with one message uses the code
 * itself; a code with several situations adds a suffix (e.g. "BUDGET_ZERO.spent").
 * The catalogues in src/i18n/ are records over this union, so a missing text fails tsc.
 */
export const SITUATION_KEYS = [
  "REQUIRED_MISSING.score",
  "REQUIRED_MISSING.band2",
  "REQUIRED_MISSING.band3",
  "VALUE_NOT_NUMERIC.error",
  "VALUE_NOT_NUMERIC.textError",
  "VALUE_NOT_NUMERIC.actualText",
  "VALUE_NOT_NUMERIC.targetText",
  "BUDGET_ZERO.spent",
  "FUNDS_SCORE_MISMATCH.rounding",
  "WEIGHT_INVALID.nonPositive",
  "WEIGHT_LEVEL1_MISMATCH.level2",
  "WEIGHT_SPLIT_NONSTANDARD.budget",
  "LEVEL2_UNKNOWN.level1",
  "UNIT_MISMATCH.fraction",
  "UNIT_MISMATCH.kind",
  "SCORE_MISMATCH.rounding",
  "SCORE_BAND_MISMATCH.band2",
  "SCORE_BAND_MISMATCH.band3",
  "JUDGEMENT_DEDUCTION.overachieved",
  "REASON_MISSING.lowExecution",
  "GRADE_MISMATCH.unreadable",
  "BAND_AMBIGUOUS.unreadable",
  "OPERATOR_INFERRED.cells",
  "REASON_MISSING.computed",
] as const;

export type SituationKey = (typeof SITUATION_KEYS)[number];

export type MessageKey = DiagnosticCode | SituationKey;
