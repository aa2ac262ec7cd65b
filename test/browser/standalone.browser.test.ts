/**
 * (a) Standalone: the checker page (dist/index.html, no Office at all) reading .xlsx files in the
 * browser, and the task pane page opened outside Office. Nothing may leave the page.
 */
import { mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { Browser, Page } from "playwright-core";
import { seedOverallGrid, seedProjectGrid } from "../fixtures/seedGrids";
import { checkWorkbook } from "../../src/layout/checkWorkbook";
import { readGrids } from "../../src/xlsx";
import { launchChromium, openPage, screenshot, type OpenedPage } from "./support/chromium";
import { OFFICE_WITHOUT_HOST } from "./support/fakeOfficeBundle";
import { downloadFrom } from "./support/download";
import { eventually } from "./support/eventually";
import { expectShownTextFromCatalogues } from "./support/shownText";
import { serveDir, type StaticServer } from "./support/staticServer";
import { cliCheckJson, ROOT, SEED_XLSX, seedBytes, withCells, workbookOf, XSS } from "./support/workbooks";

const OVERALL = "部门整体支出绩效自评表";
const PROJECT = "项目支出绩效自评表";
const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

let server: StaticServer;
let browser: Browser;
const opened: OpenedPage[] = [];

beforeAll(async () => {
  [server, browser] = await Promise.all([serveDir(join(ROOT, "dist")), launchChromium()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

afterEach(async () => {
  for (const o of opened.splice(0)) await o.context.close();
});

async function checker(width = 900): Promise<OpenedPage> {
  const o = await openPage(browser, `${server.url}/index.html`, { origin: server.url, viewport: { width, height: 900 } });
  opened.push(o);
  await o.page.getByRole("button", { name: "打开 .xlsx 文件" }).waitFor();
  return o;
}

const book = (page: Page, name: string) => page.locator(`section[data-book="${name}"]`);
const card = (page: Page, file: string, sheet: string) => book(page, file).locator(`article[data-sheet="${sheet}"]`);
const metric = (page: Page, file: string, sheet: string, m: string) => card(page, file, sheet).locator(`[data-metric="${m}"]`);

interface CliSheet {
  readonly sheet: string;
  readonly executionRate: string | null;
  readonly total: string | null;
  readonly grade: string | null;
  readonly diagnostics: readonly { readonly severity: string; readonly code: string }[];
}

/** The sheets of `jixiao check --json` (src/cli/report.ts: files[].sheets[]). */
function cliSheets(report: unknown): CliSheet[] {
  const files = (report as { files?: { sheets?: CliSheet[] }[] }).files ?? [];
  return files.flatMap((f) => f.sheets ?? []);
}

/** What the pane shows per sheet: total, grade and error count. */
async function paneFigures(page: Page, file: string) {
  return book(page, file)
    .locator("article[data-sheet]")
    .evaluateAll((cards) =>
      cards.map((c) => ({
        sheet: c.getAttribute("data-sheet"),
        total: c.querySelector('[data-metric="total"]')?.textContent ?? null,
        grade: c.querySelector('[data-metric="grade"]')?.getAttribute("data-grade") ?? null,
      })),
    );
}

describe("the standalone checker (no Office)", () => {
  it("reads the seed workbook in the browser: the overall sheet's errors, the project sheet's 98.00 优", async () => {
    const { page, errors, external, dialogs } = await checker();
    await page.locator('input[type="file"]').setInputFiles(SEED_XLSX);
    const file = "shifeng-2020.xlsx";
    await metric(page, file, PROJECT, "total").filter({ hasText: "98.00" }).waitFor();
    expect(await metric(page, file, PROJECT, "grade").textContent()).toBe("优");
    expect(await metric(page, file, PROJECT, "rate").textContent()).toBe("100.00%");
    await book(page, file).locator(`[data-diagnostics-for="${PROJECT}"] [data-passed="true"]`).waitFor();

    const overallErrors = book(page, file).locator(`[data-diagnostics-for="${OVERALL}"] [data-severity="error"] button`);
    const codes = await overallErrors.evaluateAll((els) => els.map((e) => e.getAttribute("data-code")));
    expect(codes).toEqual(expect.arrayContaining(["WEIGHT_TOTAL_MISMATCH", "TOTAL_MISMATCH", "REASON_MISSING"]));

    // The pane agrees with the same pipeline run in Node on the same bytes.
    const read = await readGrids(seedBytes());
    if (!read.ok) throw new Error(read.detail);
    const expected = checkWorkbook(read.grids);
    const overall = expected.sheets.find((s) => s.result.sheetName === OVERALL);
    expect(await overallErrors.count()).toBe(overall?.result.diagnostics.filter((d) => d.severity === "error").length);

    // A click highlights the line (there is no Excel to select in).
    await overallErrors.first().click();
    expect(await overallErrors.first().getAttribute("aria-current")).toBe("true");

    await expectShownTextFromCatalogues(page, "zh-CN");
    await screenshot(page, "standalone-seed-zh");
    expect({ errors, external, dialogs }).toEqual({ errors: [], external: [], dialogs: [] });
    expect(server.requests.every((r) => r.startsWith("GET "))).toBe(true);
  });

  it("downloads the scored workbook, which the CLI reads as the pane showed it", async () => {
    const { page, errors } = await checker();
    await page.locator('input[type="file"]').setInputFiles(SEED_XLSX);
    await metric(page, "shifeng-2020.xlsx", PROJECT, "total").filter({ hasText: "98.00" }).waitFor();
    const download = await downloadFrom(page, () => book(page, "shifeng-2020.xlsx").getByRole("button", { name: "下载评分后的文件" }).click(), "shifeng-2020.scored.xlsx");
    expect(download.suggestedFilename()).toBe("shifeng-2020.scored.xlsx");
    const saved = join(mkdtempSync(join(tmpdir(), "jixiao-")), download.suggestedFilename());
    await download.saveAs(saved);
    await page.getByText("已下载“shifeng-2020.scored.xlsx”。").waitFor();

    // The CLI reads the downloaded file as the pane showed the original.
    const sheets = cliSheets(await cliCheckJson(saved));
    expect(sheets.find((x) => x.sheet === PROJECT)).toMatchObject({ total: "98.00", grade: "优", executionRate: "1" });
    const shown = await paneFigures(page, "shifeng-2020.xlsx");
    expect(sheets.map((x) => ({ sheet: x.sheet, total: x.total, grade: x.grade }))).toEqual(shown);
    for (const x of sheets) {
      const errorsShown = await book(page, "shifeng-2020.xlsx").locator(`[data-diagnostics-for="${x.sheet}"] [data-severity="error"] button`).count();
      expect({ sheet: x.sheet, errors: x.diagnostics.filter((d) => d.severity === "error").length }).toEqual({ sheet: x.sheet, errors: errorsShown });
    }
    expect(errors).toEqual([]);
  });

  it("downloads a blank template that reads back as an evaluation sheet of the chosen kind", async () => {
    const { page, errors } = await checker(380);
    const header = page.getByRole("button", { name: "空白模板" });
    await header.click();
    await page.locator('button[aria-expanded="true"]', { hasText: "空白模板" }).waitFor();
    const department = page.getByRole("textbox", { name: "部门名称" });
    await department.fill("石峰区工商业联合会");
    await eventually("the department as typed", () => department.inputValue(), "石峰区工商业联合会");
    const submit = page.getByRole("button", { name: "下载空白模板" });
    await eventually("the download button enabled", () => submit.isEnabled(), true);
    const download = await downloadFrom(page, () => submit.click(), "项目支出绩效自评表.xlsx");
    expect(download.suggestedFilename()).toBe("项目支出绩效自评表.xlsx");
    const saved = join(mkdtempSync(join(tmpdir(), "jixiao-")), download.suggestedFilename());
    await download.saveAs(saved);
    const read = await readGrids(readFileSync(saved));
    if (!read.ok) throw new Error(read.detail);
    const check = checkWorkbook(read.grids);
    // Blank: recognised as a project table whose indicators are still to be filled in.
    expect([...check.sheets.map((s) => s.result.kind), ...check.broken.map((b) => b.kind)]).toEqual(["project"]);
    expect(JSON.stringify(read.grids[0].values)).toContain("石峰区工商业联合会");
    await screenshot(page, "standalone-template-zh");
    expect(errors).toEqual([]);
  });

  it("reads several files at once; an unreadable one gets its own message and the others still show", async () => {
    const { page, errors } = await checker();
    await page.locator('input[type="file"]').setInputFiles([
      { name: "shifeng-2020.xlsx", mimeType: XLSX_MIME, buffer: seedBytes() },
      { name: "损坏.xlsx", mimeType: XLSX_MIME, buffer: Buffer.concat([Buffer.from("PK\u0003\u0004"), Buffer.alloc(64, 7)]) },
      { name: "加密.xlsx", mimeType: XLSX_MIME, buffer: Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]) },
      { name: "说明.txt", mimeType: "text/plain", buffer: Buffer.from("不是表格") },
    ]);
    await metric(page, "shifeng-2020.xlsx", PROJECT, "total").filter({ hasText: "98.00" }).waitFor();
    expect(await book(page, "损坏.xlsx").locator("[data-failure]").textContent()).toMatch(/^无法读取：文件已损坏/);
    expect(await book(page, "加密.xlsx").locator("[data-failure]").textContent()).toMatch(/^无法读取：文件设置了打开密码/);
    expect(await book(page, "说明.txt").locator("[data-failure]").textContent()).toMatch(/^无法读取：这不是 \.xlsx 文件/);
    await expectShownTextFromCatalogues(page, "zh-CN");
    await screenshot(page, "standalone-several-files-zh");

    await book(page, "说明.txt").getByRole("button", { name: "移除" }).click();
    expect(await book(page, "说明.txt").count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it("shows cell text such as <img src=x onerror=alert(1)> as text: nothing runs", async () => {
    const { page, dialogs, errors } = await checker();
    // The markup as a sheet name, as a 分值 (echoed by its message) and in the file name.
    const grid = withCells(seedProjectGrid, XSS, [{ row: 13, col: 6, value: XSS }]);
    const bytes = await workbookOf([grid, seedOverallGrid]);
    await page.evaluate(() => {
      (window as unknown as { __ran: boolean }).__ran = false;
    });
    await page.locator('input[type="file"]').setInputFiles({ name: `${XSS}.xlsx`, mimeType: XLSX_MIME, buffer: bytes });
    await page.locator(`article[data-sheet="${XSS}"]`).waitFor();
    await page.getByText(XSS, { exact: true }).first().waitFor();
    const line = page.locator(`[data-diagnostics-for="${XSS}"] button[data-cell="G14"]`).first();
    expect(await line.textContent()).toContain(XSS);
    // Markup that became elements would be in the DOM as soon as the text is: no wait needed.
    expect(await page.locator("img").count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __ran: boolean }).__ran)).toBe(false);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("reads a file dropped on the page", async () => {
    const { page, errors } = await checker();
    const dataTransfer = await page.evaluateHandle(async (base64) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], "拖入的文件.xlsx"));
      return transfer;
    }, seedBytes().toString("base64"));
    const zone = page.getByText("也可以把一个或多个文件拖放到这里。");
    await zone.dispatchEvent("dragover", { dataTransfer });
    await zone.dispatchEvent("drop", { dataTransfer });
    await metric(page, "拖入的文件.xlsx", PROJECT, "total").filter({ hasText: "98.00" }).waitFor();
    expect(errors).toEqual([]);
  });

  it("remembers the rule profile in the browser and re-checks open files with it", async () => {
    const { page, errors } = await checker();
    await page.locator('input[type="file"]').setInputFiles(SEED_XLSX);
    const projectLines = book(page, "shifeng-2020.xlsx").locator(`[data-diagnostics-for="${PROJECT}"] button[data-code="WEIGHT_SPLIT_NONSTANDARD"]`);
    await metric(page, "shifeng-2020.xlsx", PROJECT, "total").filter({ hasText: "98.00" }).waitFor();
    expect(await projectLines.count()).toBe(0);
    await page.getByRole("combobox", { name: "评分规则" }).selectOption({ label: "湖北" });
    await projectLines.first().waitFor();
    await page.reload();
    await page.getByRole("button", { name: "打开 .xlsx 文件" }).waitFor();
    await eventually("the remembered profile in the picker", () => page.getByRole("combobox", { name: "评分规则" }).inputValue(), "hubei");
    expect(errors).toEqual([]);
  });

  it("opens the file picker from the keyboard", async () => {
    const { page } = await checker();
    // The picker opens when the hidden file input is clicked: record that click rather than
    // racing Playwright's asynchronous file-chooser interception.
    await page.evaluate(() => {
      const w = window as unknown as { __pickerOpened: boolean[] };
      w.__pickerOpened = [];
      HTMLInputElement.prototype.click = function (this: HTMLInputElement) {
        w.__pickerOpened.push(this.type === "file" && this.multiple);
      };
    });
    await page.getByRole("button", { name: "打开 .xlsx 文件" }).focus();
    await page.keyboard.press("Enter");
    await eventually(
      "a click on the multiple-file input",
      () => page.evaluate(() => (window as unknown as { __pickerOpened: boolean[] }).__pickerOpened),
      [true],
    );
  });
});

describe("the task pane page outside Office", () => {
  it("renders the standalone checker when Office.onReady reports no host", async () => {
    const o = await openPage(browser, `${server.url}/taskpane.html`, { origin: server.url, officeJs: OFFICE_WITHOUT_HOST });
    opened.push(o);
    await o.page.getByRole("button", { name: "打开 .xlsx 文件" }).waitFor();
    expect(await o.page.getByRole("button", { name: "校验并评分" }).count()).toBe(0);
    await o.page.locator('input[type="file"]').setInputFiles(SEED_XLSX);
    await metric(o.page, "shifeng-2020.xlsx", PROJECT, "grade").filter({ hasText: "优" }).waitFor();
    expect(o.errors).toEqual([]);
    // Only Office.js itself was asked for; ExcelJS came from the page's own server, on demand.
    expect(o.external).toEqual(["GET https://appsforoffice.microsoft.com/lib/1/hosted/office.js"]);
  });

  it("says that Office.js could not be loaded, instead of turning into the checker, when Office.js is blocked", async () => {
    const o = await openPage(browser, `${server.url}/taskpane.html`, { origin: server.url });
    opened.push(o);
    await o.page.getByRole("alert").filter({ hasText: "无法加载 Office.js" }).waitFor({ timeout: 10_000 });
    expect(await o.page.getByRole("button", { name: "打开 .xlsx 文件" }).count()).toBe(0);
    await screenshot(o.page, "pane-officejs-missing");
    expect(o.csp).toEqual([]);
  });
});
