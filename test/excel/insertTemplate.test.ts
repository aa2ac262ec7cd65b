import { excelText, insertTemplate } from "../../src/excel";
import { renderTemplate } from "../../src/layout/templateSpec";
import { insertTemplateCommand } from "../../src/commands/insertTemplateCommand";
import { FakeExcelHost, fakeRun } from "./fakeExcel";
import { addOtherSheet, addProjectSheet } from "./workbooks";
import { checkWorkbook } from "../../src/layout/checkWorkbook";

const project = renderTemplate("project", { sample: true, year: 2020, department: "株洲市石峰区工商业联合会" });

describe("insert template", () => {
  it("inserts a new, active sheet with a unique name and keeps every existing sheet intact", async () => {
    const host = new FakeExcelHost({ mergedAreas: true });
    addProjectSheet(host, "项目支出绩效自评表");
    addProjectSheet(host, "项目支出绩效自评表 (2)");
    addOtherSheet(host, "项目支出绩效自评表 (4)");
    const names = host.sheets.map((s) => s.name);
    const before = names.map((n) => host.snapshot(n));
    const { sheetName } = await fakeRun(host)((c) => insertTemplate(c, project));
    expect(sheetName).toBe("项目支出绩效自评表 (3)");
    expect(host.counters.syncs).toBe(2);
    expect(names.map((n) => host.snapshot(n))).toEqual(before);
    const added = host.sheet(sheetName);
    expect(host.activeSheetId).toBe(added.id);
    expect(host.sheets).toHaveLength(4);
  });

  it("writes the template's values, merges, formats, validations and print setup", async () => {
    const host = new FakeExcelHost({ mergedAreas: true });
    host.addSheet("Sheet1");
    const { sheetName } = await fakeRun(host)((c) => insertTemplate(c, project));
    const s = host.sheet(sheetName);
    expect(host.cell(sheetName, "A1")?.value).toBe("2020年度项目支出绩效自评表（示例）");
    expect(s.merges).toHaveLength(project.merges.length);
    expect(s.validations.map((v) => v.list)).toEqual(project.validations.map((v) => v.list.join(",")));
    expect(s.pageLayout).toMatchObject({ paperSize: "A4", orientation: "Portrait", zoom: { horizontalFitToPages: 1 }, printTitleRows: "$1:$2" });
    expect(s.columnWidths.get(0)).toBeCloseTo(56.25); // 10 characters: the section labels fit (issue 14)
    expect(s.formats.get("0,0")).toMatchObject({ bold: true, fontSize: 16 });
    // G7 is a computed cell: its look and lock come from the template.
    expect(s.formats.get("6,6")).toMatchObject({ locked: true });
    expect(s.formats.get("6,6")?.fill).toBeUndefined(); // no fill prints on the official form
    expect(s.cells.get("6,6")?.formula).toBe(project.cells.find((c) => c.address === "G7")?.formula);
    expect(s.numberFormats.get("6,6")).toBe("0.00%");
    // A cell's own lock overrides its role's: an unlocked computed-looking cell stays open.
    const open = { ...project, cells: project.cells.map((c) => (c.address === "H14" ? { ...c, locked: false } : c)) };
    const second = await fakeRun(host)((c) => insertTemplate(c, open));
    expect(host.sheet(second.sheetName).formats.get("13,7")).toMatchObject({ locked: false });
    // The inserted sheet reads back as an evaluation sheet.
    const check = checkWorkbook([host.gridOf(sheetName)]);
    expect(check.sheets).toHaveLength(1);
  });

  it("the ribbon command inserts a project sheet for last year with no questions", async () => {
    const host = new FakeExcelHost();
    host.addSheet("Sheet1");
    const completed = jest.fn();
    const notify = jest.fn(async () => undefined);
    await insertTemplateCommand({ completed }, { run: fakeRun(host), isSetSupported: () => true, notify, now: () => new Date(2025, 3, 1) });
    expect(completed).toHaveBeenCalledTimes(1);
    expect(notify).not.toHaveBeenCalled();
    expect(host.cell("项目支出绩效自评表", "A1")?.value).toBe("2024年度项目支出绩效自评表");
  });

  it("the ribbon command reports a failure and still completes the event", async () => {
    const host = new FakeExcelHost();
    host.addSheet("Sheet1");
    host.enterCellEditMode();
    const order: string[] = [];
    const notify = jest.fn(async (m: string) => void order.push(`notify:${m}`));
    await insertTemplateCommand({ completed: () => order.push("completed") }, { run: fakeRun(host), isSetSupported: () => true, notify });
    expect(order).toEqual([`notify:${excelText("error.cellEditMode")}`, "completed"]);
    expect(host.sheets).toHaveLength(1);
  });

  it("the ribbon command completes even when insertion and the notice both throw", async () => {
    const completed = jest.fn();
    const run = () => Promise.reject(new Error("boom"));
    const notify = jest.fn(async () => {
      throw new Error("no dialog");
    });
    await insertTemplateCommand({ completed }, { run, isSetSupported: () => true, notify, lang: "en" });
    expect(notify).toHaveBeenCalledWith("Could not insert the template: boom", { key: "insert.failed", params: { detail: "Error" } });
    expect(completed).toHaveBeenCalledTimes(1);
  });

  it("the ribbon command tells the user when Excel is too old, and inserts nothing", async () => {
    const host = new FakeExcelHost();
    host.addSheet("Sheet1");
    const notify = jest.fn(async () => undefined);
    const completed = jest.fn();
    await insertTemplateCommand({ completed }, { run: fakeRun(host), isSetSupported: (_n, v) => v !== "1.9", notify });
    expect(notify.mock.calls[0]).toEqual([expect.stringContaining("ExcelApi 1.9"), { key: "requirements.tooOld", params: { set: "ExcelApi", version: "1.9" } }]);
    expect(host.sheets).toHaveLength(1);
    expect(completed).toHaveBeenCalledTimes(1);
  });
});
