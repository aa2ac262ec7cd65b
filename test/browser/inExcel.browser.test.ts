/**
 * (b) In Excel: dist/taskpane.html with a fake Office.js (fixtures/fakeOfficeExcel.ts) whose
 * Excel.run works on an in-memory workbook holding the seed's two sheets. The pane runs its
 * real src/excel adapter against it.
 */
import { join } from "path";
import type { Browser, Page } from "playwright-core";
import { bundleFixture } from "./support/fakeOfficeBundle";
import { eventually } from "./support/eventually";
import { launchChromium, OFFICE_CDN, openPage, screenshot } from "./support/chromium";
import { expectShownTextFromCatalogues } from "./support/shownText";
import { serveDir, type StaticServer } from "./support/staticServer";

const DIST = join(__dirname, "..", "..", "dist");
const OVERALL = "部门整体支出绩效自评表";
const PROJECT = "项目支出绩效自评表";

let server: StaticServer;
let browser: Browser;
let officeJs: string;

beforeAll(async () => {
  [officeJs, server, browser] = await Promise.all([
    bundleFixture(join(__dirname, "fixtures", "fakeOfficeExcel.ts"), "fake-office-excel"),
    serveDir(DIST),
    launchChromium(),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const card = (page: Page, sheet: string) => page.locator(`article[data-sheet="${sheet}"]`);
const lines = (page: Page, sheet: string, severity: string) =>
  page.locator(`[data-diagnostics-for="${sheet}"] [data-severity="${severity}"] button[data-cell]`);
const selectCalls = (page: Page) => page.evaluate(() => (window as unknown as { __selectCalls: { sheet: string; address: string }[] }).__selectCalls);

async function openPane(query = "") {
  const opened = await openPage(browser, `${server.url}/taskpane.html${query}`, { origin: server.url, officeJs });
  await opened.page.getByRole("button", { name: "校验并评分" }).waitFor();
  return opened;
}

describe("the pane in Excel (fake Office.js host)", () => {
  it("validates and scores the workbook, lists the diagnostics and selects a cell when one is clicked", async () => {
    const { page, errors, external, dialogs } = await openPane();
    await page.getByRole("button", { name: "校验并评分" }).click();

    const project = card(page, PROJECT);
    await project.locator('[data-metric="total"]', { hasText: "98.00" }).waitFor();
    expect(await project.locator('[data-metric="grade"]').textContent()).toBe("优");
    expect(await project.locator('[data-metric="rate"]').textContent()).toBe("100.00%");
    expect(await lines(page, PROJECT, "error").count()).toBe(0);
    await page.locator(`[data-diagnostics-for="${PROJECT}"] [data-passed="true"]`).waitFor();

    // The overall sheet's errors: weights off their headings, 110 ≠ 100, a deduction without a reason.
    const overallErrors = lines(page, OVERALL, "error");
    expect(await overallErrors.count()).toBeGreaterThan(0);
    const codes = await overallErrors.evaluateAll((els) => els.map((e) => e.getAttribute("data-code")));
    expect(codes).toEqual(expect.arrayContaining(["WEIGHT_LEVEL1_MISMATCH", "WEIGHT_TOTAL_MISMATCH", "REASON_MISSING"]));

    // Each line names its cell first: "H21：…".
    const first = overallErrors.first();
    const cell = (await first.getAttribute("data-cell")) ?? "";
    expect(cell).toMatch(/^[A-Z]+\d+$/);
    expect(await first.textContent()).toMatch(new RegExp(`^${cell}：\\S`));

    // The counts at a glance agree with the lines listed.
    const errorCount = await page.locator('[data-diagnostics-for] [data-severity="error"] button').count();
    expect(await page.locator('[data-severity-count="error"]').textContent()).toBe(`${errorCount} 个错误`);

    // Clicking a line selects its cell in Excel.
    await first.click();
    await eventually("the select call for the clicked problem", () => selectCalls(page), [{ sheet: OVERALL, address: cell }]);
    expect(await first.getAttribute("aria-current")).toBe("true");

    // Keyboard only: Tab to the next line and press Enter.
    const second = overallErrors.nth(1);
    const secondCell = (await second.getAttribute("data-cell")) ?? "";
    await first.focus();
    await page.keyboard.press("Tab");
    expect(await second.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press("Enter");
    await eventually("the select call for the second problem", async () => (await selectCalls(page)).at(-1), { sheet: OVERALL, address: secondCell });

    // What the pane says was written is what the workbook received: the seed prints every
    // computed figure itself (its own cells, never overwritten), so nothing.
    const written = await page.evaluate(() => (window as unknown as { __fakeExcel: { counters: { cellsWritten: number } } }).__fakeExcel.counters.cellsWritten);
    expect(written).toBe(0);
    await page.getByText("计算单元格已是最新或由您填写，未改动表格。").waitFor();

    await expectShownTextFromCatalogues(page, "zh-CN");
    await screenshot(page, "excel-validated-zh");
    expect(errors).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(external.every((r) => r === `GET ${OFFICE_CDN}lib/1/hosted/office.js`)).toBe(true);
    await page.context().close();
  });

  it("follows an edit without a click while live recompute is on, and shows when it last ran", async () => {
    const { page, errors } = await openPane();
    await page.getByRole("button", { name: "校验并评分" }).click();
    const rate = card(page, PROJECT).locator('[data-metric="rate"]');
    await rate.filter({ hasText: "100.00%" }).waitFor();
    expect(await page.getByRole("switch", { name: "实时重算" }).isChecked()).toBe(true);

    // The user types 8 into 全年执行数 (E7): 执行率 becomes 80%.
    await page.evaluate(() => (window as unknown as { __fakeExcel: { userEdit(s: string, a: string, v: number): void } }).__fakeExcel.userEdit("项目支出绩效自评表", "E7", 8));
    await rate.filter({ hasText: "80.00%" }).waitFor();
    expect(await page.getByText(/^上次重算 \d{2}:\d{2}:\d{2}$/).count()).toBe(1);

    // Switched off, edits are no longer followed.
    // Switched off, the pane no longer listens (a condition, not a pause), so an edit changes nothing.
    await page.getByRole("switch", { name: "实时重算" }).click();
    await eventually(
      "the change handlers registered in the workbook",
      () => page.evaluate(() => (window as unknown as { __fakeExcel: { handlers: Set<unknown> } }).__fakeExcel.handlers.size),
      0,
    );
    await page.evaluate(() => (window as unknown as { __fakeExcel: { userEdit(s: string, a: string, v: number): void } }).__fakeExcel.userEdit("项目支出绩效自评表", "E7", 5));
    expect(await rate.textContent()).toBe("80.00%");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("switches the rule profile, stores it in the workbook and re-scores", async () => {
    const { page, errors } = await openPane();
    await page.getByRole("button", { name: "校验并评分" }).click();
    await card(page, PROJECT).locator('[data-metric="total"]', { hasText: "98.00" }).waitFor();
    const settings = () =>
      page.evaluate(() => (window as unknown as { __fakeExcel: { settings: Map<string, unknown> } }).__fakeExcel.settings.get("jixiao.profile") ?? null);
    expect(await settings()).toBeNull();
    const picker = page.getByRole("combobox", { name: "评分规则" });
    await picker.selectOption({ label: "湖北" });
    await eventually("the profile stored in the workbook settings", settings, "hubei");
    // Hubei weighs the budget row 20, so the seed's split (10 + 90) now warns about it.
    await page.locator(`[data-diagnostics-for="${PROJECT}"] button[data-code="WEIGHT_SPLIT_NONSTANDARD"]`).first().waitFor();
    expect(await picker.inputValue()).toBe("hubei");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("inserts a template with the chosen kind, year and department", async () => {
    const { page, errors } = await openPane();
    await page.getByRole("button", { name: "插入模板" }).first().click();
    await page.getByRole("radio", { name: "部门整体" }).check();
    const year = page.getByRole("textbox", { name: "年度" });
    const yearError = page.getByText("请输入 2000 至 2100 之间的年份。");
    // Checked when the field is left, not while typing.
    await year.fill("1999");
    expect(await yearError.count()).toBe(0);
    await year.blur();
    await yearError.waitFor();
    await year.fill("2021");
    expect(await yearError.count()).toBe(0);
    // A name typed through an IME is checked when the composition ends.
    const department = page.getByRole("textbox", { name: "部门名称" });
    const tooLong = page.getByText("不能超过 60 个字。");
    await department.fill("株".repeat(61));
    expect(await tooLong.count()).toBe(0);
    await department.dispatchEvent("compositionend");
    await tooLong.waitFor();
    await department.fill("石峰区工商业联合会");
    await page.locator("form").getByRole("button", { name: "插入模板" }).click();
    await page.getByText(/^已插入工作表“部门整体支出绩效自评表.*”。$/).waitFor();
    const inserted = await page.evaluate(() => {
      const host = (window as unknown as { __fakeExcel: { sheets: { name: string }[]; cell(s: string, a: string): { value: unknown } | undefined } }).__fakeExcel;
      const sheet = host.sheets[host.sheets.length - 1].name;
      return { sheet, count: host.sheets.length, title: host.cell(sheet, "A1")?.value };
    });
    expect(inserted.count).toBe(3);
    expect(String(inserted.title)).toContain("2021");
    await screenshot(page, "excel-template-inserted-zh");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("tells the user to upgrade when Excel lacks the requirement sets it needs", async () => {
    const { page, errors } = await openPage(browser, `${server.url}/taskpane.html?old=1`, { origin: server.url, officeJs });
    const alert = page.getByRole("alert").filter({ hasText: "ExcelApi 1.9" });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/^此版本的 Excel 太旧/);
    expect(await page.getByRole("button", { name: "校验并评分" }).count()).toBe(0);
    await expectShownTextFromCatalogues(page, "zh-CN");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("speaks English when Office's display language is English", async () => {
    const { page } = await openPage(browser, `${server.url}/taskpane.html?officeLang=en-US`, { origin: server.url, officeJs });
    await page.getByRole("button", { name: "Validate & score" }).click();
    await card(page, PROJECT).locator('[data-metric="grade"]', { hasText: "Excellent" }).waitFor();
    await expectShownTextFromCatalogues(page, "en");
    await screenshot(page, "excel-validated-en");
    await page.context().close();
  });
});
