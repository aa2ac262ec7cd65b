import { dateOnOrBefore, excelSerialToDate, formatDate, parseDateText, type DateValue } from "./date";

const d = (year: number | null, month: number | null, day: number | null): DateValue => ({ year, month, day });

describe("excelSerialToDate", () => {
  it.each<[number, DateValue | null]>([
    [44196, d(2020, 12, 31)],
    [43831, d(2020, 1, 1)],
    [1, d(1900, 1, 1)],
    [61, d(1900, 3, 1)],
    [44196.75, d(2020, 12, 31)],
    [0, null],
    [-5, null],
    [Number.NaN, null],
    [1e9, null],
  ])("%d → %j", (serial, expected) => {
    expect(excelSerialToDate(serial)).toEqual(expected);
  });
});

describe("parseDateText", () => {
  it.each<[string, DateValue]>([
    ["2020年12月31日", d(2020, 12, 31)],
    ["2020年12月31日前", d(2020, 12, 31)],
    ["2020年12月前", d(2020, 12, null)],
    ["2020年12月前　", d(2020, 12, null)],
    ["2020年12月底前完成", d(2020, 12, null)],
    ["2020年12月份", d(2020, 12, null)],
    ["２０２０年１２月", d(2020, 12, null)],
    ["2020-12-31", d(2020, 12, 31)],
    ["2020/6/30", d(2020, 6, 30)],
    ["2020.12.31", d(2020, 12, 31)],
    ["2020-12", d(2020, 12, null)],
    ["2020年底前", d(2020, null, null)],
    ["2020年度", d(2020, null, null)],
    ["12月31日前", d(null, 12, 31)],
    ["6月底前", d(null, 6, null)],
    ["年底前", d(null, 12, 31)],
    ["年内", d(null, 12, 31)],
  ])("%j → %j", (text, expected) => {
    expect(parseDateText(text)).toEqual(expected);
  });
  it.each(["2020.12", "2020年13月", "2020年2月30日", "1800年", "完成", "161.4", "", "前"])("%j is no date", (text) => {
    expect(parseDateText(text)).toBeNull();
  });
});

describe("dateOnOrBefore", () => {
  it.each<[DateValue, DateValue, boolean]>([
    [d(2020, 12, 31), d(2020, 12, 31), true],
    [d(2020, 12, null), d(2020, 12, 31), true],
    [d(2020, 11, 15), d(2020, 12, null), true],
    [d(2021, 1, 5), d(2020, 12, 31), false],
    [d(2020, 12, 31), d(2020, 12, 30), false],
    [d(2019, 12, 31), d(2020, 1, 1), true],
    [d(2020, 12, 31), d(null, 12, 31), true],
    [d(null, 11, 1), d(2020, 10, null), false],
    [d(2020, null, null), d(2020, 6, null), false],
  ])("%j by %j → %s", (actual, target, expected) => {
    expect(dateOnOrBefore(actual, target)).toBe(expected);
  });
});

describe("formatDate", () => {
  it("writes the parts it has", () => {
    expect(formatDate(d(2020, 12, 31))).toBe("2020年12月31日");
    expect(formatDate(d(null, 6, null))).toBe("6月");
    expect(formatDate(d(null, null, null))).toBe("年底");
  });
});
