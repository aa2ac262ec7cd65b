import { ownedFormula } from "../ownership";
import { BASE_ROWS, evaluate, findAll, only, pct, problems, sheetOf, withRow, type RowSpec } from "../../../test/domain/builders";

const row = (change: RowSpec, profile: "national" | "hubei" = "national") => evaluate(withRow(change), profile);
const ind = (change: RowSpec) => row(change).indicators[0];

describe("indicators: entered scores are kept and judged (rules.md §9)", () => {
  it("blank score: the rule's suggestion counts", () => {
    const i = ind({ actual: "90人次", note: "未达标" });
    expect(i.entered).toBeNull();
    expect(i.suggested?.toString()).toBe("45");
    expect(i.score).toMatchObject({ cell: "H11", owner: "blank" });
    expect(i.score.value?.toString()).toBe("45");
  });
  it("a score marked as jixiao's is judged like any entry: a stale or forged mark hides nothing (issue 18)", () => {
    const r = row({ actual: "90人次", note: "未达标", score: { v: 50, formula: ownedFormula(50) } });
    const i = r.indicators[0];
    expect(i.entered?.toString()).toBe("50");
    expect(i.suggested?.toString()).toBe("45");
    expect(i.score.owner).toBe("jixiao");
    expect(problems(r)).toContain("SCORE_MISMATCH@H11");
  });
  it("the user's value is kept, even a formula of theirs", () => {
    const i = ind({ actual: "90人次", note: "未达标", score: { v: 40, formula: "=G11*0.8" } });
    expect(i.entered?.toString()).toBe("40");
    expect(i.score).toMatchObject({ owner: "user" });
    expect(i.score.value?.toString()).toBe("40");
  });
});

describe("indicators: SCORE_OUT_OF_RANGE", () => {
  it.each([[60], [-1], [50.01]])("score %s of 50 → error, and nothing else about the score", (score) => {
    const r = row({ score });
    expect(only(r, "SCORE_OUT_OF_RANGE")).toMatchObject({ severity: "error", cell: "H11", params: { weight: "50" } });
    expect(findAll(r, "SCORE_MISMATCH")).toEqual([]);
    expect(findAll(r, "REASON_MISSING")).toEqual([]);
  });
  it("0 and 分值 itself are in range", () => {
    expect(findAll(row({ score: 50 }), "SCORE_OUT_OF_RANGE")).toEqual([]);
    expect(findAll(row({ actual: "0人次", score: 0, note: "未开展" }), "SCORE_OUT_OF_RANGE")).toEqual([]);
  });
});

