import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import * as ExcelJS from "exceljs";
import { ensureCliBuilt, jixiao, removeTempDirs, ROOT, tempDir } from "./runJixiao";

/** `jixiao check` as a process: the seed's outcomes (rules.md §10), exit codes, bad files, batches. */

const EXAMPLE = path.join(ROOT, "examples", "shifeng-2020.xlsx");
const FILES = path.join(ROOT, "test", "fixtures", "files");
const BAD = ["error.corrupt.xlsx", "error.not-xlsx.xlsx", "error.encrypted.xlsx"].map((f) => path.join(FILES, f));

interface JsonDiagnostic {
  code: string;
  severity: string;
  cell: string;
  message: string;
}
interface JsonSheet {
  sheet: string;
  kind: string;
  executionRate: string | null;
  fundsScore: string | null;
  weightTotal: string | null;
  total: string | null;
  grade: string | null;
  statedTotal: string | null;
  statedGrade: string | null;
  indicators: { cell: string; name: string; weight: string | null; score: string | null; suggested: string | null }[];
  diagnostics: JsonDiagnostic[];
}
interface JsonReport {
  files: { file: string; ok: boolean; error?: string; sheets: JsonSheet[] }[];
  summary: { files: number; sheets: number; errors: number; warnings: number };
}

function sheetOf(report: JsonReport, name: string): JsonSheet {
  const sheet = report.files.flatMap((f) => f.sheets).find((s) => s.sheet === name);
  if (!sheet) throw new Error(`no sheet ${name} in the report`);
  return sheet;
}

const errorsOf = (s: JsonSheet) => s.diagnostics.filter((d) => d.severity === "error");

beforeAll(() => ensureCliBuilt(), 240_000);
afterAll(() => removeTempDirs());

