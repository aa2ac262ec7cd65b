import { codesOf, evaluate, findAll, only, pct, problems, withRow } from "../../../test/domain/builders";

const row = (change: Parameters<typeof withRow>[0]) => evaluate(withRow(change));
const suggested = (change: Parameters<typeof withRow>[0]) => row(change).indicators[0].suggested?.toFixed(2) ?? null;

describe("targets: operators", () => {
  it("an explicit operator is used as written, without a note", () => {
    expect(findAll(row({ target: "≥100人次" }), "OPERATOR_INFERRED")).toEqual([]);
    expect(suggested({ target: "不低于100人次", actual: "80人次" })).toBe("40.00");
    expect(suggested({ target: "≤5天", actual: "10天" })).toBe("25.00");
  });
  it("no operator on a numeric target: ≥, with an info naming it", () => {
    const r = row({ target: "100人次", actual: "90人次" });
    expect(only(r, "OPERATOR_INFERRED")).toMatchObject({ severity: "info", cell: "E11", params: { operator: "≥", target: "100人次" } });
    expect(r.indicators[0].suggested?.toString()).toBe("45");
  });
  it.each([
    ["培训成本", "数量指标"],
    ["投诉次数", "数量指标"],
    ["安全事故发生率", "质量指标"],
    ["项目资金", "成本指标"],
    ["办理时长", "时效指标"],
  ])("less is better for %j under %j: ≤ inferred", (name, level2) => {
    const r = row({ name, level2, target: "5", actual: "10", note: "超支" });
    expect(only(r, "OPERATOR_INFERRED").params.operator).toBe("≤");
    expect(r.indicators[0].suggested?.toString()).toBe("25");
  });
  it("a day unit makes ≤ too", () => {
    expect(only(row({ name: "审批办结", target: "5个工作日", actual: "4个工作日" }), "OPERATOR_INFERRED").params.operator).toBe("≤");
  });
  it("dates and texts get no inferred operator", () => {
    expect(findAll(row({ target: "2020年12月前", actual: "已完成" }), "OPERATOR_INFERRED")).toEqual([]);
    expect(findAll(row({ target: "有效提高", actual: "有效提高" }), "OPERATOR_INFERRED")).toEqual([]);
  });
});

describe("targets: 正向/反向 labels", () => {
  it("a label alone sets the operator", () => {
    expect(suggested({ target: "反向 5天", actual: "10天", note: "延误" })).toBe("25.00");
    expect(codesOf(row({ target: "正向 100人次", actual: "100人次" }))).toEqual([]);
  });
  it("a label contradicting the operator → DIRECTION_CONFLICT; the operator wins", () => {
    const r = row({ target: "正向：≤5天", actual: "4天" });
    expect(only(r, "DIRECTION_CONFLICT")).toMatchObject({ severity: "warning", cell: "E11", params: { direction: "正向", operator: "≤" } });
    expect(r.indicators[0].suggested?.toString()).toBe("50");
  });
  it("the split 指标性质 column: the conflict points at that cell", () => {
    const r = row({ targetSplit: { nature: "反向指标 ≥", value: 100, unit: "人次" }, actual: "120人次" });
    expect(only(r, "DIRECTION_CONFLICT").cell).toBe("J11");
    const ok = row({ targetSplit: { nature: "≥", value: 100, unit: "人次" }, actual: "120人次" });
    expect(codesOf(ok)).toEqual([]);
  });
});

describe("targets: units", () => {
  it("the actual inherits the target's unit", () => {
    expect(suggested({ target: "≥100人次", actual: 90 })).toBe("45.00");
    expect(suggested({ target: 100, actual: "90人次" })).toBe("45.00");
  });
  it("% and 百分比 are one unit; 元 ↔ 万元 ↔ 亿元 convert", () => {
    expect(suggested({ target: "≥90%", actual: "90百分比" })).toBe("50.00");
    expect(suggested({ target: "≥1万元", actual: "12,000元", note: "超额" })).toBe("50.00");
    expect(suggested({ target: "≥2万元", actual: "10000元" })).toBe("25.00");
    expect(suggested({ target: "≥0.01亿元", actual: "50万元" })).toBe("25.00");
  });
  it("count units never convert → UNIT_MISMATCH, not scored", () => {
    const r = row({ target: "≥10个", actual: "10家" });
    expect(only(r, "UNIT_MISMATCH")).toMatchObject({ severity: "warning", cell: "F11", params: { targetUnit: "个", actualUnit: "家" } });
    expect(r.indicators[0].suggested).toBeNull();
    expect(r.total.value).toBeNull();
    expect(findAll(r, "REQUIRED_MISSING")).toEqual([]);
  });
  it("95% against 0.95 is not guessed", () => {
    const r = row({ target: "≥95%", actual: 0.95 });
    expect(only(r, "UNIT_MISMATCH")).toMatchObject({ key: "UNIT_MISMATCH.fraction", params: { target: "≥95%", actual: "0.95" } });
    expect(findAll(row({ target: "≥95%", actual: pct(0.95) }), "UNIT_MISMATCH")).toEqual([]);
  });
  it("a date against a number cannot be compared", () => {
    expect(only(row({ target: "≥5", actual: { v: 44196, fmt: "yyyy/m/d" } }), "UNIT_MISMATCH").key).toBe("UNIT_MISMATCH.kind");
    expect(only(row({ target: "2020年12月前", actual: 12 }), "UNIT_MISMATCH").key).toBe("UNIT_MISMATCH.kind");
  });
  it("the user's own score still counts when the units clash", () => {
    const r = row({ target: "≥10个", actual: "10家", score: 50 });
    expect(r.indicators[0].score.value?.toString()).toBe("50");
    expect(r.total.value?.toString()).toBe("100");
  });
});

describe("targets: text where a number is needed", () => {
  it("a text actual against a numeric target → VALUE_NOT_NUMERIC.actualText, not scored silently", () => {
    const r = row({ target: "≥100人次", actual: "完成" });
    expect(only(r, "VALUE_NOT_NUMERIC")).toMatchObject({ cell: "F11", key: "VALUE_NOT_NUMERIC.actualText", params: { value: "完成" } });
    expect(r.indicators[0].suggested).toBeNull();
    expect(findAll(r, "REQUIRED_MISSING")).toEqual([]);
  });
  it("a 定量 row with a text target → VALUE_NOT_NUMERIC.targetText", () => {
    const r = row({ nature: "定量", target: "大幅提高", actual: "大幅提高" });
    expect(only(r, "VALUE_NOT_NUMERIC")).toMatchObject({ cell: "E11", key: "VALUE_NOT_NUMERIC.targetText" });
  });
  it("a 定性 label keeps a text row qualitative", () => {
    expect(problems(row({ nature: "定性", target: "有效提高", actual: "有效提高" }))).toEqual([]);
  });
  it("target ≤ 0 on a ≥ row: full points, with an info", () => {
    const r = row({ target: "≥0起", actual: "0起" });
    expect(only(r, "TARGET_NOT_POSITIVE")).toMatchObject({ severity: "info", cell: "E11", params: { target: "0" } });
    expect(r.indicators[0].suggested?.toString()).toBe("50");
  });
});
