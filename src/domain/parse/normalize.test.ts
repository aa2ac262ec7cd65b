import { cellDisplay, cellText, compactText, normalizeText, stripThousands } from "./normalize";

describe("normalizeText", () => {
  it.each([
    ["１６１．４", "161.4"],
    ["９５％", "95%"],
    ["＞＝９０", ">=90"],
    ["10\u3000", "10"],
    ["\u3000 52家 ", "52家"],
    ["产出\n指标\n(50分)", "产出 指标 (50分)"],
    ["a\u00a0\u00a0b", "a b"],
    ["", ""],
  ])("%j → %j", (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });
});

describe("compactText", () => {
  it("drops every space and line break", () => {
    expect(compactText("全年资 金")).toBe("全年资金");
    expect(compactText("可持续影响\n指标")).toBe("可持续影响指标");
  });
});

describe("stripThousands", () => {
  it.each([
    ["1,234,567.8", "1234567.8"],
    ["12,34", "12,34"],
    ["1,2345", "1,2345"],
    ["做好,促进", "做好,促进"],
  ])("%j → %j", (input, expected) => {
    expect(stripThousands(input)).toBe(expected);
  });
});

describe("cellText / cellDisplay", () => {
  it("reads text, numbers, and nothing from errors or booleans", () => {
    expect(cellText(" 优\u3000")).toBe("优");
    expect(cellText(161.4)).toBe("161.4");
    expect(cellText(Number.NaN)).toBe("");
    expect(cellText({ error: "#N/A" })).toBe("");
    expect(cellText(true)).toBe("");
    expect(cellText(null)).toBe("");
  });
  it("shows what the user would recognise, shortened when long", () => {
    expect(cellDisplay({ error: "#DIV/0!" })).toBe("#DIV/0!");
    expect(cellDisplay(false)).toBe("FALSE");
    expect(cellDisplay(0.95)).toBe("0.95");
    expect(cellDisplay(null)).toBe("");
    expect(cellDisplay("字".repeat(50))).toBe(`${"字".repeat(40)}…`);
  });
});
