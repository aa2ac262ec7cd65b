import type { Diagnostic } from "../domain/diagnostics";
import { checkWorkbook } from "../layout/checkWorkbook";
import { chizhouProject } from "../../test/fixtures/projectHeader";
import { seedGrids } from "../../test/fixtures/seedGrids";
import { exitCodeOf, fileErrorMessage, jsonReport, printable, reportSummary, textReport, type FileOutcome } from "./report";

const seedCheck = checkWorkbook(seedGrids);
const seed: FileOutcome = {
  file: "石峰区.xlsx",
  ok: true,
  // Tab order: project first here, so the report must follow it rather than the check's order.
  sheetNames: ["项目支出绩效自评表", "说明", "部门整体支出绩效自评表"],
  check: seedCheck,
  truncated: [],
};

const missingTable: Diagnostic = {
  code: "TABLE_NOT_FOUND",
  severity: "error",
  sheet: "项目2",
  cell: "A1",
  key: "TABLE_NOT_FOUND",
  params: {},
};
const broken: FileOutcome = {
  file: "坏表.xlsx",
  ok: true,
  sheetNames: ["项目2"],
  check: { sheets: [], broken: [{ sheetName: "项目2", kind: "project", diagnostics: [missingTable] }] },
  truncated: [{ sheetName: "项目2", rows: 1_048_576, columns: 300 }],
};
const unreadable: FileOutcome = { file: "密码.xlsx", ok: false, error: { reason: "encrypted", detail: "OLE" } };

describe("jsonReport", () => {
  it("lists sheets in tab order with decimal strings and Sheet!A1 cells", () => {
    const report = jsonReport([seed], "zh-CN");
    const [file] = report.files;
    expect(file.sheets.map((s) => s.sheet)).toEqual(["项目支出绩效自评表", "部门整体支出绩效自评表"]);
    expect(file.sheets[0]).toMatchObject({ kind: "project", total: "98.00", grade: "优", weightTotal: "100" });
    expect(file.ok).toBe(false);
    const cells = file.sheets.flatMap((s) => [...s.diagnostics.map((d) => d.cell), ...s.indicators.map((i) => i.cell)]);
    expect(cells.every((c) => /^(项目支出绩效自评表|部门整体支出绩效自评表)!\$?[A-Z]+\$?\d+$/.test(c))).toBe(true);
  });

  it("gives a table it could not read nulls and its diagnostics", () => {
    const [file] = jsonReport([broken], "en").files;
    expect(file.sheets).toEqual([
      {
        sheet: "项目2",
        kind: "project",
        executionRate: null,
        fundsScore: null,
        weightTotal: null,
        total: null,
        grade: null,
        statedTotal: null,
        statedGrade: null,
        gradeProvisional: true,
        indicators: [],
        diagnostics: [expect.objectContaining({ code: "TABLE_NOT_FOUND", severity: "error", cell: "项目2!A1" })],
      },
    ]);
  });

  it("marks the seed's overall grade provisional (it has errors) and keeps OPERATOR_INFERRED's cells as details", () => {
    const [file] = jsonReport([seed], "zh-CN").files;
    const overall = file.sheets.find((s) => s.kind === "overall");
    const project = file.sheets.find((s) => s.kind === "project");
    expect([overall?.gradeProvisional, project?.gradeProvisional]).toEqual([true, false]);
    const inferred = overall?.diagnostics.filter((d) => d.code === "OPERATOR_INFERRED") ?? [];
    expect(inferred).toHaveLength(1);
    expect(inferred[0].details?.map((d) => d.cell)).toHaveLength(7);
    expect(inferred[0].details?.[0].message).toContain("未写比较符号");
  });

  it("says 待更正 beside the grade of a sheet with errors, and only there", () => {
    const text = textReport([seed], "zh-CN");
    expect(text).toContain("总分 107.00　等级 优（待更正）");
    expect(text).toContain("总分 98.00　等级 优\n");
  });

  it("gives a project table's header fields", () => {
    const outcome: FileOutcome = { file: "池州.xlsx", ok: true, sheetNames: ["项目支出绩效自评表"], check: checkWorkbook([chizhouProject]), truncated: [] };
    const [sheet] = jsonReport([outcome], "zh-CN").files[0].sheets;
    expect(sheet.header).toMatchObject({ projectName: "委托业务项目", projectLead: "张三", totalInvestment: "90", period: "2022.1-12" });
  });

  it("reports an unreadable file with its message and no sheets", () => {
    const report = jsonReport([unreadable, seed], "zh-CN");
    expect(report.files[0]).toEqual({ file: "密码.xlsx", ok: false, error: fileErrorMessage(unreadable.error, "zh-CN"), sheets: [] });
    expect(report.summary).toMatchObject({ files: 2, sheets: 2 });
    expect(Object.keys(report.summary)).toEqual(["files", "sheets", "errors", "warnings"]);
  });
});

