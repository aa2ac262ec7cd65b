import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import * as ExcelJS from "exceljs";
import { PRODUCERS_DIR, withOddSheetNames, withPrefix, withSheetRenamed } from "../fixtures/producers/variants";
import { ensureCliBuilt, jixiao, removeTempDirs, ROOT, tempDir } from "./runJixiao";

/**
 * `jixiao score --summary-sheet`: the 汇总表 inserted into the seed workbook shows both sheets'
 * figures by formula, follows an edit once LibreOffice recalculates, and is not taken for a broken
 * evaluation sheet on the next run; the same with sheet names that need quoting and with a package
 * of another producer's conventions. Needs LibreOffice (fails without it, never passes quietly).
 */

const EXAMPLE = path.join(ROOT, "examples", "shifeng-2020.xlsx");

function soffice(): string {
  const found = spawnSync("sh", ["-c", "command -v soffice"], { encoding: "utf8" }).stdout.trim();
  if (!found) throw new Error("LibreOffice (soffice) is needed by this test: apt-get install libreoffice-calc-nogui");
  return found;
}

/**
 * A throwaway LibreOffice profile that recalculates .xlsx formulas on load (OOXMLRecalcMode 0 =
 * always); by default LibreOffice would show the cached results, and the summary has none.
 */
function recalcProfile(dir: string): string {
  mkdirSync(path.join(dir, "user"), { recursive: true });
  writeFileSync(
    path.join(dir, "user", "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  return dir;
}

/** The 汇总表 as LibreOffice computes it: rows of cells (every sheet exported, this one read). */
function summaryAsComputed(file: string, profile: string, outDir: string): string[][] {
  execFileSync(
    soffice(),
    [
      "--headless",
      `-env:UserInstallation=file://${profile}`,
      "--convert-to",
      "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
      "--outdir",
      outDir,
      file,
    ],
    { stdio: "ignore", timeout: 180_000 },
  );
  const csv = readFileSync(path.join(outDir, `${path.basename(file, ".xlsx")}-汇总表.csv`), "utf8");
  return csv.trim().split(/\r?\n/).map((l) => l.split(","));
}

let dir: string;
let scored: string;
let profile: string;

beforeAll(() => {
  ensureCliBuilt();
  soffice();
  dir = tempDir("jixiao-summary-sheet-");
  profile = recalcProfile(path.join(dir, "lo-profile"));
  scored = path.join(dir, "scored.xlsx");
  const run = jixiao(["score", EXAMPLE, "-o", scored, "--summary-sheet"]);
  // 0, or 1 for the errors the seed's overall sheet keeps; never 2 (unreadable or unwritten).
  expect([0, 1]).toContain(run.code);
}, 240_000);
afterAll(() => removeTempDirs());

describe("jixiao score --summary-sheet on the seed workbook", () => {
  it("adds a 汇总表 whose cells are formulas into the two evaluation sheets", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(scored);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["部门整体支出绩效自评表", "项目支出绩效自评表", "汇总表"]);
    const ws = wb.getWorksheet("汇总表") as ExcelJS.Worksheet;
    expect(ws.getCell("A3").formula).toBe(`HYPERLINK("#'部门整体支出绩效自评表'!A1","部门整体支出绩效自评表")`);
    expect(ws.getCell("H3").formula).toMatch(/^IF\('部门整体支出绩效自评表'!H\d+="",""/);
    expect(ws.getCell("H4").formula).toMatch(/^IF\('项目支出绩效自评表'!H\d+="",""/);
  });

  it("shows both sheets' figures once LibreOffice recalculates", () => {
    const rows = summaryAsComputed(scored, profile, path.join(dir, "first"));
    expect(rows[1]).toEqual(["工作表", "类型", "部门", "项目", "全年预算数", "全年执行数", "执行率", "总分", "等级"]);
    // The overall sheet keeps its own stated total (97: the user's cell is never overwritten).
    expect(rows[2].slice(0, 2)).toEqual(["部门整体支出绩效自评表", "部门整体"]);
    expect(rows[2].slice(4)).toEqual(["161.4", "161.4", "100%", "97", "优"]);
    expect(rows[3].slice(0, 4)).toEqual(["项目支出绩效自评表", "项目", "石峰区工商业联合会　", "非公有制中小微企业发展项目"]);
    expect(rows[3].slice(4)).toEqual(["10", "10", "100%", "98", "优"]);
  }, 240_000);

  it("follows an edit of the project sheet after recalculation", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(scored);
    const edited = await editProjectRow(wb, "项目支出绩效自评表", { executed: 8, total: 90 }, "edited.xlsx");
    const rows = summaryAsComputed(edited, profile, path.join(dir, "second"));
    expect(rows[3].slice(4)).toEqual(["10", "8", "80%", "90", "优"]);
    expect(rows[2].slice(4)).toEqual(["161.4", "161.4", "100%", "97", "优"]);
  }, 240_000);

  it("is recognised on the next run: not a broken sheet, and scoring again changes nothing", () => {
    const check = jixiao(["check", "--json", scored]);
    const report = JSON.parse(check.stdout) as { files: { sheets: { sheet: string }[] }[] };
    expect(report.files[0].sheets.map((s) => s.sheet)).toEqual(["部门整体支出绩效自评表", "项目支出绩效自评表"]);
    const before = readFileSync(scored);
    const again = jixiao(["score", scored, "--in-place", "--summary-sheet"]);
    expect([0, 1]).toContain(again.code);
    expect(again.stdout).toContain("写入 0 个单元格");
    expect(readFileSync(scored).equals(before)).toBe(true);
  });
});

/**
 * Edits the project's 全年执行数 and 总分 through the cells the 汇总表's row 4 refers to (as a user
 * would type them), and writes the workbook as `name`; returns its path.
 */
async function editProjectRow(wb: ExcelJS.Workbook, project: string, values: { executed: number; total: number }, name: string): Promise<string> {
  const summary = wb.getWorksheet("汇总表") as ExcelJS.Worksheet;
  const executedRef = /!([A-Z]+\d+)/.exec(summary.getCell("F4").formula)?.[1];
  const totalRef = /!([A-Z]+\d+)/.exec(summary.getCell("H4").formula)?.[1];
  expect(executedRef).toBeDefined();
  const sheet = wb.getWorksheet(project) as ExcelJS.Worksheet;
  sheet.getCell(executedRef as string).value = values.executed;
  sheet.getCell(totalRef as string).value = values.total;
  const edited = path.join(dir, name);
  await wb.xlsx.writeFile(edited);
  return edited;
}

describe("jixiao score --summary-sheet on workbooks that are harder to refer to", () => {
  const OVERALL = "部门 整体(2020)";
  const PROJECT = "项目 A's (2)";

  it("sheet names with a space, an apostrophe and parentheses: quoted formulas and links that LibreOffice follows", async () => {
    const input = path.join(dir, "odd-names.xlsx");
    const renamed = withSheetRenamed(withSheetRenamed(new Uint8Array(readFileSync(EXAMPLE)), "部门整体支出绩效自评表", OVERALL), "项目支出绩效自评表", PROJECT);
    writeFileSync(input, renamed);
    const out = path.join(dir, "odd-names-scored.xlsx");
    expect([0, 1]).toContain(jixiao(["score", input, "-o", out, "--summary-sheet"]).code);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const summary = wb.getWorksheet("汇总表") as ExcelJS.Worksheet;
    expect(summary.getCell("A4").formula).toBe(`HYPERLINK("#'项目 A''s (2)'!A1","项目 A's (2)")`);
    expect(summary.getCell("H4").formula).toMatch(/^IF\('项目 A''s \(2\)'!H\d+="",""/);
    const rows = summaryAsComputed(out, profile, path.join(dir, "odd-first"));
    expect(rows.slice(2).map((r) => [r[0], ...r.slice(4)])).toEqual([
      [OVERALL, "161.4", "161.4", "100%", "97", "优"],
      [PROJECT, "10", "10", "100%", "98", "优"],
    ]);

    // An edit of the project sheet shows in the 汇总表 after recalculation.
    const edited = await editProjectRow(wb, PROJECT, { executed: 5, total: 70 }, "odd-names-edited.xlsx");
    const after = summaryAsComputed(edited, profile, path.join(dir, "odd-second"));
    expect(after[3].slice(4)).toEqual(["10", "5", "50%", "70", "优"]);
  }, 480_000);

  it("a package with worksheet parts not named sheetN.xml and SpreadsheetML under an x: prefix", () => {
    const input = path.join(dir, "producer.xlsx");
    writeFileSync(input, withOddSheetNames(withPrefix(new Uint8Array(readFileSync(EXAMPLE)))));
    const out = path.join(dir, "producer-scored.xlsx");
    expect([0, 1]).toContain(jixiao(["score", input, "-o", out, "--summary-sheet"]).code);
    const rows = summaryAsComputed(out, profile, path.join(dir, "producer"));
    expect(rows.slice(2).map((r) => [r[0], ...r.slice(4)])).toEqual([
      ["部门整体支出绩效自评表", "161.4", "161.4", "100%", "97", "优"],
      ["项目支出绩效自评表", "10", "10", "100%", "98", "优"],
    ]);
    // Scoring the result again writes nothing.
    const again = jixiao(["score", out, "--in-place", "--summary-sheet"]);
    expect(again.stdout).toContain("写入 0 个单元格");
  }, 240_000);

  it("a workbook with a chart, an image, a comment and a third ordinary sheet: LibreOffice opens it and computes the 汇总表", () => {
    const out = path.join(dir, "rich-scored.xlsx");
    expect([0, 1]).toContain(jixiao(["score", path.join(PRODUCERS_DIR, "rich.xlsx"), "-o", out, "--summary-sheet"]).code);
    const rows = summaryAsComputed(out, profile, path.join(dir, "rich"));
    expect(rows.slice(2).map((r) => [r[0], ...r.slice(4)])).toEqual([
      ["部门整体支出绩效自评表", "161.4", "161.4", "100%", "97", "优"],
      ["项目支出绩效自评表", "10", "10", "100%", "98", "优"],
    ]);
  }, 240_000);
});