describe("indicators: SCORE_MISMATCH, REASON_MISSING, JUDGEMENT_DEDUCTION (one fault, one report)", () => {
  it("higher than the rule allows → SCORE_MISMATCH", () => {
    const r = row({ actual: "90人次", score: 50 });
    expect(only(r, "SCORE_MISMATCH")).toMatchObject({ severity: "error", params: { entered: "50.00", computed: "45.00" } });
    // rules.md §7: the rule's score is below 分值, so a reason is owed as well (issue 13).
    expect(only(r, "REASON_MISSING")).toMatchObject({ key: "REASON_MISSING.computed", cell: "I11", params: { score: "45.00" } });
  });
  it("lower without a reason → REASON_MISSING only", () => {
    const r = row({ score: 45 });
    expect(only(r, "REASON_MISSING")).toMatchObject({ severity: "error", cell: "I11", params: { score: "45.00", weight: "50" } });
    expect(findAll(r, "SCORE_MISMATCH")).toEqual([]);
  });
  it("lower with a reason → JUDGEMENT_DEDUCTION (info)", () => {
    const r = row({ score: 45, note: "培训质量有待提高" });
    expect(problems(r)).toEqual([]);
    expect(only(r, "JUDGEMENT_DEDUCTION")).toMatchObject({ severity: "info", cell: "H11", params: { entered: "45.00", computed: "50.00" } });
  });
  it("a computed score below 分值 needs a reason too", () => {
    expect(only(row({ actual: "90人次" }), "REASON_MISSING").params.score).toBe("45.00");
    expect(problems(row({ actual: "90人次", note: "部分学员未参训" }))).toEqual([]);
  });
  it("full points of a weight with 3 decimals (0.125 → 0.12) owe no reason", () => {
    const r = row({ weight: 0.125 });
    expect(r.indicators[0].suggested?.toString()).toBe("0.12");
    expect(findAll(r, "REASON_MISSING")).toEqual([]);
    expect(findAll(row({ weight: 0.125, score: 0.12 }), "REASON_MISSING")).toEqual([]);
    expect(findAll(row({ weight: 0.125, score: 0.11 }), "REASON_MISSING")).toHaveLength(1);
  });
  it("within 0.01 is equal", () => {
    expect(findAll(row({ actual: "91.99人次", score: 46.0, note: "x" }), "SCORE_MISMATCH")).toEqual([]);
  });
  it("a sheet printing whole scores: off by ≤ 0.5 is rounding (info)", () => {
    const r = evaluate(
      sheetOf({
        rows: [
          { ...BASE_ROWS[0], actual: "91人次", score: 46, note: "部分学员未参训" },
          { ...BASE_ROWS[1], score: 30 },
          { ...BASE_ROWS[2], score: 10 },
        ],
      }),
    );
    expect(only(r, "SCORE_MISMATCH")).toMatchObject({ severity: "info", key: "SCORE_MISMATCH.rounding", params: { entered: "46.00", computed: "45.50" } });
  });
  it("a sheet with decimal scores gets no rounding leniency", () => {
    const r = evaluate(sheetOf({ rows: [{ ...BASE_ROWS[0], actual: "91人次", score: 46, note: "x" }, { ...BASE_ROWS[1], score: 29.5, note: "y" }, BASE_ROWS[2]] }));
    expect(only(r, "SCORE_MISMATCH").severity).toBe("error");
  });
});

describe("indicators: over-achievement and = targets", () => {
  it("beaten by θ = 30% or more without a reason → OVERACHIEVED_NO_REASON", () => {
    const r = row({ actual: "130人次" });
    expect(only(r, "OVERACHIEVED_NO_REASON")).toMatchObject({ severity: "warning", cell: "I11", params: { over: "30.00%" } });
    expect(findAll(row({ actual: "129人次" }), "OVERACHIEVED_NO_REASON")).toEqual([]);
    expect(findAll(row({ actual: "200人次", note: "指标值设置偏低" }), "OVERACHIEVED_NO_REASON")).toEqual([]);
    expect(only(row({ target: "≤10天", actual: "7天" }), "OVERACHIEVED_NO_REASON").params.over).toBe("30.00%");
  });
  it("a lower score with a reason on such a row is allowed (info)", () => {
    const r = row({ actual: "200人次", score: 40, note: "指标值设置偏低" });
    expect(problems(r)).toEqual([]);
    expect(only(r, "JUDGEMENT_DEDUCTION").key).toBe("JUDGEMENT_DEDUCTION.overachieved");
  });
  it("above an = target → EQUAL_TARGET_EXCEEDED, full points", () => {
    const r = row({ target: "=100人次", actual: "110人次" });
    expect(only(r, "EQUAL_TARGET_EXCEEDED")).toMatchObject({ severity: "warning", cell: "F11", params: { target: "=100人次", actual: "110人次" } });
    expect(r.indicators[0].suggested?.toString()).toBe("50");
    expect(findAll(r, "OVERACHIEVED_NO_REASON")).toEqual([]);
  });
});

