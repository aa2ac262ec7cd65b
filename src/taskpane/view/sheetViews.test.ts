import { Decimal } from "../../domain/decimal";
import { diagnostic, resultOf } from "../testing/fixtures";
import { fixed2, NO_VALUE, percent2, sheetViews } from "./sheetViews";

describe("percent2 / fixed2", () => {
  it("shows a ratio as a percentage with 2 decimals, rounding half away from zero", () => {
    expect(percent2(new Decimal("0.95125"))).toBe("95.13%");
    expect(percent2(new Decimal("1"))).toBe("100.00%");
    expect(percent2(new Decimal("0.994"))).toBe("99.40%");
  });

  it("shows scores with 2 decimals", () => {
    expect(fixed2(new Decimal("98"))).toBe("98.00");
    expect(fixed2(new Decimal("89.995"))).toBe("90.00");
  });

  it("shows a dash when a value cannot be computed", () => {
    expect(percent2(null)).toBe(NO_VALUE);
    expect(fixed2(undefined)).toBe(NO_VALUE);
  });
});

describe("sheetViews", () => {
  it("summarises each read sheet: kind, rate, total, grade and its colour", () => {
    const [view] = sheetViews({ sheets: [{ result: resultOf({ sheetName: "项目支出绩效自评表", rate: "1", total: "98", grade: "优" }) }], broken: [] }, "zh-CN");
    expect(view).toMatchObject({
      sheetName: "项目支出绩效自评表",
      kind: "project",
      kindKey: "kind.project",
      rate: "100.00%",
      total: "98.00",
      grade: "优",
      gradeKey: "grade.优",
      gradeColor: "success",
      broken: false,
      passed: true,
    });
  });

  it("shows the sheet's own total beside the computed one only when they differ", () => {
    const check = {
      sheets: [
        { result: resultOf({ sheetName: "a", total: "107", statedTotal: "97" }) },
        { result: resultOf({ sheetName: "b", total: "98", statedTotal: "98.004" }) },
        { result: resultOf({ sheetName: "c", total: "98" }) },
      ],
      broken: [],
    };
    expect(sheetViews(check, "zh-CN").map((v) => v.statedTotal)).toEqual(["97.00", null, null]);
  });

  it("fails a sheet with an error or a warning, but not one with notes only", () => {
    const views = sheetViews(
      {
        sheets: [
          { result: resultOf({ sheetName: "A", diagnostics: [diagnostic("A", "H21", "error")] }) },
          { result: resultOf({ sheetName: "B", diagnostics: [diagnostic("B", "H21", "warning")] }) },
          { result: resultOf({ sheetName: "C", diagnostics: [diagnostic("C", "H21", "info")] }) },
        ],
        broken: [],
      },
      "zh-CN",
    );
    expect(views.map((v) => [v.sheetName, v.passed])).toEqual([
      ["A", false],
      ["B", false],
      ["C", true],
    ]);
    expect(views[2].counts).toEqual({ error: 0, warning: 0, info: 1 });
  });

  it("lists unreadable sheets after the read ones, without figures and never passed", () => {
    const views = sheetViews(
      {
        sheets: [{ result: resultOf({ sheetName: "项目" }) }],
        broken: [{ sheetName: "部门整体", kind: "overall", diagnostics: [diagnostic("部门整体", "A1", "error", "TABLE_NOT_FOUND")] }],
      },
      "en",
    );
    expect(views.map((v) => v.sheetName)).toEqual(["项目", "部门整体"]);
    expect(views[1]).toMatchObject({ broken: true, kindKey: "kind.overall", rate: NO_VALUE, total: NO_VALUE, grade: null, gradeKey: "grade.none", passed: false });
  });

  it("tells a template not filled in yet from an unreadable sheet, still without figures and never passed", () => {
    const unfilled = { sheetName: "项目支出绩效自评表", kind: "project" as const, unfilled: true as const, diagnostics: [diagnostic("项目支出绩效自评表", "D14", "error", "TEMPLATE_UNFILLED")] };
    const [view] = sheetViews({ sheets: [], broken: [unfilled] }, "zh-CN");
    expect(view).toMatchObject({ broken: true, unfilled: true, total: NO_VALUE, grade: null, passed: false });
    const [other] = sheetViews({ sheets: [], broken: [{ ...unfilled, unfilled: undefined }] }, "zh-CN");
    expect(other.unfilled).toBeUndefined();
  });

  it("shows dashes and no grade when the engine could not compute them", () => {
    const [view] = sheetViews({ sheets: [{ result: resultOf({ sheetName: "X", rate: null, total: null, grade: null }) }], broken: [] }, "zh-CN");
    expect([view.rate, view.total, view.gradeKey, view.gradeColor]).toEqual([NO_VALUE, NO_VALUE, "grade.none", "informative"]);
  });
});

describe("sheetViews: issue 13", () => {
  const view = (result: Parameters<typeof sheetViews>[0]["sheets"][number]["result"]) => sheetViews({ sheets: [{ result }], broken: [] }, "zh-CN")[0];

  it("a sheet with errors shows its grade neutral and provisional", () => {
    const r = { ...resultOf({ sheetName: "部门整体支出绩效自评表", rate: "1", total: "107", grade: "优" }), gradeProvisional: true };
    expect(view(r)).toMatchObject({ grade: "优", gradeColor: "informative", gradeProvisional: true });
    expect(view({ ...r, gradeProvisional: false })).toMatchObject({ gradeColor: "success", gradeProvisional: false });
  });
  it("lists the project header fields with their labels", () => {
    const r = { ...resultOf({ sheetName: "项目支出绩效自评表", rate: "1", total: "98", grade: "优" }), header: [{ field: "projectLead" as const, cell: "B5", text: "张三" }] };
    expect(view(r).header).toEqual([{ key: "header.projectLead", text: "张三" }]);
  });
});
