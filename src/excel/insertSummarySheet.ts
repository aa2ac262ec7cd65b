import { cellAddress, columnName, parseAddress } from "../layout/address";
import type { WorkbookCheck } from "../layout/checkWorkbook";
import type { Grid } from "../layout/grid";
import { isSummarySheet, summaryCellsOf, SUMMARY_COLUMN_WIDTHS, SUMMARY_SHEET_NAME } from "../layout/summarySheet";
import { charactersToPoints } from "./insertTemplate";
import type { XlRequestContext } from "./officeTypes";
import { readAllSheets } from "./readSheets";
import { uniqueSheetName } from "./sheetName";

/**
 * 插入汇总表: a sheet listing every evaluation sheet with live formulas (layout/summarySheet.ts),
 * in two syncs: one to read the sheets, one to write. jixiao's own 汇总表 is refreshed where it is;
 * otherwise a new sheet with a unique name is added and activated. Only documented Range
 * properties are used (formulas, numberFormat, format.columnWidth); no other sheet is written.
 */
export async function insertSummarySheet(
  context: XlRequestContext,
  check: (grids: readonly Grid[]) => WorkbookCheck,
  merges: boolean,
): Promise<{ sheetName: string; sheets: number }> {
  const { sheets } = await readAllSheets(context, { merges, marks: false });
  const result = check(sheets.map((s) => s.grid));
  const cells = summaryCellsOf(result);
  const existing = sheets.find((s) => isSummarySheet(s.grid));
  const sheetName = existing?.name ?? uniqueSheetName(SUMMARY_SHEET_NAME, sheets.map((s) => s.name));
  const sheet = existing?.worksheet ?? context.workbook.worksheets.add(sheetName);
  if (!existing) {
    SUMMARY_COLUMN_WIDTHS.forEach((width, col) => {
      const letter = columnName(col);
      sheet.getRange(`${letter}:${letter}`).format.columnWidth = charactersToPoints(width);
    });
  }
  // One rectangle, old rows included (a sheet deleted since leaves its row blank).
  const rows = Math.max(...cells.map((c) => (parseAddress(c.address)?.row ?? 0) + 1), existing?.grid.values.length ?? 0);
  const width = SUMMARY_COLUMN_WIDTHS.length;
  const formulas: string[][] = Array.from({ length: rows }, () => Array<string>(width).fill(""));
  const formats: string[][] = Array.from({ length: rows }, () => Array<string>(width).fill("General"));
  for (const c of cells) {
    const at = parseAddress(c.address);
    if (!at) continue;
    formulas[at.row][at.col] = c.formula ?? c.text ?? "";
    if (c.numberFormat) formats[at.row][at.col] = c.numberFormat;
  }
  const range = sheet.getRange(`A1:${cellAddress(rows - 1, width - 1)}`);
  range.numberFormat = formats;
  range.formulas = formulas;
  sheet.activate();
  await context.sync();
  return { sheetName, sheets: result.sheets.length };
}