describe("indicators: satisfaction", () => {
  const sat = (change: RowSpec, others: RowSpec[] = [BASE_ROWS[0], BASE_ROWS[1]]) =>
    evaluate(sheetOf({ rows: [...others, { ...BASE_ROWS[2], ...change }] }));
  it("scored as rate × weight while the target is met → SATISFACTION_RATE_TIMES_WEIGHT, not REASON_MISSING", () => {
    const r = sat({ score: 9.5 });
    expect(only(r, "SATISFACTION_RATE_TIMES_WEIGHT")).toMatchObject({ severity: "warning", cell: "H13", params: { entered: "9.50", weight: "10" } });
    // Below 分值 with no reason is an error on every row kind (issue 13).
    expect(only(r, "REASON_MISSING")).toMatchObject({ key: "REASON_MISSING", cell: "I13", params: { score: "9.50" } });
  });
  it("the same with whole-number printing", () => {
    const r = sat({ actual: pct(0.93), score: 9 }, [{ ...BASE_ROWS[0], score: 50 }, { ...BASE_ROWS[1], score: 30 }]);
    expect(only(r, "SATISFACTION_RATE_TIMES_WEIGHT").cell).toBe("H13");
  });
  it("not when the target is missed, nor at 100%", () => {
    expect(findAll(sat({ actual: pct(0.85), score: 8.5, note: "未达标" }), "SATISFACTION_RATE_TIMES_WEIGHT")).toEqual([]);
    expect(findAll(sat({ target: "≥98%", actual: pct(1), score: 9, note: "有待提高" }), "SATISFACTION_RATE_TIMES_WEIGHT")).toEqual([]);
  });
  it("a sheet without a satisfaction indicator gets an info", () => {
    const r = evaluate(sheetOf({ rows: [{ ...BASE_ROWS[0], weight: 60 }, BASE_ROWS[1]] }));
    expect(only(r, "NO_SATISFACTION")).toMatchObject({ severity: "info", cell: "B11" });
  });
});

describe("indicators: qualitative bands (rules.md §5)", () => {
  const q = (actual: string, score: RowSpec["score"] = null, note: string | null = null, profile: "national" | "hubei" = "national") =>
    row({ target: "有效提高", actual, score, note }, profile);
  it("band 1 (达成, or the same text as the target): full points suggested", () => {
    expect(q("有效提高").indicators[0].suggested?.toString()).toBe("50");
    expect(q("已完成").indicators[0].suggested?.toString()).toBe("50");
    expect(problems(q("有效提高", 40, "宣传覆盖面不足"))).toEqual([]);
    expect(only(q("有效提高", 40), "REASON_MISSING").cell).toBe("I11");
  });
  it("a score outside band 1 → SCORE_BAND_MISMATCH with the band's range", () => {
    expect(only(q("有效提高", 39.99, "x"), "SCORE_BAND_MISMATCH")).toMatchObject({
      severity: "error",
      key: "SCORE_BAND_MISMATCH",
      params: { score: "39.99", min: "40.00", max: "50.00" },
    });
  });
  it("band 2: no suggestion; the user must enter a score inside [0.6w, 0.8w)", () => {
    const r = q("部分完成");
    expect(r.indicators[0].suggested).toBeNull();
    expect(only(r, "REQUIRED_MISSING")).toMatchObject({ cell: "H11", key: "REQUIRED_MISSING.band2", params: { min: "30.00", max: "40.00" } });
    expect(r.total.value).toBeNull();
    expect(problems(q("部分完成", 35, "进度滞后"))).toEqual([]);
    expect(only(q("部分完成", 35), "REASON_MISSING").cell).toBe("I11");
    expect(only(q("部分完成", 40, "x"), "SCORE_BAND_MISMATCH").key).toBe("SCORE_BAND_MISMATCH.band2");
    expect(findAll(q("部分完成", 30, "x"), "SCORE_BAND_MISMATCH")).toEqual([]);
  });
  it("band 3: below 0.6w", () => {
    expect(only(q("未完成"), "REQUIRED_MISSING")).toMatchObject({ key: "REQUIRED_MISSING.band3", params: { max: "30.00" } });
    expect(only(q("未完成", 30, "x"), "SCORE_BAND_MISMATCH")).toMatchObject({ key: "SCORE_BAND_MISMATCH.band3", params: { max: "30.00" } });
    expect(problems(q("未完成", 0, "项目暂停"))).toEqual([]);
  });
  it("Hubei moves the band 2 floor to 0.5w", () => {
    expect(only(q("部分完成", null, null, "hubei"), "REQUIRED_MISSING").params).toEqual({ min: "25.00", max: "40.00" });
    expect(findAll(q("部分完成", 26, "x", "hubei"), "SCORE_BAND_MISMATCH")).toEqual([]);
  });
  it("exactly 基本达成: band 2 with an info", () => {
    const r = q("基本达成");
    expect(only(r, "BAND_AMBIGUOUS")).toMatchObject({ severity: "info", cell: "F11", params: { text: "基本达成" } });
    expect(only(r, "REQUIRED_MISSING").key).toBe("REQUIRED_MISSING.band2");
  });
  it("words that decide nothing: the user scores", () => {
    expect(only(q("详见附件"), "REQUIRED_MISSING")).toMatchObject({ key: "REQUIRED_MISSING.score", cell: "H11" });
    expect(only(q("详见附件"), "BAND_AMBIGUOUS")).toMatchObject({ key: "BAND_AMBIGUOUS.unreadable", severity: "info" });
    expect(problems(q("详见附件", 50))).toEqual([]);
  });
});

