import type { RawCell } from "../cells";
import type { ValueInput } from "../input";
import { parseMeasure, type Measure } from "./target";

const single = (value: RawCell["value"], numberFormat?: string): ValueInput => ({
  kind: "single",
  cell: { address: "E11", value, numberFormat },
});

/** A compact picture of a measure: kind, value, unit, operator, direction. */
function picture(m: Measure): string {
  const v = m.value;
  const body =
    v.kind === "number"
      ? `number ${v.value.toString()}${v.unit ? ` ${v.unit}` : ""}${v.approximate ? " ~" : ""}${v.bare ? " bare" : ""}`
      : v.kind === "date"
        ? `date ${v.date.year ?? "?"}-${v.date.month ?? "?"}-${v.date.day ?? "?"}`
        : v.kind === "text"
          ? `text ${v.text}`
          : v.kind === "error"
            ? `error ${v.shown}`
            : "blank";
  return [body, m.operator, m.direction].filter(Boolean).join(" | ");
}

describe("parseMeasure, one cell", () => {
  it.each<[RawCell["value"], string | undefined, string]>([
    ["≥95%", undefined, "number 95 % | ≥"],
    ["＞＝９５％", undefined, "number 95 % | ≥"],
    ["不低于90%", undefined, "number 90 % | ≥"],
    ["95%以上", undefined, "number 95 % | ≥"],
    ["≤5天", undefined, "number 5 天 | ≤"],
    ["=100%", undefined, "number 100 % | ="],
    ["正向指标：≥95%", undefined, "number 95 % | ≥ | 正向"],
    ["反向 ≥5", undefined, "number 5 bare | ≥ | 反向"],
    ["反向 5次", undefined, "number 5 次 | 反向"],
    ["52家", undefined, "number 52 家"],
    ["292万余元", undefined, "number 292 万元 ~"],
    ["1,234", undefined, "number 1234 bare"],
    [0.95, "0%", "number 95 %"],
    [1, "0.00%", "number 100 %"],
    [0.95, "General", "number 0.95 bare"],
    [161.4, undefined, "number 161.4 bare"],
    [5, '0"万元"', "number 5 万元"],
    [44196, 'yyyy"年"m"月"d"日"', "date 2020-12-31"],
    [44196, "yyyy/m/d", "date 2020-12-31"],
    ["2020年12月前", undefined, "date 2020-12-?"],
    ["≤2020年12月31日", undefined, "date 2020-12-31 | ≤"],
    ["不断提高　", undefined, "text 不断提高"],
    ["已圆满完成　", undefined, "text 已圆满完成"],
    [true, undefined, "text TRUE"],
    [null, undefined, "blank"],
    ["　", undefined, "blank"],
    ["≥", undefined, "blank | ≥"],
    [{ error: "#DIV/0!" }, undefined, "error #DIV/0!"],
    [Number.NaN, undefined, "error NaN"],
    [-1, "yyyy/m/d", "error -1"],
  ])("%j (%s) → %s", (value, fmt, expected) => {
    expect(picture(parseMeasure(single(value, fmt)))).toBe(expected);
  });

  it("keeps the cell and shows the value as the sheet does", () => {
    const m = parseMeasure(single(0.95, "0%"));
    expect(m.cell).toBe("E11");
    expect(m.operatorCell).toBe("E11");
    expect(m.shown).toBe("95%");
    expect(parseMeasure(single("　52家")).shown).toBe("52家");
    expect(parseMeasure(single(44196, "yyyy/m/d")).shown).toBe("2020年12月31日");
  });
});

describe("parseMeasure, split 指标性质 | 指标值 | 度量单位", () => {
  const split = (nature: RawCell["value"] | undefined, value: RawCell["value"], unit?: RawCell["value"], fmt?: string): ValueInput => ({
    kind: "split",
    nature: nature === undefined ? undefined : { address: "J11", value: nature },
    value: { address: "K11", value, numberFormat: fmt },
    unit: unit === undefined ? undefined : { address: "L11", value: unit },
  });
  it.each<[ValueInput, string]>([
    [split("≥", 95, "%"), "number 95 % | ≥"],
    [split("大于等于", "95", "%"), "number 95 % | ≥"],
    [split("≤", 5, "天"), "number 5 天 | ≤"],
    [split("正向", 100, "人次"), "number 100 人次 | 正向"],
    [split("反向指标", 3, "起"), "number 3 起 | 反向"],
    [split("≥", 0.95, "%", "0%"), "number 95 % | ≥"],
    [split(undefined, 10, "个"), "number 10 个"],
    [split("定性", "及时", undefined), "text 及时"],
    [split("=", "", "%"), "blank | ="],
  ])("%j → %s", (input, expected) => {
    expect(picture(parseMeasure(input))).toBe(expected);
  });
  it("reads the operator from the 指标性质 cell, the value from the 指标值 cell", () => {
    const m = parseMeasure(split("≥", 95, "%"));
    expect(m.operatorCell).toBe("J11");
    expect(m.cell).toBe("K11");
    expect(m.shown).toBe("95%");
    expect(parseMeasure(split("定性", "及时")).nature).toBe("定性");
    expect(parseMeasure(split("定量", 3, "次")).nature).toBe("定量");
    expect(parseMeasure(split(undefined, 3, "次")).operatorCell).toBe("K11");
  });
});
