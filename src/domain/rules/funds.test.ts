import { ownedFormula } from "../ownership";
import { cell, codesOf, evaluate, findAll, only, problems, sheetOf, type FundsSpec } from "../../../test/domain/builders";

const withFunds = (funds: FundsSpec, achieved?: string) => sheetOf({ funds, ...(achieved ? { achieved } : {}) });
const fundsOf = (funds: FundsSpec) => evaluate(withFunds(funds));

describe("funds: amounts written with their unit (issue 13)", () => {
  it("150万 and 125.25万 are read: 执行率 and the execution score are computed, no diagnostic", () => {
    const r = fundsOf({ initial: "150万", budget: "150万", executed: "125.25万", subs: [["150万", "150万", null]] });
    expect(r.funds?.executionRate?.value?.toString()).toBe("0.835");
    expect(r.funds?.score?.value?.toFixed(2)).toBe("8.35");
    expect(r.diagnostics).toEqual([]);
  });
  it("an amount in another unit than the heading's is converted, with an info at its cell", () => {
    const r = fundsOf({ heading: "年度项目资金（元）", initial: 1500000, budget: "150万元", executed: "¥1,252,500.00", subs: [[1500000, 1500000, null]] });
    expect(r.funds?.executionRate?.value?.toString()).toBe("0.835");
    expect(only(r, "AMOUNT_UNIT_CONVERTED")).toMatchObject({ cell: "D4", severity: "info", params: { value: "150万元", unit: "元", amount: "1500000.00" } });
  });
});

describe("funds: happy path", () => {
  it("a clean block: rate 100%, score 10, nothing to say", () => {
    const r = fundsOf({});
    expect(r.funds?.score?.value?.toString()).toBe("10");
    expect(r.funds?.executionRate?.value?.toString()).toBe("1");
    expect(r.diagnostics).toEqual([]);
  });
  it("执行率 = 全年执行数 / 全年预算数 at full precision; score rounded half up (8.045 → 8.05)", () => {
    const r = fundsOf({ executed: 80.45, subs: [[100, 100, null]] });
    expect(r.funds?.executionRate?.value?.toString()).toBe("0.8045");
    expect(r.funds?.score?.value?.toFixed(2)).toBe("8.05");
  });
  it("uses the adjusted budget, not 年初预算数", () => {
    const r = fundsOf({ initial: 50, budget: 200, executed: 100, subs: [[50, 200, null]] });
    expect(r.funds?.score?.value?.toString()).toBe("5");
  });
  it("reads 元 and 亿元 headings", () => {
    const r = fundsOf({ heading: "年度项目资金（元）", initial: 1000000, budget: 1000000, executed: "800,000", subs: [[1000000, 1000000, null]] });
    expect(r.funds?.executionRate?.value?.toString()).toBe("0.8");
    const y = fundsOf({ heading: "资金情况（亿元）", initial: 1, budget: 1, executed: 0.5, subs: [[1, 1, null]] });
    expect(y.funds?.score?.value?.toString()).toBe("5");
  });
  it("sub-rows get a display rate, no score", () => {
    const r = fundsOf({ subs: [[60, 60, 45], [40, 40, 40], [null, null, null]], executed: 85, initial: 100 });
    expect(r.funds?.rows.map((x) => x.rate?.value?.toString() ?? null)).toEqual(["0.75", "1", null]);
    expect(problems(r)).toEqual([]);
  });
});

