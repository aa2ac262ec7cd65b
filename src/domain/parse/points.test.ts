import type { RawCell } from "../cells";
import { parseGrade, parsePoints, parsePrintedRate } from "./points";

const c = (value: RawCell["value"], numberFormat?: string): RawCell => ({ address: "H4", value, numberFormat });

describe("parsePoints", () => {
  it.each<[RawCell["value"], string]>([
    [10, "10"],
    ["10　", "10"],
    ["　10", "10"],
    [`10${" ".repeat(100)}　`, "10"],
    ["８", "8"],
    ["9.5分", "9.5"],
    [0, "0"],
    [-2, "-2"],
  ])("%j → %s", (v, expected) => {
    const p = parsePoints(c(v));
    expect(p.status === "ok" && p.value.toString()).toBe(expected);
  });
  it("blank and wrong type", () => {
    expect(parsePoints(c("　")).status).toBe("blank");
    expect(parsePoints(undefined).status).toBe("blank");
    expect(parsePoints(c("满分"))).toEqual({ status: "invalid", shown: "满分", error: false });
    expect(parsePoints(c("10个"))).toMatchObject({ status: "invalid" });
    expect(parsePoints(c("10以上"))).toMatchObject({ status: "invalid" });
    expect(parsePoints(c({ error: "#REF!" }))).toEqual({ status: "invalid", shown: "#REF!", error: true });
    expect(parsePoints(c(Number.NaN))).toMatchObject({ status: "invalid", error: true });
    expect(parsePoints(c(false))).toMatchObject({ status: "invalid", error: false });
  });
});

describe("parsePrintedRate", () => {
  const readings = (v: RawCell["value"], fmt?: string) => {
    const p = parsePrintedRate(c(v, fmt));
    return p.status === "ok" ? { r: p.value.readings.map(String), d: p.value.decimals } : p.status;
  };
  it("reads % formats, % texts and bare numbers (both readings)", () => {
    expect(readings(1, "0%")).toEqual({ r: ["1"], d: 0 });
    expect(readings(0.8045, "0.00%")).toEqual({ r: ["0.8045"], d: 2 });
    expect(readings("100%　")).toEqual({ r: ["1"], d: 0 });
    expect(readings("80.5%")).toEqual({ r: ["0.805"], d: 1 });
    expect(readings(100)).toEqual({ r: ["100", "1"], d: null });
    expect(readings("1")).toEqual({ r: ["1", "0.01"], d: null });
  });
  it("blank and wrong type", () => {
    expect(readings(null)).toBe("blank");
    expect(readings("很高")).toBe("invalid");
    expect(readings({ error: "#DIV/0!" })).toBe("invalid");
    expect(readings(Number.NaN)).toBe("invalid");
    expect(readings(true)).toBe("invalid");
  });
});

describe("parseGrade", () => {
  it.each([
    ["等级：优", "优"],
    ["等级:优", "优"],
    ["等级： 良", "良"],
    ["优", "优"],
    ["优秀", "优"],
    ["中", "中"],
    ["等级：差", "差"],
  ])("%j → %s", (text, grade) => {
    expect(parseGrade(c(text))).toEqual({ status: "ok", value: grade });
  });
  it("the bare caption is blank; anything else unreadable", () => {
    expect(parseGrade(c("等级：")).status).toBe("blank");
    expect(parseGrade(c("　")).status).toBe("blank");
    expect(parseGrade(c("等级：A"))).toMatchObject({ status: "invalid", shown: "等级：A" });
    expect(parseGrade(c(90))).toMatchObject({ status: "invalid" });
  });
});
