/**
 * (c) Language: zh-CN by default, English on a switch that is remembered, and back. Every string
 * shown in either language must come from that language's catalogues.
 */
import { join } from "path";
import type { Browser } from "playwright-core";
import { launchChromium, openPage, screenshot, type OpenedPage } from "./support/chromium";
import { expectShownTextFromCatalogues } from "./support/shownText";
import { serveDir, type StaticServer } from "./support/staticServer";
import { ROOT, SEED_XLSX } from "./support/workbooks";

const PROJECT = "项目支出绩效自评表";

let server: StaticServer;
let browser: Browser;
let opened: OpenedPage | undefined;

beforeAll(async () => {
  [server, browser] = await Promise.all([serveDir(join(ROOT, "dist")), launchChromium()]);
});

afterAll(async () => {
  await opened?.context.close();
  await browser?.close();
  await server?.close();
});

describe("language", () => {
  it("is zh-CN by default, switches to English and back, and remembers the choice", async () => {
    opened = await openPage(browser, `${server.url}/index.html`, { origin: server.url, viewport: { width: 900, height: 900 }, locale: "zh-CN" });
    const { page, errors } = opened;
    const english = page.getByRole("switch", { name: "English" });
    await english.waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("zh-CN");
    await page.locator('input[type="file"]').setInputFiles(SEED_XLSX);
    const grade = page.locator(`article[data-sheet="${PROJECT}"] [data-metric="grade"]`);
    await grade.filter({ hasText: "优" }).waitFor();
    await expectShownTextFromCatalogues(page, "zh-CN");

    // To English: the controls, the cards and the diagnostics all follow, and nothing Chinese
    // is left but the user's own data.
    await english.click();
    await page.getByRole("button", { name: "Open .xlsx files" }).waitFor();
    await grade.filter({ hasText: "Excellent" }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    const shown = await expectShownTextFromCatalogues(page, "en");
    expect(shown.texts.filter((t) => /[\u4e00-\u9fff]/.test(t))).toEqual([]);
    expect(shown.diagnostics.length).toBeGreaterThan(0);
    await screenshot(page, "standalone-seed-en");

    // Remembered: a reload opens in English.
    await page.reload();
    await page.getByRole("button", { name: "Open .xlsx files" }).waitFor();
    expect(await page.getByRole("switch", { name: "English" }).isChecked()).toBe(true);

    // And back to Chinese, from the keyboard.
    await page.getByRole("switch", { name: "English" }).focus();
    await page.keyboard.press("Space");
    await page.getByRole("button", { name: "打开 .xlsx 文件" }).waitFor();
    await expectShownTextFromCatalogues(page, "zh-CN");
    await page.reload();
    await page.getByRole("button", { name: "打开 .xlsx 文件" }).waitFor();
    expect(errors).toEqual([]);
  });

  it("follows the browser's language when nothing is remembered", async () => {
    const o = await openPage(browser, `${server.url}/index.html`, { origin: server.url, locale: "en-US" });
    await o.page.getByRole("button", { name: "Open .xlsx files" }).waitFor();
    await expectShownTextFromCatalogues(o.page, "en");
    await o.context.close();
  });
});
