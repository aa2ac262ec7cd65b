import { Decimal } from "../decimal";
import type { MeasureValue } from "../parse/target";
import { inferOperator } from "./inferOperator";
import { matchUnits } from "./unitMatch";

const n = (value: string, unit = "", bare = unit === ""): Extract<MeasureValue, { kind: "number" }> => ({
  kind: "number",
  value: new Decimal(value),
  unit,
  approximate: false,
  bare,
});

describe("matchUnits (rules.md §3)", () => {
  it("same unit, or one side without a unit", () => {
    expect(matchUnits(n("5", "家"), n("4", "家"))).toMatchObject({ ok: true, unit: "家" });
    expect(matchUnits(n("100", "人次"), n("90"))).toMatchObject({ ok: true, unit: "人次" });
    expect(matchUnits(n("0.95"), n("0.9"))).toMatchObject({ ok: true, unit: "" });
  });
  it("money converts to 万元", () => {
    const m = matchUnits(n("1", "万元"), n("12000", "元"));
    expect(m.ok && [m.target.toString(), m.actual.toString(), m.unit]).toEqual(["1", "1.2", "万元"]);
    const y = matchUnits(n("0.01", "亿元"), n("100", "万元"));
    expect(y.ok && [y.target.toString(), y.actual.toString()]).toEqual(["100", "100"]);
  });
  it("count units and 万元/个 do not convert", () => {
    expect(matchUnits(n("10", "个"), n("10", "家"))).toEqual({ ok: false, reason: "unit" });
    expect(matchUnits(n("5", "万元/个"), n("5", "万元"))).toEqual({ ok: false, reason: "unit" });
  });
  it("95% against a bare 0.95 (either way round) is not guessed; a bare 0 or 95 is fine", () => {
    expect(matchUnits(n("95", "%"), n("0.95"))).toEqual({ ok: false, reason: "fraction" });
    expect(matchUnits(n("0.9"), n("95", "%"))).toEqual({ ok: false, reason: "fraction" });
    expect(matchUnits(n("95", "%"), n("0"))).toMatchObject({ ok: true });
    expect(matchUnits(n("95", "%"), n("95"))).toMatchObject({ ok: true, unit: "%" });
    expect(matchUnits(n("0.5", "%"), n("0.4"))).toMatchObject({ ok: true });
  });
});

describe("inferOperator", () => {
  it.each([
    ["培训人次", "数量", "人次", "≥"],
    ["拨付协会发展经费", "数量", "个", "≥"],
    ["培训成本", "数量", "万元", "≤"],
    ["项目结余率", "质量", "%", "≤"],
    ["群众投诉", "质量", "次", "≤"],
    ["协会经费", "成本", "万元/个", "≤"],
    ["审批办结", "时效", "个工作日", "≤"],
    ["全年资 金", "成本", "万元", "≤"],
  ])("%s under %s in %s → %s", (name, level2, unit, op) => {
    expect(inferOperator(name, level2, unit)).toBe(op);
  });
});
