import type * as ExcelJS from "exceljs";
import { isCellError, type CellValue } from "../domain/cells";
import { parseAddress, rangeAddress } from "../layout/address";
import type { Grid } from "../layout/grid";
import { excelAlignment, excelFont, thinBorder } from "./cellStyle";
import { uniqueSheetName } from "../layout/sheetName";
import { workbookOf, type WorkbookHandle } from "./workbookHandle";

/** How a plain Grid should look when written out as an accountant's own sheet. */
export interface GridSheetLook {
  /** Column widths in Excel character units, from column A. */
  readonly columnWidths?: readonly number[];
  /** Row heights in points by 0-based row index. */
  readonly rowHeights?: Readonly<Record<number, number>>;
  /** The table's area ("A3:H30"): thin borders and wrapped text on every cell in it. */
  readonly tableRange?: string;
  /** Cells set bold and centred (titles, headings). */
  readonly boldCells?: readonly string[];
  /** Font size of the bold cells (a title is usually larger). */
  readonly boldFontSize?: number;
  /** Long texts (goals, notes): left and top aligned, wrapped. */
  readonly textCells?: readonly string[];
  /** Print on A4, all columns on one page width. */
  readonly print?: { readonly orientation: "portrait" | "landscape"; readonly area?: string };
}

/**
 * Writes a Grid as a new worksheet: values, formulas with their cached results, number formats,
 * merges, and the look asked for. Text stays text: "=1+1" typed as text is written as text.
 * Returns the sheet's name (made unique in the workbook).
 */
export function addGridSheet(handle: WorkbookHandle, grid: Grid, look: GridSheetLook = {}): string {
  const wb = workbookOf(handle);
  const name = uniqueSheetName(grid.sheetName, wb.worksheets.map((w) => w.name));
  const ws = wb.addWorksheet(name);
  look.columnWidths?.forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
  for (const [row, height] of Object.entries(look.rowHeights ?? {})) {
    ws.getRow(Number(row) + 1).height = height;
  }
  grid.values.forEach((row, r) => {
    row.forEach((value, c) => {
      const formula = grid.formulas?.[r]?.[c] ?? null;
      const numberFormat = grid.numberFormats?.[r]?.[c] ?? null;
      if (value === null && !formula && !numberFormat) return;
      const cell = ws.getCell(r + 1, c + 1);
      cell.value = excelValue(value, formula);
      if (numberFormat) cell.numFmt = numberFormat;
    });
  });
  if (look.tableRange) styleTable(ws, look.tableRange);
  for (const address of look.boldCells ?? []) {
    const cell = ws.getCell(address);
    cell.font = { ...excelFont({ bold: true, fontSize: look.boldFontSize }) };
    cell.alignment = { ...excelAlignment({ horizontal: "center", wrap: true }) };
  }
  for (const address of look.textCells ?? []) {
    ws.getCell(address).alignment = { ...excelAlignment({ horizontal: "left", vertical: "top", wrap: true }) };
  }
  for (const m of grid.merges) ws.mergeCells(rangeAddress(m.top, m.left, m.bottom, m.right));
  if (look.print) {
    ws.pageSetup.paperSize = 9 as ExcelJS.PaperSize; // A4
    ws.pageSetup.orientation = look.print.orientation;
    ws.pageSetup.fitToPage = true;
    ws.pageSetup.fitToWidth = 1;
    ws.pageSetup.fitToHeight = 0;
    if (look.print.area) ws.pageSetup.printArea = look.print.area;
  }
  return name;
}

function excelValue(value: CellValue, formula: string | null): ExcelJS.CellValue {
  const plain: ExcelJS.CellValue = isCellError(value)
    ? ({ error: value.error } as ExcelJS.CellErrorValue)
    : value;
  if (!formula) return plain;
  const result = plain === null ? undefined : (plain as ExcelJS.CellFormulaValue["result"]);
  return { formula: formula.startsWith("=") ? formula.slice(1) : formula, result };
}

function styleTable(ws: ExcelJS.Worksheet, range: string): void {
  const [from, to = from] = range.split(":");
  const a = parseAddress(from);
  const b = parseAddress(to);
  if (!a || !b) throw new RangeError(`addGridSheet: not an A1 range: ${range}`);
  for (let r = a.row; r <= b.row; r++) {
    for (let c = a.col; c <= b.col; c++) {
      const cell = ws.getCell(r + 1, c + 1);
      cell.border = thinBorder;
      cell.font = excelFont({});
      cell.alignment = excelAlignment({ wrap: true, horizontal: "center" });
    }
  }
}
