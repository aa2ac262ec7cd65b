import { DIAGNOSTIC_CODES, type DiagnosticCode } from "../../src/domain/diagnostics";
import type { SheetInput } from "../../src/domain/input";
import type { ProfileName } from "../../src/domain/profiles";
import { seedOverallInput, seedProjectInput } from "../fixtures/seedInputs";
import { BASE_ROWS, evaluate, pct, sheetOf, withRow } from "./builders";

/**
 * Fixtures named by outcome (style.md §15): one sheet per diagnostic code that produces it.
 * A record over the code union, so a new code without its fixture does not compile.
 */
type Case = { readonly sheet: SheetInput; readonly profile?: ProfileName };

const noSatisfaction = [{ ...BASE_ROWS[0], weight: 60 }, BASE_ROWS[1]];

const BY_OUTCOME: Readonly<Record<DiagnosticCode, Case>> = {
  TABLE_NOT_FOUND: { sheet: sheetOf({ funds: null }) },
  REQUIRED_MISSING: { sheet: sheetOf({ department: "" }) },
  VALUE_NOT_NUMERIC: { sheet: withRow({ actual: "完成" }) },
  FUNDS_SUM_MISMATCH: { sheet: sheetOf({ funds: { subs: [[100, 90, null]] } }) },
  FUNDS_TOTAL_MISSING: { sheet: sheetOf({ funds: { budget: null } }) },
  BUDGET_ZERO: { sheet: sheetOf({ funds: { initial: 0, budget: 0, executed: 3, subs: [[0, 0, null]] } }) },
  EXECUTION_OVER_BUDGET: { sheet: sheetOf({ funds: { executed: 101 } }) },
  RATE_MISMATCH: { sheet: sheetOf({ funds: { rate: pct(0.9) } }) },
  FUNDS_SCORE_MISMATCH: { sheet: sheetOf({ funds: { score: 8 } }) },
  WEIGHT_INVALID: { sheet: withRow({ weight: 0 }) },
  WEIGHT_LEVEL1_MISMATCH: { sheet: seedOverallInput },
  WEIGHT_TOTAL_MISMATCH: { sheet: seedOverallInput },
  WEIGHT_SPLIT_NONSTANDARD: { sheet: sheetOf({ rows: [{ ...BASE_ROWS[0], level1: "产出指标", weight: 40 }, { ...BASE_ROWS[1], level1: "效益指标", weight: 40 }, BASE_ROWS[2]] }) },
  LEVEL2_UNKNOWN: { sheet: withRow({ level2: "生态效益指标" }) },
  NO_SATISFACTION: { sheet: sheetOf({ rows: noSatisfaction }) },
  OPERATOR_INFERRED: { sheet: seedProjectInput },
  DIRECTION_CONFLICT: { sheet: withRow({ target: "反向 ≥100人次" }) },
  UNIT_MISMATCH: { sheet: withRow({ target: "≥100人次", actual: "100个" }) },
  SCORE_OUT_OF_RANGE: { sheet: withRow({ score: 55 }) },
  SCORE_MISMATCH: { sheet: withRow({ actual: "50人次", score: 50 }) },
  SCORE_BAND_MISMATCH: { sheet: withRow({ target: "按时完成", actual: "未完成", score: 50 }) },
  JUDGEMENT_DEDUCTION: { sheet: seedProjectInput },
  REASON_MISSING: { sheet: seedOverallInput },
  OVERACHIEVED_NO_REASON: { sheet: withRow({ actual: "150人次" }) },
  EQUAL_TARGET_EXCEEDED: { sheet: withRow({ target: "=100人次" }) },
  SATISFACTION_RATE_TIMES_WEIGHT: { sheet: sheetOf({ rows: [BASE_ROWS[0], BASE_ROWS[1], { ...BASE_ROWS[2], score: 9.5 }] }) },
  TOTAL_MISMATCH: { sheet: seedOverallInput },
  GRADE_MISMATCH: { sheet: sheetOf({ footer: { grade: "等级：中" } }) },
  TEXT_REPEATED: { sheet: seedOverallInput },
  TARGET_NOT_POSITIVE: { sheet: withRow({ target: "≥0", actual: 3 }) },
  BAND_AMBIGUOUS: { sheet: withRow({ target: "有效提高", actual: "基本达成", score: 35, note: "宣传不足" }) },
  AMOUNT_UNIT_CONVERTED: { sheet: sheetOf({ funds: { budget: "1,000,000元", executed: 100, subs: [[100, 100, null]] } }) },
  TEMPLATE_UNFILLED: { sheet: sheetOf({ rows: [], funds: { initial: null, budget: null, executed: null, subs: [[null, null, null]] } }) },
};

describe("every diagnostic code has a sheet that produces it", () => {
  it("covers the whole code list", () => {
    expect(Object.keys(BY_OUTCOME).sort()).toEqual([...DIAGNOSTIC_CODES].sort());
  });
  it.each(DIAGNOSTIC_CODES.map((c) => [c]))("%s", (code) => {
    const { sheet, profile } = BY_OUTCOME[code];
    const codes = evaluate(sheet, profile).diagnostics.map((d) => d.code);
    expect(codes).toContain(code);
  });
});
