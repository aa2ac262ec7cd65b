import { insertSummarySheet } from "../../src/excel/insertSummarySheet";
import { checkWorkbook } from "../../src/layout/checkWorkbook";
import { FakeExcelHost, fakeRun } from "./fakeExcel";
import { addOtherSheet, addProjectSheet } from "./workbooks";

/** 插入汇总表 in Excel (the strict fake): two syncs, formulas per sheet, refreshed in place, recognised afterwards. */

const check = (grids: Parameters<typeof checkWorkbook>[0]) => checkWorkbook(grids);

describe("insertSummarySheet", () => {
  it("adds 汇总表 with a row of formulas per evaluation sheet, quoting names, in four syncs (list, probe, find its own 汇总表, write)", async () => {
    const host = new FakeExcelHost({ mergedAreas: true });
    addProjectSheet(host, "项目支出绩效自评表");
    addProjectSheet(host, "It's (2)");
    addOtherSheet(host, "说明");
    const before = ["项目支出绩效自评表", "It's (2)", "说明"].map((n) => host.snapshot(n));
    const { sheetName, sheets } = await fakeRun(host)((c) => insertSummarySheet(c, check, true));
    expect(sheetName).toBe("汇总表");
    expect(sheets).toBe(2);
    expect(host.counters.syncs).toBe(4);
    expect(["项目支出绩效自评表", "It's (2)", "说明"].map((n) => host.snapshot(n))).toEqual(before);
    expect(host.cell("汇总表", "A1")?.value).toBe("绩效自评汇总表");
    expect(host.cell("汇总表", "A3")?.formula).toBe(`=HYPERLINK("#'项目支出绩效自评表'!A1","项目支出绩效自评表")`);
    expect(host.cell("汇总表", "A4")?.formula).toBe(`=HYPERLINK("#'It''s (2)'!A1","It's (2)")`);
    expect(host.cell("汇总表", "H4")?.formula).toMatch(/^=IF\('It''s \(2\)'!H\d+="","",'It''s \(2\)'!H\d+\)$/);
    expect(host.sheet("汇总表").numberFormats.get("2,6")).toBe("0.00%");
    expect(host.activeSheetId).toBe(host.sheet("汇总表").id);
  });

  it("refreshes its own 汇总表 on a second run (no new sheet), and checking skips it", async () => {
    const host = new FakeExcelHost({ mergedAreas: true });
    addProjectSheet(host, "项目A");
    addProjectSheet(host, "项目B");
    await fakeRun(host)((c) => insertSummarySheet(c, check, true));
    await fakeRun(host)((c) => insertSummarySheet(c, check, true));
    expect(host.sheets.map((s) => s.name).filter((n) => n.startsWith("汇总表"))).toEqual(["汇总表"]);
    const grids = host.sheets.map((s) => host.gridOf(s.name));
    const result = checkWorkbook(grids);
    expect(result.broken).toEqual([]);
    expect(result.sheets.map((s) => s.result.sheetName)).not.toContain("汇总表");
  });
});