describe("funds: boundaries", () => {
  it("exactly 100% is no warning; above is EXECUTION_OVER_BUDGET with the score capped", () => {
    expect(findAll(fundsOf({ executed: 100 }), "EXECUTION_OVER_BUDGET")).toEqual([]);
    const r = fundsOf({ executed: 120, rate: null });
    const d = only(r, "EXECUTION_OVER_BUDGET");
    expect(d).toMatchObject({ severity: "warning", cell: "G4", params: { rate: "120.00%" } });
    expect(r.funds?.score?.value?.toString()).toBe("10");
  });
  it("budget 0 and nothing spent: BUDGET_ZERO warning, no rate, no total", () => {
    const r = fundsOf({ initial: 0, budget: 0, executed: 0, subs: [[0, 0, null]] });
    expect(only(r, "BUDGET_ZERO")).toMatchObject({ severity: "warning", cell: "D4", key: "BUDGET_ZERO" });
    expect(r.funds?.executionRate?.value ?? null).toBeNull();
    expect(r.total.value).toBeNull();
    expect(r.grade.value).toBeNull();
  });
  it("budget 0 but money spent: BUDGET_ZERO error", () => {
    const r = fundsOf({ initial: 0, budget: 0, executed: 5, subs: [[0, 0, null]] });
    expect(only(r, "BUDGET_ZERO")).toMatchObject({ severity: "error", key: "BUDGET_ZERO.spent", params: { executed: "5.00" } });
  });
  it("sums agree within 0.01 of the sheet's unit", () => {
    expect(problems(fundsOf({ budget: 100, subs: [[100, 60.004, null], [null, 39.995, null]] }))).toEqual([]);
    expect(codesOf(fundsOf({ budget: 100, subs: [[100, 60.02, null], [null, 40, null]] }))).toContain("FUNDS_SUM_MISMATCH");
    const yuan = fundsOf({ heading: "资金情况（元）", initial: 100, budget: 100, executed: 100, subs: [[100, 99.98, null]] });
    expect(codesOf(yuan)).toContain("FUNDS_SUM_MISMATCH");
  });
});

describe("funds: sums of the sub-rows", () => {
  it("total ≠ Σ sub-rows in an itemised column → FUNDS_SUM_MISMATCH on the total cell", () => {
    const r = fundsOf({ subs: [[100, 60, null], [null, 30, null], [null, null, null]] });
    expect(only(r, "FUNDS_SUM_MISMATCH")).toMatchObject({
      severity: "error",
      cell: "D4",
      params: { column: "全年预算数", total: "100.00", sum: "90.00" },
    });
  });
  it("a column whose sub-rows are all blank is not itemised: no check", () => {
    expect(problems(fundsOf({ subs: [[100, 100, null], [null, null, null], [null, null, null]], executed: 70 }))).toEqual([]);
  });
  it("blank sub-rows count as 0 once the column is itemised", () => {
    const r = fundsOf({ initial: null, subs: [[null, 100, 60], [null, null, null], [null, null, 30]], executed: 100 });
    expect(only(r, "FUNDS_SUM_MISMATCH")).toMatchObject({ cell: "E4", params: { column: "全年执行数", sum: "90.00" } });
  });
  it("total blank or zero while the sub-rows are not → FUNDS_TOTAL_MISSING, and the sub-row sum is used", () => {
    const r = fundsOf({ budget: null, subs: [[100, 60, null], [null, 40, null], [null, null, null]], executed: 80 });
    expect(only(r, "FUNDS_TOTAL_MISSING")).toMatchObject({ cell: "D4", params: { column: "全年预算数", sum: "100.00" } });
    expect(findAll(r, "REQUIRED_MISSING")).toEqual([]);
    expect(r.funds?.score?.value?.toString()).toBe("8");
    const zero = fundsOf({ budget: 0, subs: [[100, 100, null]] });
    expect(only(zero, "FUNDS_TOTAL_MISSING").cell).toBe("D4");
    expect(findAll(zero, "BUDGET_ZERO")).toEqual([]);
  });
  it("checks each sub-row group on its own (Hunan 按收入性质分 / 按支出性质分)", () => {
    const base = withFunds({});
    const funds = base.funds;
    if (!funds) throw new Error("fixture has funds");
    const second = [
      { role: "item" as const, label: cell("B8", "基本支出"), annualBudget: cell("D8", 70), executed: cell("E8", null) },
      { role: "item" as const, label: cell("B9", "项目支出"), annualBudget: cell("D9", 20), executed: cell("E9", null) },
    ];
    const r = evaluate({ ...base, funds: { ...funds, groups: [...funds.groups, second] } });
    expect(only(r, "FUNDS_SUM_MISMATCH")).toMatchObject({ cell: "D4", params: { sum: "90.00" } });
  });
});

