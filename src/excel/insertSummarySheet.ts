import { cellAddress, columnName, parseAddress } from "../layout/address";
import type { WorkbookCheck } from "../layout/checkWorkbook";
import type { Grid } from "../layout/grid";
import { isSummarySheet, summaryCellsOf, SUMMARY_COLUMN_WIDTHS, SUMMARY_SHEET_NAME } from "../layout/summarySheet";
import { charactersToPoints } from "./insertTemplate";
import type { XlRequestContext } from "./officeTypes";
import { listSheets, readWorkbook } from "./readSheets";
import { uniqueSheetName } from "../layout/sheetName";

/** Rows of an existing 汇总表 read back (one row per evaluation sheet: far fewer). */
const SUMMARY_READ_ROWS = 500;

function trimBlankRows(values: readonly (readonly unknown[])[]): readonly (readonly unknown[])[] {
  let n = values.length;
  while (n > 0 && values[n - 1].every((v) => v === "" || v === null)) n--;
  return values.slice(0, n);
}

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
  const { sheets } = await readWorkbook(context, { merges, marks: false });
  const result = check(sheets.map((s) => s.grid));
  const cells = summaryCellsOf(result);
  // jixiao's own 汇总表 is no evaluation sheet: find it among all sheets by its title and headers.
  const all = await listSheets(context);
  const candidates = all
    .filter((e) => e.name.startsWith(SUMMARY_SHEET_NAME))
    .map((e) => ({ entry: e, range: e.worksheet.getRange(`A1:${cellAddress(SUMMARY_READ_ROWS - 1, SUMMARY_COLUMN_WIDTHS.length - 1)}`).load("values") }));
  if (candidates.length > 0) await context.sync();
  const found = candidates
    .map((c) => ({ name: c.entry.name, worksheet: c.entry.worksheet, grid: { sheetName: c.entry.name, values: c.range.values, merges: [] } as Grid }))
    .find((c) => isSummarySheet(c.grid));
  const existing = found ? { ...found, grid: { ...found.grid, values: trimBlankRows(found.grid.values) } } : undefined;
  const sheetName = existing?.name ?? uniqueSheetName(SUMMARY_SHEET_NAME, all.map((s) => s.name));
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
