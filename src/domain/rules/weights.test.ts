import { BASE_ROWS, evaluate, findAll, only, problems, sheetOf, withRow, type RowSpec } from "../../../test/domain/builders";

const rows = (specs: RowSpec[], profile: "national" | "hubei" | "sichuan" = "national", fundsWeight: number | null = 10) =>
  evaluate(sheetOf({ rows: specs, funds: { weight: fundsWeight } }), profile);

describe("weights: WEIGHT_INVALID", () => {
  it("text, zero or negative 分值 → WEIGHT_INVALID; no cascade into sums", () => {
    const text = evaluate(withRow({ weight: "五十" }));
    expect(only(text, "WEIGHT_INVALID")).toMatchObject({ severity: "error", cell: "G11", key: "WEIGHT_INVALID", params: { value: "五十" } });
    expect(findAll(text, "WEIGHT_TOTAL_MISMATCH")).toEqual([]);
    expect(findAll(text, "WEIGHT_LEVEL1_MISMATCH")).toEqual([]);
    expect(text.indicators[0].suggested).toBeNull();
    for (const w of [0, -5]) {
      expect(only(evaluate(withRow({ weight: w })), "WEIGHT_INVALID")).toMatchObject({ key: "WEIGHT_INVALID.nonPositive", params: { value: String(w) } });
    }
  });
  it("an Excel error in 分值 is VALUE_NOT_NUMERIC, not both", () => {
    const r = evaluate(withRow({ weight: { error: "#REF!" } }));
    expect(only(r, "VALUE_NOT_NUMERIC").cell).toBe("G11");
    expect(findAll(r, "WEIGHT_INVALID")).toEqual([]);
  });
});

describe("weights: stated points of a heading", () => {
  it("Σ 分值 under 产出指标(50分) ≠ 50 → WEIGHT_LEVEL1_MISMATCH on the heading", () => {
    const r = evaluate(withRow({ weight: 40, note: "x" }));
    expect(only(r, "WEIGHT_LEVEL1_MISMATCH")).toMatchObject({ cell: "B11", params: { heading: "产出指标", stated: "50", sum: "40" } });
  });
  it("sums over several rows under one merged heading cell", () => {
    const r = rows([
      { ...BASE_ROWS[0], weight: 25 },
      { ...BASE_ROWS[0], name: "培训场次", target: "≥5场", actual: "5场", weight: 25 },
      BASE_ROWS[1],
      BASE_ROWS[2],
    ]);
    expect(problems(r)).toEqual([]);
  });
  it("a second-level heading that states points is checked too", () => {
    const r = evaluate(withRow({ level2: "数量指标（20分）" }));
    expect(only(r, "WEIGHT_LEVEL1_MISMATCH")).toMatchObject({ key: "WEIGHT_LEVEL1_MISMATCH.level2", cell: "C11", params: { stated: "20", sum: "50" } });
  });
  it("half points are fine", () => {
    const r = rows([{ ...BASE_ROWS[0], level1: "产出指标(49.5分)", weight: 49.5 }, { ...BASE_ROWS[1], level1: "效益指标(30.5分)", weight: 30.5 }, BASE_ROWS[2]]);
    expect(findAll(r, "WEIGHT_LEVEL1_MISMATCH")).toEqual([]);
  });
});

describe("weights: WEIGHT_TOTAL_MISMATCH", () => {
  it("Σ 分值 + execution 分值 ≠ 总分's 分值 → error on the footer's 分值", () => {
    const r = rows([{ ...BASE_ROWS[0], level1: "产出指标", weight: 60 }, BASE_ROWS[1], BASE_ROWS[2]]);
    expect(only(r, "WEIGHT_TOTAL_MISMATCH")).toMatchObject({ severity: "error", cell: "G14", params: { sum: "110", expected: "100" } });
    expect(r.weightTotal.toString()).toBe("110");
  });
  it("a blank footer 分值 means the profile's 100", () => {
    const r = evaluate(sheetOf({ rows: [{ ...BASE_ROWS[0], level1: "产出指标", weight: 60 }, BASE_ROWS[1], BASE_ROWS[2]], footer: { weight: null } }));
    expect(only(r, "WEIGHT_TOTAL_MISMATCH").params.expected).toBe("100");
  });
});

describe("weights: WEIGHT_SPLIT_NONSTANDARD (profile setting)", () => {
  const shifted = [
    { ...BASE_ROWS[0], level1: "产出指标", weight: 40 },
    { ...BASE_ROWS[1], level1: "效益指标", weight: 40 },
    BASE_ROWS[2],
  ];
  it("national: a split other than 50/30/10/10 warns per part", () => {
    const r = rows(shifted);
    expect(findAll(r, "WEIGHT_SPLIT_NONSTANDARD").map((d) => [d.cell, d.params.actual, d.params.standard])).toEqual([
      ["B11", "40", "50"],
      ["B12", "40", "30"],
    ]);
    expect(findAll(r, "WEIGHT_SPLIT_NONSTANDARD").every((d) => d.severity === "warning")).toBe(true);
  });
  it("Sichuan (10 + 90 free) is silent", () => {
    expect(findAll(rows(shifted, "sichuan"), "WEIGHT_SPLIT_NONSTANDARD")).toEqual([]);
  });
  it("Hubei (20 + 80) wants 20 for execution", () => {
    const r = rows([{ ...BASE_ROWS[0], level1: "产出指标", weight: 40 }, { ...BASE_ROWS[1], level1: "效益指标" }, BASE_ROWS[2]], "hubei", 20);
    expect(problems(r)).toEqual([]);
    const ten = rows(shifted, "hubei", 10);
    expect(only(ten, "WEIGHT_SPLIT_NONSTANDARD")).toMatchObject({ key: "WEIGHT_SPLIT_NONSTANDARD.budget", cell: "F4", params: { actual: "10", standard: "20" } });
  });
  it("stated points stand for their part, so a heading mismatch is not reported twice", () => {
    const r = evaluate(withRow({ weight: 40, note: "x" }));
    expect(findAll(r, "WEIGHT_SPLIT_NONSTANDARD")).toEqual([]);
  });
});

describe("weights: structure", () => {
  it("a second level under the wrong first level → LEVEL2_UNKNOWN", () => {
    const r = evaluate(withRow({ level2: "经济效益指标" }));
    expect(only(r, "LEVEL2_UNKNOWN")).toMatchObject({ severity: "warning", cell: "C11", params: { level2: "经济效益指标", level1: "产出指标" } });
    expect(only(evaluate(withRow({ level2: "进度指标" })), "LEVEL2_UNKNOWN").params.level2).toBe("进度指标");
  });
  it("accepts the standard names in their usual spellings", () => {
    for (const level2 of ["数量指标", "数量", "质量 指标", "时效指标", "成本指标"]) {
      expect(findAll(evaluate(withRow({ level2 })), "LEVEL2_UNKNOWN")).toEqual([]);
    }
  });
  it("an unknown first level → LEVEL2_UNKNOWN.level1", () => {
    expect(only(evaluate(withRow({ level1: "管理指标(50分)" })), "LEVEL2_UNKNOWN")).toMatchObject({ key: "LEVEL2_UNKNOWN.level1", cell: "B11", params: { level1: "管理指标" } });
  });
});