describe("funds: blank and wrong type", () => {
  it("blank 全年预算数 / 全年执行数 → REQUIRED_MISSING with the field's name", () => {
    const r = fundsOf({ budget: null, executed: null, subs: [[100, null, null]] });
    expect(findAll(r, "REQUIRED_MISSING").map((d) => [d.cell, d.params.field])).toEqual([
      ["D4", "全年预算数"],
      ["E4", "全年执行数"],
    ]);
    expect(r.funds?.score?.value ?? null).toBeNull();
  });
  it("text where an amount belongs → VALUE_NOT_NUMERIC, no rate, no cascade", () => {
    const r = fundsOf({ budget: "待定", subs: [[100, null, null]] });
    expect(only(r, "VALUE_NOT_NUMERIC")).toMatchObject({ cell: "D4", severity: "warning", params: { value: "待定" } });
    expect(findAll(r, "REQUIRED_MISSING")).toEqual([]);
    expect(findAll(r, "FUNDS_SUM_MISMATCH")).toEqual([]);
    expect(r.funds?.executionRate?.value ?? null).toBeNull();
  });
  it("an Excel error → VALUE_NOT_NUMERIC.error", () => {
    const r = fundsOf({ executed: { error: "#REF!" } });
    expect(only(r, "VALUE_NOT_NUMERIC")).toMatchObject({ cell: "E4", key: "VALUE_NOT_NUMERIC.error", params: { value: "#REF!" } });
  });
  it("a #DIV/0! in the rate cell of a zero budget is not reported twice", () => {
    const r = fundsOf({ initial: 0, budget: 0, executed: 0, subs: [[0, 0, null]], rate: { error: "#DIV/0!" } });
    expect(codesOf(r)).toEqual(["BUDGET_ZERO"]);
    const live = fundsOf({ rate: { error: "#DIV/0!" } });
    expect(only(live, "VALUE_NOT_NUMERIC").cell).toBe("G4");
  });
  it("分值: blank takes the profile's default, text or ≤ 0 is WEIGHT_INVALID", () => {
    expect(fundsOf({ weight: null }).funds?.weight.toString()).toBe("10");
    expect(evaluate(withFunds({ weight: null }), "hubei").funds?.weight.toString()).toBe("20");
    const text = fundsOf({ weight: "十分" });
    expect(only(text, "WEIGHT_INVALID")).toMatchObject({ cell: "F4", params: { value: "十分" } });
    expect(text.funds?.score?.value ?? null).toBeNull();
    expect(only(fundsOf({ weight: 0 }), "WEIGHT_INVALID").key).toBe("WEIGHT_INVALID.nonPositive");
  });
});

