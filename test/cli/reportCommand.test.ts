import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, readFileSync, statSync } from "node:fs";
import * as path from "node:path";
import { EXAMPLE_FILE } from "../fixtures/makeExample";
import { docxText } from "../report/docxText";
import { ensureCliBuilt, jixiao, removeTempDirs, ROOT, tempDir } from "./runJixiao";

/** `jixiao report` as a process: default names, no silent overwrite, and LibreOffice opens the result. */

beforeAll(() => ensureCliBuilt(), 240_000);
afterAll(() => removeTempDirs());

function exampleIn(dir: string): string {
  const book = path.join(dir, "book.xlsx");
  copyFileSync(path.join(ROOT, EXAMPLE_FILE), book);
  return book;
}

describe("jixiao report", () => {
  it("drafts 自评报告（草稿）.docx beside the input, and keeps an existing one unless --force", async () => {
    const dir = tempDir();
    const book = exampleIn(dir);
    const first = jixiao(["report", book]);
    const out = path.join(dir, "自评报告（草稿）.docx");
    expect(first.stderr).toBe("");
    expect(first.code).toBe(1); // a draft: errors left in the tables
    expect(first.stdout).toContain(`已生成自评报告草稿 → ${out}`);
    const text = await docxText(new Uint8Array(readFileSync(out)));
    expect(text).toContain("全年预算数161.4万元");

    const before = statSync(out).mtimeMs;
    const again = jixiao(["report", book]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("文件已存在");
    expect(statSync(out).mtimeMs).toBe(before);

    const forced = jixiao(["report", book, "--force", "--lang", "en"]);
    expect(forced.code).toBe(1);
    expect(forced.stdout).toContain("Draft report written");
  }, 120_000);

  it("writes where -o says, and refuses a workbook without tables", () => {
    const dir = tempDir();
    const book = exampleIn(dir);
    const out = path.join(dir, "报告.docx");
    expect(jixiao(["report", book, "-o", out]).code).toBe(1);
    expect(existsSync(out)).toBe(true);
    const none = jixiao(["report", path.join(ROOT, "package.json"), "-o", path.join(dir, "x.docx")]);
    expect(none.code).toBe(2);
    expect(existsSync(path.join(dir, "x.docx"))).toBe(false);
  }, 120_000);

  it("gives a file LibreOffice converts to PDF: portrait body, landscape attachments", () => {
    const dir = tempDir();
    const book = exampleIn(dir);
    const out = path.join(dir, "report.docx");
    expect(jixiao(["report", book, "-o", out]).code).toBe(1);
    // The tool is required: without it this test fails rather than passing quietly.
    expect(spawnSync("sh", ["-c", "command -v soffice"], { encoding: "utf8" }).status).toBe(0);
    const profile = `file://${path.join(dir, "lo-profile")}`;
    const r = spawnSync("soffice", [`-env:UserInstallation=${profile}`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", dir, out], {
      encoding: "utf8",
      timeout: 180_000,
    });
    expect(r.status).toBe(0);
    const pdf = readFileSync(path.join(dir, "report.pdf")).toString("latin1");
    expect(pdf.startsWith("%PDF")).toBe(true);
    const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => Number(m[1]) - Number(m[2]));
    // A4 portrait pages (width < height) for the report, landscape ones (width > height) for the tables.
    expect(boxes.filter((d) => d < 0).length).toBeGreaterThanOrEqual(2);
    expect(boxes.filter((d) => d > 0).length).toBeGreaterThanOrEqual(2);
  }, 240_000);
});
