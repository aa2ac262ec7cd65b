import * as ExcelJS from "exceljs";
import type { Grid } from "../layout/grid";
import { addGridSheet } from "./gridWriter";
import { readGrids } from "./readGrids";
import { newWorkbook, writeWorkbook } from "./workbookHandle";

const grid: Grid = {
  sheetName: "部门整体支出绩效自评表",
  values: [
    ["2020年度部门整体支出绩效自评表", null, null],
    ["部门名称", "株洲市石峰区工商业联合会　", null],
    ["执行率", 1, { error: "#DIV/0!" }],
    ["总分", 97, "=SUM(A1:A2)"],
  ],
  numberFormats: [[], [], [null, "0.00%", null], [null, "0.00", null]],
  formulas: [[], [], [], [null, "=95+2", null]],
  merges: [{ top: 0, left: 0, bottom: 0, right: 2 }],
};

async function roundTrip(g: Grid, look = {}) {
  const handle = newWorkbook();
  const name = addGridSheet(handle, g, look);
  const bytes = await writeWorkbook(handle);
  const outcome = await readGrids(bytes);
  if (!outcome.ok) throw new Error(outcome.detail);
  return { name, bytes, grid: outcome.grids[0] };
}

describe("addGridSheet", () => {
  it("round-trips values, number formats, formulas with results and merges", async () => {
    const { name, grid: back } = await roundTrip(grid);
    expect(name).toBe(grid.sheetName);
    expect(back.values).toEqual([
      ["2020年度部门整体支出绩效自评表"],
      ["部门名称", "株洲市石峰区工商业联合会　"],
      ["执行率", 1, { error: "#DIV/0!" }],
      ["总分", 97, "=SUM(A1:A2)"],
    ]);
    expect(back.numberFormats?.[2]?.[1]).toBe("0.00%");
    expect(back.formulas?.[3]).toEqual([null, "=95+2", null]);
    expect(back.merges).toEqual(grid.merges);
  });

  it("draws the table's borders and widths without adding cells to the grid", async () => {
    const { bytes, grid: back } = await roundTrip(grid, {
      columnWidths: [10, 30, 8],
      rowHeights: { 1: 40 },
      tableRange: "A2:C6",
      boldCells: ["A1"],
      boldFontSize: 16,
    });
    expect(back.values.length).toBe(4);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as Parameters<ExcelJS.Xlsx["load"]>[0]);
    const ws = wb.worksheets[0];
    expect(ws.getColumn(2).width).toBe(30);
    expect(ws.getRow(2).height).toBe(40);
    expect(ws.getCell("C6").border.bottom).toMatchObject({ style: "thin" });
    expect(ws.getCell("B2").alignment).toMatchObject({ wrapText: true });
    expect(ws.getCell("A1").font).toMatchObject({ bold: true, size: 16 });
  });
});
