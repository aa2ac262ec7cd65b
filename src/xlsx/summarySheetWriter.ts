import * as ExcelJS from "exceljs";
import { SUMMARY_COLUMN_WIDTHS, SUMMARY_HEADERS, SUMMARY_SHEET_NAME, SUMMARY_TITLE, type SummaryCell } from "../layout/summarySheet";
import { uniqueSheetName } from "../layout/sheetName";
import { handleFor, workbookOf, writeWorkbook, type WorkbookHandle } from "./workbookHandle";

/**
 * Puts the 汇总表 (layout/summarySheet.ts) into an open workbook: a new sheet, or jixiao's own
 * 汇总表 refreshed where it is. A sheet of that name that is not jixiao's is left alone (the
 * summary gets the next free name). Formulas are written without cached results and the workbook
 * asks for a full calculation on load, so Excel and LibreOffice show current figures.
 * Returns how many cells changed (0 on a second run over the same workbook).
 */

function text(cell: ExcelJS.Cell): string {
  return typeof cell.value === "string" ? cell.value.trim() : "";
}

function isOurs(ws: ExcelJS.Worksheet): boolean {
  return text(ws.getCell("A1")) === SUMMARY_TITLE && SUMMARY_HEADERS.every((h, i) => text(ws.getRow(2).getCell(i + 1)) === h);
}

function holds(cell: ExcelJS.Cell, want: SummaryCell): boolean {
  if (want.formula !== undefined) return cell.type === ExcelJS.ValueType.Formula && cell.formula === want.formula.slice(1);
  return cell.value === (want.text ?? null);
}

export function putSummarySheet(handle: WorkbookHandle, cells: readonly SummaryCell[]): number {
  const wb = workbookOf(handle);
  let ws = wb.worksheets.find((w) => w.name === SUMMARY_SHEET_NAME && isOurs(w)) ?? wb.worksheets.find(isOurs);
  if (!ws) {
    ws = wb.addWorksheet(uniqueSheetName(SUMMARY_SHEET_NAME, wb.worksheets.map((w) => w.name)));
    ws.views = [{ state: "frozen", xSplit: 0, ySplit: 2 }];
    SUMMARY_COLUMN_WIDTHS.forEach((width, i) => {
      ws!.getColumn(i + 1).width = width;
    });
    ws.getCell("A1").font = { bold: true, size: 14 };
    ws.getRow(2).font = { bold: true };
  }
  const sheet = ws;
  const wanted = new Set(cells.map((c) => c.address));
  let changed = 0;
  // Rows left over from a longer list (a sheet deleted since) are cleared.
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      if (!wanted.has(cell.address)) {
        cell.value = null;
        changed++;
      }
    }),
  );
  for (const c of cells) {
    const cell = sheet.getCell(c.address);
    if (!holds(cell, c)) {
      cell.value = c.formula !== undefined ? { formula: c.formula.slice(1) } : (c.text ?? null);
      changed++;
    }
    if (c.numberFormat !== undefined && cell.numFmt !== c.numberFormat) {
      cell.style = { ...cell.style, numFmt: c.numberFormat };
      changed++;
    }
  }
  if (changed > 0) wb.calcProperties = { ...wb.calcProperties, fullCalcOnLoad: true };
  return changed;
}

/**
 * The 汇总表 put into a workbook's bytes. The package patcher changes cells but cannot add a sheet
 * yet, so this path loads the workbook with ExcelJS, which drops parts it does not model (charts,
 * images): the CLI says so before it writes. Unchanged bytes come back as they were.
 */
export async function withSummarySheet(bytes: Uint8Array, cells: readonly SummaryCell[]): Promise<{ bytes: Uint8Array; changed: number }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as Parameters<ExcelJS.Xlsx["load"]>[0]);
  const handle = handleFor(wb);
  const changed = putSummarySheet(handle, cells);
  return { bytes: changed > 0 ? await writeWorkbook(handle) : bytes, changed };
}
