import { canonicalUnit, parseNumberText } from "./number";

describe("parseNumberText", () => {
  it.each<[string, string, string, boolean, string | null]>([
    ["52家", "52", "家", false, null],
    ["　52家", "52", "家", false, null],
    ["161.4万元　", "161.4", "万元", false, null],
    ["292万余元", "292", "万元", true, null],
    ["约300人", "300", "人", true, null],
    ["100多家", "100", "家", true, null],
    ["95%", "95", "%", false, null],
    ["９５％", "95", "%", false, null],
    ["95 百分比", "95", "%", false, null],
    ["1,234.5", "1234.5", "", false, null],
    ["１，２３４", "1234", "", false, null],
    ["-5%", "-5", "%", false, null],
    ["−3", "-3", "", false, null],
    ["+2", "2", "", false, null],
    ["-0", "0", "", false, null],
    [".5", "0.5", "", false, null],
    ["5万元/个", "5", "万元/个", false, null],
    ["95%以上", "95", "%", false, "≥"],
    ["5%以内", "5", "%", false, "≤"],
    ["3天及以下", "3", "天", false, "≤"],
    ["10分", "10", "分", false, null],
  ])("%j → %s %j approx=%s op=%s", (text, value, unit, approximate, op) => {
    const n = parseNumberText(text);
    expect(n).not.toBeNull();
    expect(n?.value.toString()).toBe(value);
    expect(n?.unit).toBe(unit);
    expect(n?.approximate).toBe(approximate);
    expect(n?.suffixOperator).toBe(op);
  });

  it.each(["完成", "不断提高", "2020年12月前", "2020.1-12", "3次5人", "", "%", "第1季度", "1次会议，参会人员达到预期水平并且完成了所有工作"])(
    "%j is not a number",
    (text) => {
      expect(parseNumberText(text)).toBeNull();
    },
  );
});

describe("canonicalUnit", () => {
  it("treats %, ％, 百分比 and 个百分点 as one unit", () => {
    for (const u of ["%", "％", "百分比", "个百分点", "%的群众"]) expect(canonicalUnit(u)).toBe("%");
    expect(canonicalUnit(" 人 次")).toBe("人次");
  });
});
