import * as ExcelJS from "exceljs";
import { JIXIAO_VERSION } from "../domain/version";

/**
 * A workbook of plain tables (the reviewer's summary): a bold, frozen header row with filters,
 * column widths and number formats, and links. Written with ExcelJS's streaming writer, row by
 * row into the stream the caller gives (the CLI's: ExcelJS's streaming writer needs Node's
 * streams, and this folder stays free of Node), so thousands of rows cost little memory. Text is always a
 * text cell, never a formula, whatever it starts with (=, +, -, @): Excel, WPS and LibreOffice
 * show it as typed. (ExcelJS cannot set the quotePrefix style; a string cell is text in all three.)
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
  /** Iterated once, while writing. */
  readonly rows: Iterable<readonly TableCell[]>;
}

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE7E6E6" } };
const LINK_FONT: Partial<ExcelJS.Font> = { color: { argb: "FF0563C1" }, underline: true };

export type TableSink = NonNullable<Partial<ExcelJS.stream.xlsx.WorkbookStreamWriterOptions>["stream"]>;

/** Writes the tables into `sink`; resolves when the last byte is written. */
export async function tableWorkbook(sheets: readonly TableSheet[], sink: TableSink): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: false });
  wb.creator = `jixiao ${JIXIAO_VERSION}`;
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheet.name, { views: [{ state: "frozen", xSplit: 0, ySplit: 1 }] });
    ws.columns = sheet.columns.map((c) => ({ width: c.width, ...(c.numberFormat ? { style: { numFmt: c.numberFormat } } : {}) }));
    const header = ws.getRow(1);
    sheet.columns.forEach((c, i) => {
      const cell = header.getCell(i + 1);
      cell.value = c.header;
      cell.font = { bold: true };
      cell.alignment = { vertical: "middle", wrapText: true };
      cell.fill = HEADER_FILL;
    });
    header.commit();
    let r = 2;
    for (const cells of sheet.rows) {
      const row = ws.getRow(r++);
      cells.forEach((v, i) => {
        if (v === null) return;
        const cell = row.getCell(i + 1);
        if (typeof v === "object") {
          cell.value = { text: v.text, hyperlink: v.link };
          cell.font = LINK_FONT;
        } else {
          // A string stays a string cell (inline string): never turned into a formula.
          cell.value = v;
        }
      });
      row.commit();
    }
    if (sheet.columns.length > 0) {
      ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, r - 1), column: sheet.columns.length } };
    }
    ws.commit();
  }
  await wb.commit();
}
