import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, renameSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { ensureCliBuilt, jixiao, removeTempDirs, ROOT, tempDir } from "./runJixiao";

/** Issue 14: a folder tree with subfolders, an .xls and a .csv — every file is listed, checked or with its reason. */

jest.setTimeout(300_000);
beforeAll(() => ensureCliBuilt(), 240_000);
afterAll(() => removeTempDirs());

const EXAMPLE = path.join(ROOT, "examples", "shifeng-2020.xlsx");

interface JsonFile {
  file: string;
  ok: boolean;
  error?: string;
  sheets: { sheet: string; total: string | null }[];
}

it("checks a folder tree: the .xlsx at the top, an .xls and a .csv in subfolders, each listed", () => {
  expect(spawnSync("sh", ["-c", "command -v soffice"]).status).toBe(0);
  const root = tempDir();
  const sub = path.join(root, "二级单位");
  const deeper = path.join(sub, "往年");
  mkdirSync(deeper, { recursive: true });
  copyFileSync(EXAMPLE, path.join(root, "本级.xlsx"));
  // A real .xls, as a finance system exports it: the example saved by LibreOffice in Excel 97 format.
  const work = tempDir();
  const profile = `-env:UserInstallation=file://${path.join(work, "lo-profile")}`;
  const xls = spawnSync("soffice", [profile, "--headless", "--norestore", "--convert-to", "xls", "--outdir", work, EXAMPLE], { timeout: 240_000 });
  expect(xls.status).toBe(0);
  renameSync(path.join(work, "shifeng-2020.xls"), path.join(deeper, "2020.xls"));
  writeFileSync(path.join(sub, "明细.csv"), "项目,金额\n协会经费,10\n");

  const run = jixiao(["check", "--json", root]);
  const report = JSON.parse(run.stdout) as { files: JsonFile[] };
  const listed = report.files.map((f) => path.relative(root, f.file)).sort();
  expect(listed).toEqual(["本级.xlsx", path.join("二级单位", "往年", "2020.xls"), path.join("二级单位", "明细.csv")].sort());
  const byName = new Map(report.files.map((f) => [path.basename(f.file), f]));
  // The .xls is converted and checked like the .xlsx it came from; the .csv holds no 自评表 and says so.
  expect(byName.get("本级.xlsx")?.sheets.map((s) => s.total)).toEqual(["107.00", "98.00"]);
  expect(byName.get("2020.xls")?.sheets.map((s) => s.total)).toEqual(["107.00", "98.00"]);
  expect(byName.get("明细.csv")?.sheets).toEqual([]);
  const text = jixiao(["check", root]).stdout;
  expect(text).toContain(`${path.join(root, "二级单位", "明细.csv")}\n  [已转换]`);
  expect(text).toContain("没有找到部门整体支出绩效自评表或项目支出绩效自评表");
  // The example's own errors are errors: exit 1, not 0 and not the unreadable 2.
  expect(run.code).toBe(1);
});
