import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import * as ExcelJS from "exceljs";
import { ensureCliBuilt, removeTempDirs, ROOT, tempDir } from "./runJixiao";

/**
 * `jixiao check DIR --summary`: a tree of mixed files (subfolders, .xls/.et/.csv with and without
 * LibreOffice, a corrupt file, a FIFO and a link to /dev/zero) lists every file; the summary
 * workbook reads back in LibreOffice with the JSON's figures; text from submissions stays text.
 * Needs LibreOffice (`soffice`): without it these tests fail, they never pass quietly.
 */

const EXAMPLE = path.join(ROOT, "examples", "shifeng-2020.xlsx");
const BIN = path.join(ROOT, "bin", "jixiao.js");
const CORRUPT = path.join(ROOT, "test", "fixtures", "files", "error.corrupt.xlsx");

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** jixiao with a chosen PATH (without LibreOffice's folder: the "no soffice" machine). */
function jixiaoWith(args: readonly string[], envPath: string | undefined): Run {
  const env = { ...process.env, PATH: envPath ?? process.env.PATH ?? "" };
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8", timeout: 300_000, env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function soffice(): string {
  const found = spawnSync("sh", ["-c", "command -v soffice"], { encoding: "utf8" }).stdout.trim();
  if (!found) throw new Error("LibreOffice (soffice) is needed by this test: apt-get install libreoffice-calc-nogui");
  return found;
}

/** LibreOffice converts `file` to `format` in `outDir` (a private profile, so runs do not collide). */
function convert(file: string, format: string, outDir: string, profile: string, infilter?: string): void {
  const filter = infilter ? [`--infilter=${infilter}`] : [];
  execFileSync(soffice(), ["--headless", `-env:UserInstallation=file://${profile}`, ...filter, "--convert-to", format, "--outdir", outDir, file], {
    stdio: "ignore",
    timeout: 180_000,
  });
}

interface JsonRow {
  file: string;
  converted: string | null;
  status: string;
  sheet: string | null;
  department: string | null;
  project: string | null;
  budget: string | null;
  executed: string | null;
  executionRate: string | null;
  total: string | null;
  statedTotal: string | null;
  grade: string | null;
  gradeProvisional: boolean;
  errors: number;
  warnings: number;
  problems: string[];
}
interface JsonReport {
  files: { file: string; ok: boolean; error?: string; converted?: string; sheets: { sheet: string; total: string | null }[] }[];
  summary: { files: number; sheets: number };
  table: JsonRow[];
}

/** A copy of the seed whose 部门名称 (and the overall sheet's) reads like a formula. */
async function seedWithDepartment(department: string, file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(EXAMPLE);
  // The seed types 部门名称 in C2 (merged C2:I2) of both sheets.
  for (const ws of wb.worksheets) ws.getCell("C2").value = department;
  await wb.xlsx.writeFile(file);
}

let tree: string;
let work: string;
const profile = () => path.join(work, "lo-profile");

beforeAll(async () => {
  ensureCliBuilt();
  work = tempDir("jixiao-summary-");
  tree = path.join(work, "tree");
  mkdirSync(path.join(tree, "区财政局", "二级单位"), { recursive: true });
  mkdirSync(path.join(tree, "旧格式"), { recursive: true });
  copyFileSync(EXAMPLE, path.join(tree, "石峰区.xlsx"));
  copyFileSync(EXAMPLE, path.join(tree, "区财政局", "二级单位", "下属单位.xlsx"));
  copyFileSync(CORRUPT, path.join(tree, "区财政局", "损坏.xlsx"));
  await seedWithDepartment("=1+1", path.join(tree, "区财政局", "公式部门.xlsx"));
  // A real .xls of the seed, made by LibreOffice; a WPS .et is the same Excel 97 format inside.
  const xlsDir = path.join(work, "xls");
  convert(EXAMPLE, "xls", xlsDir, profile());
  copyFileSync(path.join(xlsDir, "shifeng-2020.xls"), path.join(tree, "旧格式", "老表.xls"));
  copyFileSync(path.join(xlsDir, "shifeng-2020.xls"), path.join(tree, "旧格式", "金山表.et"));
  writeFileSync(path.join(tree, "旧格式", "导出.csv"), "项目,金额\n=1+1,2\n@SUM(1),3\n");
  writeFileSync(path.join(tree, "说明.docx"), "not a spreadsheet");
  writeFileSync(path.join(tree, "~$石峰区.xlsx"), "Excel lock file");
}, 300_000);
afterAll(() => removeTempDirs());

describe("a tree of mixed files, with LibreOffice", () => {
  let run: Run;
  let report: JsonReport;
  let summary: string;
  beforeAll(() => {
    summary = path.join(work, "汇总.xlsx");
    run = jixiaoWith(["check", "--json", tree, "--summary", summary], undefined);
    report = JSON.parse(run.stdout) as JsonReport;
  }, 300_000);

  it("lists every spreadsheet of every subfolder, and nothing else", () => {
    expect(run.code).toBe(2);
    const listed = report.files.map((f) => path.relative(tree, f.file));
    expect(listed).toEqual([
      "石峰区.xlsx",
      path.join("区财政局", "公式部门.xlsx"),
      path.join("区财政局", "损坏.xlsx"),
      path.join("区财政局", "二级单位", "下属单位.xlsx"),
      path.join("旧格式", "导出.csv"),
      path.join("旧格式", "老表.xls"),
      path.join("旧格式", "金山表.et"),
    ]);
  });

  it("checks the .xls and the .et through a converted copy, with the seed's figures, and says so", () => {
    for (const name of ["老表.xls", "金山表.et"]) {
      const file = report.files.find((f) => f.file.endsWith(name));
      expect(file?.converted).toBe(name.endsWith(".et") ? "et" : "xls");
      expect(file?.sheets.map((s) => [s.sheet, s.total])).toEqual([
        ["部门整体支出绩效自评表", "107.00"],
        ["项目支出绩效自评表", "98.00"],
      ]);
      const row = report.table.find((r) => r.file.endsWith(name) && r.sheet === "项目支出绩效自评表");
      expect(row?.converted).toBe(file?.converted);
    }
  });

  it("names the corrupt file with the reason", () => {
    const bad = report.files.find((f) => f.file.endsWith("损坏.xlsx"));
    expect(bad?.ok).toBe(false);
    expect(bad?.error).toMatch(/^文件已损坏/);
    expect(report.table[0].file).toBe(bad?.file);
    expect(report.table[0].status).toBe("unreadable");
  });

  it("has one row per evaluation sheet, worst first, with provisional grades where errors remain", () => {
    const sheets = report.table.filter((r) => r.sheet !== null);
    expect(sheets).toHaveLength(report.summary.sheets);
    const errors = report.table.map((r) => r.errors);
    const read = report.table.filter((r) => r.status === "read");
    for (let i = 1; i < read.length; i++) expect(read[i - 1].errors).toBeGreaterThanOrEqual(read[i].errors);
    expect(errors.length).toBe(report.table.length);
    const overall = report.table.find((r) => r.file.endsWith("石峰区.xlsx") && r.sheet === "部门整体支出绩效自评表");
    expect(overall).toMatchObject({ department: "石峰区工商业联合会", total: "107.00", statedTotal: "97.00", grade: "优", gradeProvisional: true });
    expect(overall?.problems).toHaveLength(3);
    const project = report.table.find((r) => r.file.endsWith("石峰区.xlsx") && r.sheet === "项目支出绩效自评表");
    expect(project).toMatchObject({ total: "98.00", grade: "优", gradeProvisional: false, errors: 0 });
  });

  it("writes a summary workbook that LibreOffice reads back with the JSON's figures, formula-like text as text", () => {
    const out = path.join(work, "lo-out");
    convert(summary, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", out, profile());
    const csvFile = readdirSync(out).find((f) => f.includes("汇总") && f.endsWith(".csv"));
    expect(csvFile).toBeDefined();
    const lines = readFileSync(path.join(out, csvFile as string), "utf8").trim().split(/\r?\n/);
    expect(lines[0]).toContain("全年预算数（万元）");
    expect(lines).toHaveLength(report.table.length + 1);
    lines.slice(1).forEach((line, i) => {
      const row = report.table[i];
      const cells = line.split(",");
      expect(cells[0]).toBe(row.file);
      const n = (s: string) => (s === "" ? null : Number(s.replace(/%$/, "")) / (s.endsWith("%") ? 100 : 1));
      expect(n(cells[6])).toBe(row.budget === null ? null : Number(row.budget));
      expect(n(cells[7])).toBe(row.executed === null ? null : Number(row.executed));
      expect(n(cells[8])).toBe(row.executionRate === null ? null : Number(row.executionRate));
      expect(n(cells[9])).toBe(row.total === null ? null : Number(row.total));
      expect(n(cells[10])).toBe(row.statedTotal === null ? null : Number(row.statedTotal));
      expect(Number(cells[12])).toBe(row.errors);
    });
    // The department typed as "=1+1" is shown as typed, not computed to 2.
    const injected = lines.filter((l) => l.includes("公式部门.xlsx"));
    expect(injected.length).toBeGreaterThan(0);
    for (const l of injected) expect(l.split(",")[3]).toBe("=1+1");
  });
});

describe("the same tree without LibreOffice", () => {
  it("lists the .xls, .et and .csv as unreadable with the fix, and checks the rest", () => {
    // A PATH holding node and nothing else: no soffice on it.
    const nodeOnly = tempDir("jixiao-path-");
    symlinkSync(process.execPath, path.join(nodeOnly, "node"));
    expect(readdirSync(nodeOnly)).toEqual(["node"]);
    const run = jixiaoWith(["check", "--json", tree], nodeOnly);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.files).toHaveLength(7);
    for (const name of ["导出.csv", "老表.xls", "金山表.et"]) {
      const f = report.files.find((x) => x.file.endsWith(name));
      expect(f?.ok).toBe(false);
      expect(f?.error).toContain("另存为 .xlsx");
      expect(f?.error).toContain("LibreOffice");
    }
    expect(report.files.find((x) => x.file.endsWith("下属单位.xlsx"))?.sheets).toHaveLength(2);
  });
});

describe("the .csv summary", () => {
  it("guards text that looks like a formula with an apostrophe, and LibreOffice shows it as text", () => {
    const csv = path.join(work, "汇总.csv");
    const run = jixiaoWith(["check", path.join(tree, "区财政局"), "--summary", csv], undefined);
    expect(run.code).toBe(2);
    const text = readFileSync(csv, "utf8");
    expect(text.startsWith("\uFEFF")).toBe(true);
    expect(text).toContain(",'=1+1,");
    const out = path.join(work, "lo-csv");
    // Opened as UTF-8 CSV, the way a reviewer's LibreOffice opens it.
    convert(csv, "xlsx", out, profile(), "CSV:44,34,76,1");
    convert(path.join(out, "汇总.xlsx"), "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false", path.join(out, "back"), profile());
    const back = readFileSync(path.join(out, "back", "汇总.csv"), "utf8");
    const departments = back.split(/\r?\n/).filter((l) => l.includes("公式部门")).map((l) => l.split(",")[3]);
    expect(departments.length).toBeGreaterThan(0);
    // Kept as the text '=1+1 (the guard is visible, the formula is not evaluated to 2).
    for (const d of departments) expect(d).toBe("'=1+1");
  });

  it("refuses to overwrite an existing summary without --force, before checking anything", () => {
    const csv = path.join(work, "已有.csv");
    writeFileSync(csv, "keep me");
    const run = jixiaoWith(["check", tree, "--summary", csv], undefined);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("--force");
    expect(readFileSync(csv, "utf8")).toBe("keep me");
  });
});

describe("files that are not files", () => {
  it("refuses a FIFO and a link to /dev/zero named .xlsx without reading them", () => {
    const dir = tempDir();
    const fifo = path.join(dir, "管道.xlsx");
    execFileSync("mkfifo", [fifo]);
    const zero = path.join(dir, "无尽.xlsx");
    symlinkSync("/dev/zero", zero);
    copyFileSync(EXAMPLE, path.join(dir, "正常.xlsx"));
    // A bounded-time guard only (spawn timeout): a hang or a 13 GB read fails the run.
    const r = spawnSync(process.execPath, [BIN, "check", "--json", fifo, zero, dir], { encoding: "utf8", timeout: 60_000 });
    expect(r.error).toBeUndefined();
    expect(r.status).toBe(2);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.files.map((f) => [path.basename(f.file), f.ok])).toEqual([
      ["管道.xlsx", false],
      ["无尽.xlsx", false],
      ["无尽.xlsx", false],
      ["正常.xlsx", false],
      ["管道.xlsx", false],
    ]);
    expect(report.files[0].error).toContain("不是普通文件（FIFO）");
    expect(report.files[1].error).toContain("不是普通文件（device）");
    expect(report.files[3].sheets).toHaveLength(2);
  });
});