describe("exitCodeOf", () => {
  it("is 0 without errors, 1 with errors, 2 when a file could not be read", () => {
    const clean: FileOutcome = { ...seed, check: { sheets: seedCheck.sheets.filter((s) => s.result.kind === "project"), broken: [] } };
    expect(exitCodeOf([clean])).toBe(0);
    expect(exitCodeOf([clean, seed])).toBe(1);
    expect(exitCodeOf([clean, seed, unreadable])).toBe(2);
    expect(reportSummary([clean, seed, unreadable]).unreadable).toBe(1);
  });
});

describe("textReport", () => {
  it("says when a sheet was cut to size and when a table could not be read", () => {
    const text = textReport([broken], "zh-CN");
    expect(text).toContain("工作表「项目2」太大（1048576 行 × 300 列），只读取了前 100000 行、200 列");
    expect(text).toContain("未能读出这张表");
    expect(text).toContain("[错误] 项目2!A1：");
  });

  it("keeps cell text from driving the terminal", () => {
    expect(printable("总分\u001b[2J\u0007清屏\r\n✅ 校验通过")).toBe("总分\\u001B[2J\\u0007清屏\\u000D\\u000A✅ 校验通过");
    expect(printable("权重\u202E01\u2066\u061C\u009b")).toBe("权重\\u202E01\\u2066\\u061C\\u009B");
    const evil: FileOutcome = { ...unreadable, file: "a\u001b]0;pwned\u0007.xlsx" };
    expect(textReport([evil], "en")).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
  });
});

describe("hidden sheets", () => {
  it("says when a scored sheet is hidden or very hidden, in text and in JSON", () => {
    const hiddenSheets = new Map([
      ["项目支出绩效自评表", "veryHidden"],
      ["部门整体支出绩效自评表", "hidden"],
    ] as const);
    const text = textReport([{ ...seed, hiddenSheets }], "zh-CN");
    expect(text).toContain("[警告] 工作表「项目支出绩效自评表」被深度隐藏");
    expect(text).toContain("[警告] 工作表「部门整体支出绩效自评表」是隐藏的");
    expect(textReport([seed], "zh-CN")).not.toContain("隐藏");
    expect(jsonReport([{ ...seed, hiddenSheets }], "en").files[0].sheets.map((s) => s.visibility)).toEqual(["veryHidden", "hidden"]);
    expect(jsonReport([seed], "en").files[0].sheets[0]).not.toHaveProperty("visibility");
  });
});

describe("fileErrorMessage", () => {
  it("turns file-system codes into plain words", () => {
    expect(fileErrorMessage({ reason: "io", detail: "ENOENT" }, "zh-CN")).toBe("文件不存在");
    expect(fileErrorMessage({ reason: "io", detail: "EACCES" }, "en")).toBe("No permission to read the file");
    expect(fileErrorMessage({ reason: "tooLarge", detail: "120.0" }, "zh-CN")).toContain("120.0 MB");
    expect(fileErrorMessage({ reason: "encrypted", detail: "" }, "en")).toContain("password");
  });
});
