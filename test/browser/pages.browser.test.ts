/**
 * The built pages as Excel and a locked-down network meet them: the ribbon's first click, Office.js
 * blocked or hanging, the bundled (intranet) Office.js, each page's Content-Security-Policy, and
 * the dialog that shows catalogue messages by key only.
 * dist/ is the production build; build/dist-local the same with `--env officejs=local`
 * (both written by `npm run test:browser`).
 */
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import type { Browser } from "playwright-core";
import { bundleFixture } from "./support/fakeOfficeBundle";
import { eventually } from "./support/eventually";
import { launchChromium, openPage, type OpenedPage } from "./support/chromium";
import { serveDir, type StaticServer } from "./support/staticServer";
import { ROOT, SEED_XLSX } from "./support/workbooks";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const policy = require("../../scripts/pagePolicy") as { pageCsp(kind: string, officeJs?: string): string };

const DIST = join(ROOT, "dist");
const DIST_LOCAL = join(ROOT, "build", "dist-local");
const PROJECT = "项目支出绩效自评表";

let server: StaticServer;
let local: StaticServer;
let browser: Browser;
let officeJs: string;
const opened: OpenedPage[] = [];

beforeAll(async () => {
  [officeJs, server, local, browser] = await Promise.all([
    bundleFixture(join(__dirname, "fixtures", "fakeOfficeExcel.ts"), "fake-office-excel"),
    serveDir(DIST),
    serveDir(DIST_LOCAL),
    launchChromium(),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await local?.close();
});

afterEach(async () => {
  for (const o of opened.splice(0)) await o.context.close();
});

async function open(url: string, setup: Parameters<typeof openPage>[2]): Promise<OpenedPage> {
  const o = await openPage(browser, url, setup);
  opened.push(o);
  return o;
}

const win = <T>(o: OpenedPage, name: string) => o.page.evaluate((n) => (window as unknown as Record<string, unknown>)[n], name) as Promise<T>;

describe("the ribbon's Insert template", () => {
  it("works on the first click, made as soon as the scripts have run and before onReady resolves", async () => {
    const o = await open(`${server.url}/taskpane.html?ribbon=early`, { origin: server.url, officeJs });
    await eventually("the ribbon command to complete", () => win<string[]>(o, "__ribbon"), ["completed"]);
    const inserted = await o.page.evaluate(() => {
      const host = (window as unknown as { __fakeExcel: { sheets: { name: string }[]; cell(s: string, a: string): { value: unknown } | undefined } }).__fakeExcel;
      const sheet = host.sheets[host.sheets.length - 1].name;
      return { count: host.sheets.length, sheet, title: String(host.cell(sheet, "A1")?.value ?? "") };
    });
    expect(inserted.count).toBe(3);
    expect(inserted.sheet.startsWith(PROJECT)).toBe(true);
    expect(inserted.title).toMatch(/^\d{4}年度项目支出绩效自评表$/);
    expect(await win<string[]>(o, "__dialogs")).toEqual([]);
    // The pane still starts once onReady resolves.
    await o.page.getByRole("button", { name: "校验并评分" }).waitFor();
    expect(o.errors).toEqual([]);
    expect(o.csp).toEqual([]);
  });
});

describe("Office.js unreachable", () => {
  it("a hanging request: the pane says so within 10 s (Chinese first), never blank, never the checker", async () => {
    const o = await open(`${server.url}/taskpane.html`, { origin: server.url, officeJsHangs: true });
    const alert = o.page.getByRole("alert").filter({ hasText: "无法加载 Office.js" });
    await alert.waitFor({ timeout: 10_000 });
    const text = (await alert.textContent()) ?? "";
    expect(text.indexOf("无法加载 Office.js")).toBeLessThan(text.indexOf("Office.js (Microsoft"));
    expect(text).toContain("appsforoffice.microsoft.com");
    expect(await o.page.getByRole("link", { name: "不在 Excel 中使用？打开独立校验页面" }).getAttribute("href")).toBe("index.html");
    expect(o.csp).toEqual([]);
  });
});

describe("Office.js bundled (--env officejs=local)", () => {
  it("the built pane loads Office.js from its own folder and asks nothing of the outside", async () => {
    const html = readFileSync(join(DIST_LOCAL, "taskpane.html"), "utf8");
    expect(html).not.toMatch(/appsforoffice|https?:\/\//);
    expect(html).toContain('<script src=office-js/office.js></script>');
    expect(existsSync(join(DIST_LOCAL, "office-js", "office.js"))).toBe(true);
    const o = await open(`${local.url}/taskpane.html`, { origin: local.url });
    await o.page.waitForFunction(() => typeof (window as unknown as { Office?: unknown }).Office !== "undefined");
    expect(local.requests).toContain("GET /office-js/office.js");
    expect(o.external).toEqual([]);
    expect(o.csp).toEqual([]);
  });
});

describe("Content-Security-Policy", () => {
  const metaCsp = (html: string) => /<meta http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html)?.[1];

  it("every built page declares its policy, and no page has an inline script", () => {
    const pages: [string, string, string][] = [
      ["index.html", "checker", "cdn"],
      ["taskpane.html", "pane", "cdn"],
      ["dialog.html", "dialog", "cdn"],
    ];
    for (const [file, kind, mode] of pages) {
      const html = readFileSync(join(DIST, file), "utf8");
      expect({ file, csp: metaCsp(html) }).toEqual({ file, csp: policy.pageCsp(kind, mode) });
      expect({ file, inline: html.match(/<script(?![^>]*\bsrc=)[^>]*>/g) ?? [] }).toEqual({ file, inline: [] });
    }
    expect(metaCsp(readFileSync(join(DIST_LOCAL, "taskpane.html"), "utf8"))).toBe(policy.pageCsp("pane", "local"));
    expect(policy.pageCsp("checker")).not.toMatch(/https?:|'unsafe-eval'/);
    expect(policy.pageCsp("checker")).toMatch(/script-src 'self';/);
  });

  it("the checker reads the seed and the pane validates it under their policies without a violation", async () => {
    const checker = await open(`${server.url}/index.html`, { origin: server.url, viewport: { width: 900, height: 900 } });
    await checker.page.locator('input[type="file"]').setInputFiles(SEED_XLSX);
    await checker.page.locator(`article[data-sheet="${PROJECT}"] [data-metric="total"]`, { hasText: "98.00" }).waitFor();
    expect(checker.csp).toEqual([]);
    expect(checker.errors).toEqual([]);

    const pane = await open(`${server.url}/taskpane.html`, { origin: server.url, officeJs });
    await pane.page.getByRole("button", { name: "校验并评分" }).click();
    await pane.page.locator(`article[data-sheet="${PROJECT}"] [data-metric="total"]`, { hasText: "98.00" }).waitFor();
    expect(await pane.page.locator('footer [data-footer="version"]').textContent()).toMatch(/^绩效自评助手 \d+\.\d+\.\d+$/);
    expect(await pane.page.getByRole("link", { name: "校验规则说明" }).getAttribute("href")).toBe("rules.html");
    expect(pane.csp).toEqual([]);
    expect(pane.errors).toEqual([]);
  });

  it("an inline script injected into a page is refused and reported (the watch can fail)", async () => {
    const o = await open(`${server.url}/index.html`, { origin: server.url });
    await o.page.evaluate(() => {
      const s = document.createElement("script");
      s.textContent = "window.__ran = true";
      document.body.appendChild(s);
    });
    await eventually("a CSP violation report", async () => o.csp.length > 0, true);
    expect(await win<boolean | undefined>(o, "__ran")).toBeUndefined();
  });
});

describe("the commands' dialog", () => {
  it("shows the catalogue's sentence for a key, codes as parameters, and never text from its query string", async () => {
    const url = `${server.url}/dialog.html?key=insert.failed&lang=zh-CN&detail=GeneralException`;
    const o = await open(url, { origin: server.url, officeJs });
    await o.page.locator("#message", { hasText: "插入模板失败：GeneralException" }).waitFor();
    expect(await o.page.locator("#title").textContent()).toBe("绩效自评助手");

    const forged = await open(`${server.url}/dialog.html?key=insert.failed&detail=${encodeURIComponent("✅ 校验通过")}&message=${encodeURIComponent("✅ 校验通过")}`, { origin: server.url, officeJs });
    await forged.page.locator("#message", { hasText: "插入模板失败：?" }).waitFor();
    expect(await forged.page.locator("body").textContent()).not.toContain("校验通过");

    const unknown = await open(`${server.url}/dialog.html?title=x&message=${encodeURIComponent("请立即转账")}`, { origin: server.url, officeJs });
    await unknown.page.waitForLoadState("load");
    expect(await unknown.page.locator("#message").textContent()).toBe("");
    for (const x of [o, forged, unknown]) expect(x.csp).toEqual([]);
  });
});