describe("jixiao check --json on the seed workbook", () => {
  let run: ReturnType<typeof jixiao>;
  let report: JsonReport;
  beforeAll(() => {
    run = jixiao(["check", "--json", EXAMPLE]);
    report = JSON.parse(run.stdout) as JsonReport;
  });

  it("prints exactly one JSON document on stdout and exits 1 (the overall sheet has errors)", () => {
    expect(run.code).toBe(1);
    expect(run.stdout.trim().startsWith("{")).toBe(true);
    expect(Object.keys(report)).toEqual(["files", "summary"]);
    expect(report.files).toHaveLength(1);
    expect(report.files[0]).toMatchObject({ file: EXAMPLE, ok: false });
    expect(report.files[0].sheets.map((s) => [s.sheet, s.kind])).toEqual([
      ["部门整体支出绩效自评表", "overall"],
      ["项目支出绩效自评表", "project"],
    ]);
  });

  it("scores the project sheet 98.00 优 without errors", () => {
    const project = sheetOf(report, "项目支出绩效自评表");
    expect(project).toMatchObject({
      executionRate: "1",
      fundsScore: "10.00",
      weightTotal: "100",
      total: "98.00",
      grade: "优",
      statedTotal: "98.00",
      statedGrade: "优",
    });
    expect(errorsOf(project)).toEqual([]);
    const codes = project.diagnostics.map((d) => d.code);
    expect(codes.filter((c) => c === "JUDGEMENT_DEDUCTION")).toHaveLength(2);
    expect(project.indicators).toHaveLength(9);
    expect(project.indicators.find((i) => i.name === "协会")).toMatchObject({
      cell: "项目支出绩效自评表!D22",
      weight: "10",
      score: "9.00",
      suggested: "10.00",
    });
  });

  it("finds the overall sheet's weight, total and reason errors", () => {
    const overall = sheetOf(report, "部门整体支出绩效自评表");
    expect(overall).toMatchObject({ weightTotal: "110", total: "107.00", statedTotal: "97.00" });
    const codes = overall.diagnostics.map((d) => d.code);
    expect(codes.filter((c) => c === "WEIGHT_LEVEL1_MISMATCH")).toHaveLength(3);
    for (const code of ["WEIGHT_TOTAL_MISMATCH", "TOTAL_MISMATCH", "REASON_MISSING", "JUDGEMENT_DEDUCTION"]) {
      expect(codes).toContain(code);
    }
    expect(overall.diagnostics.find((d) => d.code === "REASON_MISSING")?.cell).toBe("部门整体支出绩效自评表!I23");
    expect(new Set(errorsOf(overall).map((d) => d.code))).toEqual(
      new Set(["WEIGHT_LEVEL1_MISMATCH", "WEIGHT_TOTAL_MISMATCH", "TOTAL_MISMATCH", "REASON_MISSING"]),
    );
  });

  it("writes numbers as decimal strings, cells as Sheet!A1 and messages in Chinese", () => {
    const sheets = report.files[0].sheets;
    for (const s of sheets) {
      for (const v of [s.executionRate, s.fundsScore, s.weightTotal, s.total, s.statedTotal]) {
        expect(v === null || (typeof v === "string" && /^-?\d+(\.\d+)?$/.test(v))).toBe(true);
      }
      for (const d of s.diagnostics) {
        expect(d.cell).toMatch(new RegExp(`^${s.sheet}!\\$?[A-Z]+\\$?\\d+$`));
        expect(d.message).toMatch(/[\u4e00-\u9fff]/);
      }
      for (const i of s.indicators) expect(i.cell).toMatch(new RegExp(`^${s.sheet}!D\\d+$`));
    }
    const all = sheets.flatMap((s) => s.diagnostics);
    expect(report.summary).toEqual({
      files: 1,
      sheets: 2,
      errors: all.filter((d) => d.severity === "error").length,
      warnings: all.filter((d) => d.severity === "warning").length,
    });
  });

  it("honours --profile: Hubei's 20 + 80 split flags the seed project's 10-point execution row", () => {
    const hubei = JSON.parse(jixiao(["check", "--json", "--profile", "hubei", EXAMPLE]).stdout) as JsonReport;
    const codes = (r: JsonReport) => sheetOf(r, "项目支出绩效自评表").diagnostics.map((d) => d.code);
    expect(codes(hubei)).toContain("WEIGHT_SPLIT_NONSTANDARD");
    expect(codes(report)).not.toContain("WEIGHT_SPLIT_NONSTANDARD");
  });
});

describe("jixiao check, readable report", () => {
  it("groups by file and sheet, in zh-CN by default, with the same counts as the JSON", () => {
    const text = jixiao(["check", EXAMPLE]);
    const json = JSON.parse(jixiao(["check", "--json", EXAMPLE]).stdout) as JsonReport;
    expect(text.code).toBe(1);
    const lines = text.stdout.split("\n");
    expect(lines[0]).toBe(EXAMPLE);
    expect(lines).toContain("  项目支出绩效自评表（项目）");
    expect(text.stdout).toContain("执行率 100.00%");
    expect(text.stdout).toContain("总分 98.00　等级 优");
    expect(text.stdout).toMatch(/\[错误\] 部门整体支出绩效自评表!I23：/);
    expect(text.stdout).toContain(`${json.summary.errors} 个错误，${json.summary.warnings} 个警告`);
  });

  it("speaks English with --lang en", () => {
    const text = jixiao(["check", "--lang", "en", EXAMPLE]);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain("  项目支出绩效自评表 (project)");
    expect(text.stdout).toMatch(/\[error\] 部门整体支出绩效自评表!I23: /);
    expect(text.stdout).toMatch(/1 file\(s\), 2 sheet\(s\): \d+ error\(s\)/);
  });
});