describe("funds: printed rate and score", () => {
  it("a printed rate agrees at the decimals it shows", () => {
    const f = { executed: 80.45, subs: [[100, 100, null]] as const };
    expect(findAll(fundsOf({ ...f, subs: [[100, 100, null]], rate: { v: 0.8, fmt: "0%" } }), "RATE_MISMATCH")).toEqual([]);
    expect(findAll(fundsOf({ ...f, subs: [[100, 100, null]], rate: { v: 0.8045, fmt: "0.00%" } }), "RATE_MISMATCH")).toEqual([]);
    expect(findAll(fundsOf({ ...f, subs: [[100, 100, null]], rate: "80.45%" }), "RATE_MISMATCH")).toEqual([]);
    expect(findAll(fundsOf({ ...f, subs: [[100, 100, null]], rate: 80.45 }), "RATE_MISMATCH")).toEqual([]);
    const wrong = fundsOf({ ...f, subs: [[100, 100, null]], rate: { v: 0.85, fmt: "0%" } });
    expect(only(wrong, "RATE_MISMATCH")).toMatchObject({ severity: "warning", cell: "G4", params: { printed: "85.00%", computed: "80.45%" } });
  });
  it("checks printed sub-row rates too", () => {
    const r = fundsOf({ executed: 85, subs: [[60, 60, 45], [40, 40, 40], [null, null, null]], subRates: ["75%", "90%"] });
    expect(only(r, "RATE_MISMATCH").cell).toBe("G6");
  });
  it("a printed execution score: equal, integer rounding (warning: arithmetic, not judgement), wrong (error)", () => {
    const base = { executed: 80.45, subs: [[100, 100, null]] as [number, number, null][] };
    expect(findAll(fundsOf({ ...base, score: 8.05 }), "FUNDS_SCORE_MISMATCH")).toEqual([]);
    expect(only(fundsOf({ ...base, score: 8 }), "FUNDS_SCORE_MISMATCH")).toMatchObject({
      severity: "warning",
      key: "FUNDS_SCORE_MISMATCH.rounding",
      params: { printed: "8.00", computed: "8.05" },
    });
    expect(only(fundsOf({ ...base, score: "7　" }), "FUNDS_SCORE_MISMATCH")).toMatchObject({ severity: "error", cell: "H4" });
  });
  it("a rate and score marked as jixiao's are still judged, and reported as jixiao's (issue 18)", () => {
    const r = fundsOf({ executed: 80, subs: [[100, 100, null]], rate: { v: 0.5, formula: ownedFormula(0.5) }, score: { v: 5, formula: ownedFormula(5) } });
    expect(problems(r)).toEqual(["RATE_MISMATCH@G4", "FUNDS_SCORE_MISMATCH@H4"]);
    expect(r.funds?.executionRate).toMatchObject({ cell: "G4", owner: "jixiao" });
    expect(r.funds?.score).toMatchObject({ cell: "H4", owner: "jixiao" });
    expect(r.funds?.score?.value?.toString()).toBe("8");
  });
});

describe("funds: profile and propagation", () => {
  it("Sichuan: 执行率 < 90% without an explanation warns; explained or national does not", () => {
    const low = withFunds({ executed: 85, subs: [[100, 100, null]] });
    expect(only(evaluate(low, "sichuan"), "REASON_MISSING")).toMatchObject({
      severity: "warning",
      key: "REASON_MISSING.lowExecution",
      params: { rate: "85.00%", threshold: "90.00%" },
    });
    expect(findAll(evaluate(low), "REASON_MISSING")).toEqual([]);
    const explained = withFunds({ executed: 85, subs: [[100, 100, null]] }, "完成培训。执行率偏低因部分合同年底未支付。");
    expect(findAll(evaluate(explained, "sichuan"), "REASON_MISSING")).toEqual([]);
    expect(findAll(evaluate(withFunds({ executed: 90, subs: [[100, 100, null]] }), "sichuan"), "REASON_MISSING")).toEqual([]);
  });
  it("Sichuan: an explanation in the funds block's note cell counts too (issue 13)", () => {
    const low = withFunds({ executed: 85, subs: [[100, 100, null]] });
    const noted = { ...low, funds: low.funds && { ...low.funds, note: cell("J4", "部分合同年底未支付") } };
    expect(findAll(evaluate(noted, "sichuan"), "REASON_MISSING")).toEqual([]);
    const blankNote = { ...low, funds: low.funds && { ...low.funds, note: cell("J4", "　") } };
    expect(findAll(evaluate(blankNote, "sichuan"), "REASON_MISSING")).toHaveLength(1);
  });
  it("the execution score feeds the total", () => {
    expect(fundsOf({ executed: 50, subs: [[100, 100, null]] }).total.value?.toString()).toBe("95");
  });
  it("no funds block: TABLE_NOT_FOUND, no total", () => {
    const r = evaluate(sheetOf({ funds: null }));
    expect(only(r, "TABLE_NOT_FOUND")).toMatchObject({ cell: "A1", params: { block: "年度项目资金" } });
    expect(evaluate(sheetOf({ funds: null, kind: "overall" })).diagnostics[0].params.block).toBe("资金情况");
    expect(r.funds).toBeNull();
    expect(r.total.value).toBeNull();
  });
});
