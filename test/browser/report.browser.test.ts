/**
 * The checker's 起草自评报告 button: the report engine loads as a chunk of its own on the click,
 * the browser downloads the .docx, and the file holds the seed's figures.
 */
import { readFileSync, mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { Browser } from "playwright-core";
import { docxText } from "../report/docxText";
import { launchChromium, openPage, screenshot, type OpenedPage } from "./support/chromium";
import { serveDir, type StaticServer } from "./support/staticServer";
import { ROOT, SEED_XLSX } from "./support/workbooks";
import { downloadFrom } from "./support/download";

let server: StaticServer;
let browser: Browser;
const opened: OpenedPage[] = [];

beforeAll(async () => {
  [server, browser] = await Promise.all([serveDir(join(ROOT, "dist")), launchChromium()]);
});

afterAll(async () => {
  for (const o of opened.splice(0)) await o.context.close();
  await browser?.close();
  await server?.close();
});

describe("the checker's report button", () => {
  it("downloads 自评报告（草稿）.docx with the tables' figures, loading docx only when clicked", async () => {
    const o = await openPage(browser, `${server.url}/index.html`, { origin: server.url, viewport: { width: 900, height: 900 } });
    opened.push(o);
    const { page, errors, external } = o;
    await page.getByRole("button", { name: "打开 .xlsx 文件" }).waitFor();
    await page.locator('input[type="file"]').setInputFiles(SEED_XLSX);
    const button = page.locator('section[data-book="shifeng-2020.xlsx"] [data-action="report"]');
    await button.waitFor();
    const scriptsBefore = server.requests.filter((r) => r.endsWith(".js")).length;
    const download = await downloadFrom(page, () => button.click(), "自评报告（草稿）.docx");
    // The click fetched at least one more script: the report chunk, not part of the page's start.
    expect(server.requests.filter((r) => r.endsWith(".js")).length).toBeGreaterThan(scriptsBefore);
    expect(download.suggestedFilename()).toBe("自评报告（草稿）.docx");
    const saved = join(mkdtempSync(join(tmpdir(), "jixiao-")), "report.docx");
    await download.saveAs(saved);
    const text = await docxText(new Uint8Array(readFileSync(saved)));
    expect(text).toContain("全年预算数161.4万元");
    expect(text).toContain("项目自评得分98.00分，等级为“优”");
    await page.getByText("已下载“自评报告（草稿）.docx”", { exact: false }).waitFor();
    await screenshot(page, "checker-report-downloaded");
    expect({ errors, external }).toEqual({ errors: [], external: [] });
  }, 120_000);
});
