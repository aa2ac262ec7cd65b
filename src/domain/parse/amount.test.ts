import type { RawCell } from "../cells";
import { amountUnitFromHeading, amountUnitOf, parseAmount, type AmountOutcome } from "./amount";

const c = (value: RawCell["value"]): RawCell => ({ address: "D4", value });
const ok = (o: AmountOutcome) => (o.status === "ok" ? o.value.toString() : o.status);

describe("amountUnitFromHeading", () => {
  it.each([
    ["资金情况（万元）", "万元"],
    ["资金情况\n（万元）", "万元"],
    ["年度项目资金（元）", "元"],
    ["年度项目资金(亿元)", "亿元"],
    ["资金情况 单位：元", "元"],
    ["资金情况", "万元"],
    ["", "万元"],
  ])("%j → %s", (heading, unit) => {
    expect(amountUnitFromHeading(heading)).toBe(unit);
  });
});

describe("parseAmount", () => {
  it("happy path: numbers and number texts, in 万元", () => {
    expect(ok(parseAmount(c(161.4), "万元"))).toBe("161.4");
    expect(ok(parseAmount(c("161.4　"), "万元"))).toBe("161.4");
    expect(ok(parseAmount(c("１，６１４，０００"), "元"))).toBe("161.4");
    expect(ok(parseAmount(c(1614000), "元"))).toBe("161.4");
    expect(ok(parseAmount(c(1.5), "亿元"))).toBe("15000");
  });
  it("a unit typed in the cell beats the heading's", () => {
    expect(ok(parseAmount(c("161.4万元"), "元"))).toBe("161.4");
    expect(ok(parseAmount(c("5000元"), "万元"))).toBe("0.5");
  });
  it("marks 余/约 as approximate", () => {
    const o = parseAmount(c("292万余元"), "万元");
    expect(o).toMatchObject({ status: "ok", approximate: true });
    expect(ok(o)).toBe("292");
  });
  it("blank: null, empty and full-width spaces", () => {
    for (const v of [null, "", "　", " \u3000 "]) expect(parseAmount(c(v), "万元")).toEqual({ status: "blank" });
    expect(parseAmount(undefined, "万元")).toEqual({ status: "blank" });
  });
  it("wrong type: text, other units, errors, booleans, non-finite numbers", () => {
    expect(parseAmount(c("待定"), "万元")).toEqual({ status: "invalid", shown: "待定", error: false });
    expect(parseAmount(c("3个"), "万元")).toEqual({ status: "invalid", shown: "3个", error: false });
    expect(parseAmount(c({ error: "#DIV/0!" }), "万元")).toEqual({ status: "invalid", shown: "#DIV/0!", error: true });
    expect(parseAmount(c(true), "万元")).toMatchObject({ status: "invalid", error: false });
    expect(parseAmount(c(Number.POSITIVE_INFINITY), "万元")).toMatchObject({ status: "invalid", error: true });
  });
  it("knows the three money units only", () => {
    expect(amountUnitOf("元")).toBe("元");
    expect(amountUnitOf("万元")).toBe("万元");
    expect(amountUnitOf("亿元")).toBe("亿元");
    expect(amountUnitOf("万元/个")).toBeNull();
    expect(amountUnitOf("家")).toBeNull();
  });
});

describe("amounts written with their unit (issue 13)", () => {
  it.each<[RawCell["value"], "元" | "万元" | "亿元", string]>([
    ["150万", "万元", "150"],
    ["125.25万", "万元", "125.25"],
    ["4753.66万元", "万元", "4753.66"],
    ["1,500,000元", "万元", "150"],
    ["1,500,000", "元", "150"],
    ["0.015亿元", "万元", "150"],
    ["1.5亿", "万元", "15000"],
    ["¥150.00", "万元", "150"],
    ["￥1,500,000.00", "元", "150"],
    ["人民币150万元", "元", "150"],
    ["１５０万元", "元", "150"],
    ["150万元整", "万元", "150"],
  ])("%j under a %s heading → %s 万元", (value, unit, wan) => {
    expect(ok(parseAmount(c(value), unit))).toBe(wan);
  });
  it("remembers the unit typed in the cell, and only then", () => {
    const typed = parseAmount(c("150万"), "元");
    expect(typed.status === "ok" && typed.typedUnit).toBe("万元");
    const bare = parseAmount(c("150"), "元");
    expect(bare.status === "ok" && bare.typedUnit).toBeUndefined();
  });
  it("still refuses other units", () => {
    expect(ok(parseAmount(c("150个"), "万元"))).toBe("invalid");
  });
});