describe("exit codes and unreadable files", () => {
  it("exits 0 when no sheet has an error (a workbook without evaluation tables)", async () => {
    const dir = tempDir();
    const file = path.join(dir, "notes.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("说明").getCell("A1").value = "本文件只有说明";
    writeFileSync(file, new Uint8Array(await wb.xlsx.writeBuffer()));
    const run = jixiao(["check", file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("没有找到部门整体支出绩效自评表或项目支出绩效自评表");
  });

  it("reports a corrupt file, a .txt renamed .xlsx and a password-protected file, still checks the rest, exits 2", () => {
    const run = jixiao(["check", "--json", BAD[0], EXAMPLE, BAD[1], BAD[2]]);
    expect(run.code).toBe(2);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.files.map((f) => [path.basename(f.file), f.ok])).toEqual([
      ["error.corrupt.xlsx", false],
      ["shifeng-2020.xlsx", false],
      ["error.not-xlsx.xlsx", false],
      ["error.encrypted.xlsx", false],
    ]);
    const [corrupt, seed, text, encrypted] = report.files;
    expect(corrupt.error).toMatch(/^文件已损坏/);
    expect(text.error).toMatch(/^不是 \.xlsx 文件/);
    expect(encrypted.error).toContain("密码");
    expect(encrypted.error).toContain("另存为");
    expect(seed.error).toBeUndefined();
    expect(sheetOf(report, "项目支出绩效自评表").total).toBe("98.00");
    expect(report.summary.files).toBe(4);
    expect(report.summary.sheets).toBe(2);
    // Each unreadable file is also named on stderr, stdout keeping only the JSON.
    for (const bad of BAD) expect(run.stderr).toContain(bad);
  });

  it.each(BAD.map((f) => [path.basename(f), f]))("exits 2 with a message for %s alone", (_name, file) => {
    const run = jixiao(["check", file]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain(file);
    expect(run.stdout).toContain("[无法读取]");
    expect(run.stdout).toContain("1 个文件无法读取");
  });

  it("says so when a file does not exist, and still checks the others", () => {
    const run = jixiao(["check", "no-such-file.xlsx", EXAMPLE]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain("文件不存在");
    expect(run.stdout).toContain("总分 98.00");
  });
});

describe("batches", () => {
  it("checks every file of a folder and prints nothing but the report when stderr is not a terminal", () => {
    const dir = tempDir();
    for (let i = 1; i <= 6; i++) copyFileSync(EXAMPLE, path.join(dir, `单位${i}.xlsx`));
    writeFileSync(path.join(dir, "~$单位1.xlsx"), "Excel lock file");
    const run = jixiao(["check", "--json", dir]);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.summary.files).toBe(6);
    expect(report.summary.sheets).toBe(12);
    expect(report.files.map((f) => path.basename(f.file))).toEqual([1, 2, 3, 4, 5, 6].map((i) => `单位${i}.xlsx`));
    expect(run.stderr).toBe("");
  });

  it("shows no progress for a handful of files", () => {
    const run = jixiao(["check", "--json", EXAMPLE, EXAMPLE]);
    expect(run.stderr).toBe("");
  });
});

describe("usage", () => {
  it("prints help and the version", () => {
    const help = jixiao(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("jixiao check");
    expect(help.stdout).toContain("退出码");
    expect(jixiao(["check", "--help", "--lang", "en"]).stdout).toContain("Exit codes");
    const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(jixiao(["--version"]).stdout.trim()).toBe(`jixiao ${pkg.version}`);
  });

  it.each([
    [[], "请指定命令"],
    [["frobnicate"], "未知命令：frobnicate"],
    [["check"], "请指定要检查的 .xlsx 文件"],
    [["check", "--profile", "hunan", EXAMPLE], "未知的规则配置：hunan"],
    [["check", "--bogus", EXAMPLE], "未知选项：--bogus"],
    [["check", "--lang", "fr", EXAMPLE], "未知的语言：fr"],
  ])("exits 2 with a message for %j", (args, message) => {
    const run = jixiao(args as string[]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(message);
  });
});
