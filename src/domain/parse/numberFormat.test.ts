import { formatUnit, isDateFormat, isPercentFormat, percentDecimals } from "./numberFormat";

describe("number formats", () => {
  it.each([
    ["0%", true],
    ["0.00%", true],
    ['0"%"', false],
    ["General", false],
    [undefined, false],
  ])("isPercentFormat(%j) = %s", (fmt, expected) => {
    expect(isPercentFormat(fmt)).toBe(expected);
  });
  it("counts the decimals a percent format shows", () => {
    expect(percentDecimals("0%")).toBe(0);
    expect(percentDecimals("0.0%")).toBe(1);
    expect(percentDecimals("0.00%")).toBe(2);
  });
  it.each([
    ["yyyy/m/d", true],
    ['yyyy"年"m"月"d"日"', true],
    ["m/d/yy", true],
    ["[$-F800]dddd, mmmm dd, yyyy", true],
    ["mmm", true],
    ["General", false],
    ["0.00", false],
    ["h:mm", false],
    ['0"天"', false],
    ["@", false],
    [undefined, false],
  ])("isDateFormat(%j) = %s", (fmt, expected) => {
    expect(isDateFormat(fmt)).toBe(expected);
  });
  it("reads a unit written into the format", () => {
    expect(formatUnit('0"万元"')).toBe("万元");
    expect(formatUnit('#,##0.00"家";-#,##0.00"家"')).toBe("家");
    expect(formatUnit("0.00")).toBe("");
    expect(formatUnit('yyyy"年"')).toBe("");
    expect(formatUnit(undefined)).toBe("");
  });
});
