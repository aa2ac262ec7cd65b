import { DIAGNOSTIC_CODES, type Severity } from "../diagnostics";
import { diagnosticsEn } from "../../i18n/diagnostics.en";
import { diagnosticsZhCN } from "../../i18n/diagnostics.zh-CN";
import { RULES } from "./registry";

/** The §11 table's severities (a finding may name another for its situation, e.g. BUDGET_ZERO.spent). */
const SEVERITY_11: Readonly<Record<(typeof DIAGNOSTIC_CODES)[number], Severity>> = {
  TABLE_NOT_FOUND: "error",
  REQUIRED_MISSING: "error",
  VALUE_NOT_NUMERIC: "warning",
  FUNDS_SUM_MISMATCH: "error",
  FUNDS_TOTAL_MISSING: "error",
  BUDGET_ZERO: "warning",
  EXECUTION_OVER_BUDGET: "warning",
  RATE_MISMATCH: "warning",
  FUNDS_SCORE_MISMATCH: "error",
  WEIGHT_INVALID: "error",
  WEIGHT_LEVEL1_MISMATCH: "error",
  WEIGHT_TOTAL_MISMATCH: "error",
  WEIGHT_SPLIT_NONSTANDARD: "warning",
  LEVEL2_UNKNOWN: "warning",
  NO_SATISFACTION: "info",
  OPERATOR_INFERRED: "info",
  DIRECTION_CONFLICT: "warning",
  UNIT_MISMATCH: "warning",
  SCORE_OUT_OF_RANGE: "error",
  SCORE_MISMATCH: "error",
  SCORE_BAND_MISMATCH: "error",
  JUDGEMENT_DEDUCTION: "info",
  REASON_MISSING: "error",
  OVERACHIEVED_NO_REASON: "warning",
  EQUAL_TARGET_EXCEEDED: "warning",
  SATISFACTION_RATE_TIMES_WEIGHT: "warning",
  TOTAL_MISMATCH: "error",
  GRADE_MISMATCH: "error",
  TEXT_REPEATED: "warning",
  TARGET_NOT_POSITIVE: "info",
  BAND_AMBIGUOUS: "info",
  AMOUNT_UNIT_CONVERTED: "info",
  TEMPLATE_UNFILLED: "error",
};

describe("rule registry", () => {
  it("has exactly one rule per diagnostic code", () => {
    const codes = RULES.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect([...codes].sort()).toEqual([...DIAGNOSTIC_CODES].sort());
  });
  it("gives each code the severity of rules.md §11", () => {
    for (const r of RULES) expect([r.code, r.severity]).toEqual([r.code, SEVERITY_11[r.code]]);
  });
  it("has a message for every code in both catalogues", () => {
    for (const r of RULES) {
      expect(diagnosticsZhCN[r.code]).toEqual(expect.any(String));
      expect(diagnosticsEn[r.code]).toEqual(expect.any(String));
    }
  });
  it("applies every rule to both sheet kinds, each check a function", () => {
    for (const r of RULES) {
      expect(r.kinds.length).toBeGreaterThan(0);
      expect(typeof r.check).toBe("function");
    }
  });
});