describe("indicators: deadlines", () => {
  const date = (serial: number) => ({ v: serial, fmt: "yyyy/m/d" });
  it("已完成 against a deadline counts as met", () => {
    expect(problems(row({ target: date(44196), actual: "已圆满完成", score: 50 }))).toEqual([]);
    expect(row({ target: "12月31日前", actual: "按时完成" }).indicators[0].suggested?.toString()).toBe("50");
  });
  it("two dates are compared", () => {
    expect(row({ target: "2020年12月前", actual: "2020年11月" }).indicators[0].suggested?.toString()).toBe("50");
    const late = row({ target: date(44196), actual: date(44200) });
    expect(late.indicators[0].suggested).toBeNull();
    expect(only(late, "REQUIRED_MISSING").key).toBe("REQUIRED_MISSING.band2");
  });
  it("未完成 against a deadline is band 3", () => {
    expect(only(row({ target: "2020年12月前", actual: "未完成" }), "REQUIRED_MISSING").key).toBe("REQUIRED_MISSING.band3");
  });
});

describe("indicators: blank and wrong type", () => {
  it("blank name, target, actual, weight → REQUIRED_MISSING each, with the field", () => {
    const r = row({ name: "　", target: null, actual: "", weight: null, score: 50 });
    expect(findAll(r, "REQUIRED_MISSING").map((d) => [d.cell, d.params.field])).toEqual([
      ["D11", "三级指标"],
      ["E11", "年度指标值"],
      ["F11", "实际完成值"],
      ["G11", "分值"],
    ]);
  });
  it("a row left wholly blank, or a placeholder row of the blank form, is ignored", () => {
    const r = evaluate(sheetOf({ rows: [...BASE_ROWS, { name: "指标1" }, { name: "……" }, {}] }));
    expect(r.indicators).toHaveLength(3);
    expect(r.diagnostics).toEqual([]);
  });
  it("an indicator block with only placeholders", () => {
    const r = evaluate(sheetOf({ rows: [{ name: "指标1" }] }));
    expect(only(r, "REQUIRED_MISSING")).toMatchObject({ cell: "D11", params: { field: "三级指标" } });
  });
  it("no indicator block → TABLE_NOT_FOUND", () => {
    expect(only(evaluate(sheetOf({ rows: [] })), "TABLE_NOT_FOUND").params.block).toBe("绩效指标");
  });
  it("a text or error score → VALUE_NOT_NUMERIC, and the suggestion counts instead", () => {
    const r = row({ score: "满分" });
    expect(only(r, "VALUE_NOT_NUMERIC")).toMatchObject({ cell: "H11", params: { value: "满分" } });
    expect(r.indicators[0].entered).toBeNull();
    expect(r.indicators[0].score.value?.toString()).toBe("50");
    expect(only(row({ score: { error: "#VALUE!" } }), "VALUE_NOT_NUMERIC").key).toBe("VALUE_NOT_NUMERIC.error");
  });
  it("error values in target or actual → VALUE_NOT_NUMERIC.error, not scored", () => {
    const r = row({ actual: { error: "#N/A" } });
    expect(only(r, "VALUE_NOT_NUMERIC")).toMatchObject({ cell: "F11", key: "VALUE_NOT_NUMERIC.error" });
    expect(r.indicators[0].suggested).toBeNull();
  });
  it("department blank → REQUIRED_MISSING on its cell; absent → on the title", () => {
    expect(only(evaluate(sheetOf({ department: "　" })), "REQUIRED_MISSING")).toMatchObject({ cell: "B2", params: { field: "部门名称" } });
    expect(only(evaluate(sheetOf({ department: undefined })), "REQUIRED_MISSING").cell).toBe("A1");
  });
});
