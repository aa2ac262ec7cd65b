import { newWorkbook, workbookOf, writeWorkbook } from "./workbookHandle";

/**
 * A workbook of plain tables (the reviewer's summary): a bold, frozen header row with filters,
 * column widths and number formats, and links. Text is always written as a text cell, never as a
 * formula, whatever it starts with (=, +, -, @): Excel, WPS and LibreOffice show it as typed.
 * (ExcelJS cannot set the quotePrefix style; a string cell is already text in all three.)
 */

export type TableCell = string | number | null | { readonly text: string; readonly link: string };

export interface TableColumn {
  readonly header: string;
  /** Width in characters. */
  readonly width: number;
  readonly numberFormat?: string;
}

export interface TableSheet {
  readonly name: string;
  readonly columns: readonly TableColumn[];
  readonly rows: readonly (readonly TableCell[])[];
}

export async function tableWorkbook(sheets: readonly TableSheet[]): Promise<Uint8Array> {
  const handle = newWorkbook();
  const wb = workbookOf(handle);
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheet.name, { views: [{ state: "frozen", xSplit: 0, ySplit: 1 }] });
    ws.columns = sheet.columns.map((c) => ({ width: c.width, ...(c.numberFormat ? { style: { numFmt: c.numberFormat } } : {}) }));
    const header = ws.getRow(1);
    sheet.columns.forEach((c, i) => {
      const cell = header.getCell(i + 1);
      cell.value = c.header;
      cell.font = { bold: true };
      cell.alignment = { vertical: "middle", wrapText: true };
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE7E6E6" } };
    });
    sheet.rows.forEach((cells, r) => {
      const row = ws.getRow(r + 2);
      cells.forEach((v, i) => {
        if (v === null) return;
        const cell = row.getCell(i + 1);
        if (typeof v === "object") {
          cell.value = { text: v.text, hyperlink: v.link };
          cell.font = { color: { argb: "FF0563C1" }, underline: true };
        } else {
          // A string stays a string cell (t="s"): never turned into a formula.
          cell.value = v;
        }
      });
    });
    if (sheet.columns.length > 0) {
      ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, sheet.rows.length + 1), column: sheet.columns.length } };
    }
  }
  return writeWorkbook(handle);
}
