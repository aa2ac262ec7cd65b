/**
 * A sheet the workbook lists but whose part is missing is never dropped without a word: the text
 * report and --json name it with the reason, and the other sheet is still checked.
 */
import { readFileSync, writeFileSync } from "fs";
import * as path from "path";
import { unzipSync, zipSync } from "fflate";
import { jixiao, removeTempDirs, ROOT, tempDir } from "./runJixiao";

afterAll(removeTempDirs);

function seedWithoutSecondSheet(): string {
  const entries = unzipSync(new Uint8Array(readFileSync(path.join(ROOT, "examples", "shifeng-2020.xlsx"))));
  delete entries["xl/worksheets/sheet2.xml"];
  const file = path.join(tempDir(), "缺一张表.xlsx");
  writeFileSync(file, zipSync(entries));
  return file;
}

describe("a sheet that cannot be read", () => {
  it("is listed with its reason in the text report, and the other sheet is checked", () => {
    const run = jixiao(["check", seedWithoutSecondSheet()]);
    expect(run.stdout).toMatch(/\[警告\] 工作表「项目支出绩效自评表」无法读取，未检查（.+）：请在 Excel 或 WPS 中打开，另存为 \.xlsx 后再试/);
    expect(run.stdout).toContain("部门整体支出绩效自评表");
  });

  it("is listed in --json", () => {
    const run = jixiao(["check", "--json", seedWithoutSecondSheet()]);
    const report = JSON.parse(run.stdout) as { files: { unreadableSheets?: { sheet: string; reason: string }[]; sheets: { sheet: string }[] }[] };
    expect(report.files[0].unreadableSheets?.map((u) => [u.sheet, u.reason])).toEqual([["项目支出绩效自评表", "missingPart"]]);
    expect(report.files[0].sheets.map((s) => s.sheet)).toEqual(["部门整体支出绩效自评表"]);
  });
});
