import { seedOverallInput, seedProjectInput } from "../../test/fixtures/seedInputs";
import { formatDiagnostic } from "../i18n/formatDiagnostic";
import type { Diagnostic } from "./diagnostics";
import { evaluateSheet } from "./evaluate";

/** rules.md §10: the seed's own sheets, as a check. */

const picture = (ds: readonly Diagnostic[], severity: Diagnostic["severity"]) =>
  ds.filter((d) => d.severity === severity).map((d) => `${d.code}@${d.cell}`);

describe("seed project sheet (附件2)", () => {
  const r = evaluateSheet(seedProjectInput);

  it("weights 10 + 50 + 30 + 10 = 100; total 98.00; 优", () => {
    expect(r.weightTotal.toString()).toBe("100");
    expect(r.total.value?.toFixed(2)).toBe("98.00");
    expect(r.grade.value).toBe("优");
    expect(r.statedTotal?.toString()).toBe("98");
    expect(r.statedGrade).toBe("优");
  });
  it("no error, no warning", () => {
    expect(picture(r.diagnostics, "error")).toEqual([]);
    expect(picture(r.diagnostics, "warning")).toEqual([]);
  });
  it("judgement deductions with reasons are infos: 可持续影响 4 of 5, satisfaction 9 of 10", () => {
    expect(picture(r.diagnostics, "info")).toEqual(["OPERATOR_INFERRED@E14", "JUDGEMENT_DEDUCTION@H21", "JUDGEMENT_DEDUCTION@H22"]);
    // One note for the sheet's targets without an operator, each cell kept as a detail.
    const inferred = r.diagnostics.find((d) => d.code === "OPERATOR_INFERRED");
    expect(inferred?.key).toBe("OPERATOR_INFERRED.cells");
    expect(inferred?.details?.map((d) => d.cell)).toEqual(["E14", "E17", "E22"]);
    const sat = r.indicators.find((i) => i.nameCell === "D22");
    expect([sat?.entered?.toString(), sat?.suggested?.toString()]).toEqual(["9", "10"]);
  });
  it("keeps every entered score and the rule's suggestion beside it", () => {
    expect(r.indicators.map((i) => `${i.entered}/${i.suggested}`)).toEqual(["20/20", "10/10", "10/10", "10/10", "10/10", "10/10", "5/5", "4/5", "9/10"]);
    expect(r.indicators.every((i) => i.score.owner === "user")).toBe(true);
  });
  it("funds: 10 of 10 at 100%; 年初预算数 and the sub-rows' 全年执行数 blank, not itemised", () => {
    expect(r.funds?.executionRate?.value?.toString()).toBe("1");
    expect(r.funds?.score?.value?.toString()).toBe("10");
  });
});

describe("seed overall sheet (附件1)", () => {
  const r = evaluateSheet(seedOverallInput);

  it("errors exactly as rules.md §10 says", () => {
    expect(picture(r.diagnostics, "error")).toEqual([
      "WEIGHT_LEVEL1_MISMATCH@B11",
      "WEIGHT_LEVEL1_MISMATCH@B19",
      "WEIGHT_LEVEL1_MISMATCH@B23",
      "REASON_MISSING@I23",
      "WEIGHT_TOTAL_MISMATCH@G24",
      "TOTAL_MISMATCH@H24",
    ]);
  });
  it("产出 75 vs 50, 效益 20 vs 30, 满意度 5 vs 10; all weights 110", () => {
    const level1 = r.diagnostics.filter((d) => d.code === "WEIGHT_LEVEL1_MISMATCH").map((d) => [d.params.heading, d.params.stated, d.params.sum]);
    expect(level1).toEqual([
      ["产出指标", "50", "75"],
      ["效益指标", "30", "20"],
      ["满意度指标", "10", "5"],
    ]);
    expect(r.diagnostics.find((d) => d.code === "WEIGHT_TOTAL_MISMATCH")?.params).toEqual({ sum: "110", expected: "100" });
    expect(r.weightTotal.toString()).toBe("110");
  });
  it("row scores add to 107 against a printed 97", () => {
    expect(r.diagnostics.find((d) => d.code === "TOTAL_MISMATCH")?.params).toEqual({ printed: "97.00", sum: "107.00" });
    expect(r.total.value?.toString()).toBe("107");
    expect(r.statedTotal?.toString()).toBe("97");
    expect(r.grade.value).toBe("优");
  });
  it("satisfaction 95%/95% scored 4 of 5 with no reason: REASON_MISSING, not also SCORE_MISMATCH", () => {
    expect(r.diagnostics.filter((d) => d.cell === "H23" || d.cell === "I23").map((d) => d.code)).toEqual(["REASON_MISSING"]);
  });
  it("联络帮扶 8 of 10 with a reason: JUDGEMENT_DEDUCTION", () => {
    expect(r.diagnostics.find((d) => d.code === "JUDGEMENT_DEDUCTION")).toMatchObject({ cell: "H14", params: { entered: "8.00", computed: "10.00" } });
  });
  it("the duplicated fragment in 可持续影响 is caught by the general repeated-clause check", () => {
    expect(picture(r.diagnostics, "warning")).toEqual(["TEXT_REPEATED@D22"]);
    expect(r.diagnostics.find((d) => d.code === "TEXT_REPEATED")?.params.fragment).toBe("调服务，助力民营企业发展");
  });
  it("its grade is provisional while it has errors; the project sheet's is not", () => {
    expect(r.gradeProvisional).toBe(true);
    expect(evaluateSheet(seedProjectInput).gradeProvisional).toBe(false);
  });
  it("one OPERATOR_INFERRED note for the sheet, listing its seven cells", () => {
    const inferred = r.diagnostics.filter((d) => d.code === "OPERATOR_INFERRED");
    expect(inferred).toHaveLength(1);
    expect(inferred[0].details?.map((d) => d.cell)).toEqual(["E11", "E12", "E13", "E14", "E18", "E19", "E23"]);
    expect(inferred[0].params).toEqual({ count: 7, cells: "E11、E12、E13、E14、E18、E19、E23" });
  });
  it("names its cells in Chinese and English", () => {
    const d = r.diagnostics.find((x) => x.code === "REASON_MISSING");
    if (!d) throw new Error("REASON_MISSING expected");
    expect(formatDiagnostic(d, "zh-CN")).toBe("部门整体支出绩效自评表!I23：得分4.00低于分值5，请填写偏差原因分析及改进措施。");
    expect(formatDiagnostic(d, "en")).toBe("部门整体支出绩效自评表!I23: The score 4.00 is below the weight 5: fill in the deviation analysis and improvement measures.");
  });
});
