import type * as ExcelJS from "exceljs";
import type { ListValidation, TemplateSheet } from "../layout/templateSheet";
import { styleCell } from "./cellStyle";
import { uniqueSheetName } from "../layout/sheetName";
import { newWorkbook, workbookOf, writeWorkbook, type WorkbookHandle } from "./workbookHandle";

/** A4 in the OOXML paperSize table. */
const PAPER_A4 = 9 as ExcelJS.PaperSize;
/** Longest inline list Excel accepts in a list validation ("a,b,c" without the quotes). */
const MAX_INLINE_LIST = 255;
/** Where lists too long (or with commas) to inline live; hidden from the user. */
export const LISTS_SHEET = "jixiao_lists";

/**
 * Adds a rendered template as a new worksheet: values, styles by role, merges, widths, heights,
 * list validations and A4 print setup. Returns the sheet's name (made unique in the workbook).
 * Text is always written as text: a department named "=1+1" stays a string, never a formula; only
 * the arithmetic cells' own `formula` (layout/formulas.ts) is written as one.
 */
export function addTemplateSheet(handle: WorkbookHandle, t: TemplateSheet, name?: string): string {
  const wb = workbookOf(handle);
  const sheetName = uniqueSheetName((name ?? t.name).replace(/'/g, ""), wb.worksheets.map((w) => w.name));
  const ws = wb.addWorksheet(sheetName, { views: [{ showGridLines: false }] });

  t.columnWidths.forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
  for (const [row, height] of Object.entries(t.rowHeights)) {
    ws.getRow(Number(row) + 1).height = height;
  }
  for (const c of t.cells) {
    const cell = ws.getCell(c.address);
    // A formula goes in with its result on the fresh sheet, for viewers that do not recalculate.
    if (c.formula) cell.value = { formula: c.formula.replace(/^=/, ""), result: c.value ?? "" };
    else if (c.value !== null) cell.value = c.value;
    styleCell(cell, c.role, t.styles[c.role], c);
  }
  // Merging copies the top-left cell's style (borders included) over the whole area.
  for (const range of t.merges) ws.mergeCells(range);
  for (const v of t.validations) addListValidation(wb, ws, v);

  ws.pageSetup.paperSize = PAPER_A4;
  ws.pageSetup.orientation = t.print.orientation;
  ws.pageSetup.fitToPage = true;
  ws.pageSetup.fitToWidth = 1;
  ws.pageSetup.fitToHeight = 0;
  ws.pageSetup.horizontalCentered = true;
  ws.pageSetup.printTitlesRow = t.print.titleRows;
  ws.pageSetup.printArea = t.print.area;
  return sheetName;
}

/** A new workbook holding one template sheet, as .xlsx bytes. */
export async function templateWorkbook(t: TemplateSheet): Promise<Uint8Array> {
  const handle = newWorkbook();
  addTemplateSheet(handle, t);
  return writeWorkbook(handle);
}

interface DataValidations {
  add(address: string, validation: ExcelJS.DataValidation): void;
}

function validationsOf(ws: ExcelJS.Worksheet): DataValidations {
  return (ws as unknown as { dataValidations: DataValidations }).dataValidations;
}

function addListValidation(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, v: ListValidation): void {
  const inline = v.list.join(",");
  const canInline = inline.length <= MAX_INLINE_LIST && v.list.every((item) => !/[,"]/.test(item));
  const formula = canInline ? `"${inline}"` : listRange(wb, v.list);
  validationsOf(ws).add(v.range, {
    type: "list",
    allowBlank: true,
    formulae: [formula],
    showErrorMessage: true,
    errorStyle: "warning",
  });
}

/** The absolute range of the list in the hidden lists sheet, writing it there the first time. */
function listRange(wb: ExcelJS.Workbook, list: readonly string[]): string {
  const ws = wb.getWorksheet(LISTS_SHEET) ?? wb.addWorksheet(LISTS_SHEET, { state: "veryHidden" });
  const columns = ws.columnCount;
  let col = columns + 1;
  for (let c = 1; c <= columns; c++) {
    const held: unknown[] = [];
    ws.getColumn(c).eachCell((cell) => {
      held.push(cell.value);
    });
    if (held.length === list.length && held.every((v, i) => v === list[i])) col = c;
  }
  if (col > columns) {
    list.forEach((item, i) => {
      ws.getCell(i + 1, col).value = item;
    });
  }
  const letter = ws.getColumn(col).letter;
  return `${LISTS_SHEET}!$${letter}$1:$${letter}$${Math.max(list.length, 1)}`;
}
