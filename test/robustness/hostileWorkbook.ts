import * as ExcelJS from "exceljs";
import fc from "fast-check";
import { parseAddress } from "../../src/layout/address";
import type { Grid } from "../../src/layout/grid";
import { addGridSheet, newWorkbook, writeWorkbook } from "../../src/xlsx";
import { EditableGrid } from "../fuzz/editableGrid";
import { filledTemplate, templateSheets } from "../fuzz/gridArbs";

/**
 * A project sheet filled in as a user would, with hostile content in its text cells (formula-like
 * names, markup, terminal escapes) and, through ExcelJS, the cell kinds only a real file has:
 * rich text, a date, a boolean, an Excel error with and without its formula.
 */

/** Texts put in cells; each stays a plain text wherever jixiao reports or writes it. */
export const HOSTILE_TEXTS: Readonly<Record<string, string>> = {
  C2: "=cmd|' /C calc'!A0",
  C3: "+HYPERLINK(\"http://example.invalid\",\"点此\")",
  D14: "=1+1",
  D17: "@SUM(A1:A9)",
  D18: "-2+3+cmd|'/C calc'!A0",
  D19: "<img src=x onerror=alert(1)>",
  D20: "<script>alert('jixiao')</script>",
  // C1 controls (CSI, NEL) are legal XML 1.0 characters, so they survive a file; some terminals
  // act on CSI. C0 ones (ESC, BEL) cannot be stored raw (Excel writes _x001B_, which stays text).
  D21: "\u009b2J\u009b31m红字\u0085",
  // Quoted back by the WEIGHT_INVALID message: the readable report must not pass the CSI on.
  G18: "\u009b31m十分\u0085",
  D22: "{value}{{constructor.constructor('alert(1)')()}}",
  I14: "\u202e优\u202c良",
};

/** The tidy filled project template (every row scoreable), with the hostile texts in. */
export function hostileGrid(): Grid {
  const [base] = fc.sample(filledTemplate(templateSheets[1], true), { numRuns: 1, seed: 3 });
  const g = new EditableGrid(base);
  for (const [address, text] of Object.entries(HOSTILE_TEXTS)) {
    const p = parseAddress(address);
    if (p) g.set(p.row, p.col, { value: text });
  }
  return g.toGrid();
}

export const RICH_TEXT_CELL = "D15";
export const RICH_TEXT = "及时拨付";
export const DATE_CELL = "F16";
export const BOOLEAN_CELL = "G17";
export const ERROR_CELL = "E8";
export const ERROR_FORMULA_CELL = "D8";

/** The workbook as .xlsx bytes: the grid written by src/xlsx, then the special cells by ExcelJS. */
export async function hostileWorkbook(): Promise<Uint8Array> {
  const handle = newWorkbook();
  const name = addGridSheet(handle, hostileGrid());
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await writeWorkbook(handle)) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  ws.getCell(RICH_TEXT_CELL).value = { richText: [{ text: "及时", font: { bold: true } }, { text: "拨付", font: { italic: true } }] };
  const date = ws.getCell(DATE_CELL);
  date.value = new Date(Date.UTC(2020, 11, 20));
  date.numFmt = 'yyyy"年"m"月"d"日"';
  ws.getCell(BOOLEAN_CELL).value = true;
  ws.getCell(ERROR_CELL).value = { error: "#DIV/0!" } as ExcelJS.CellErrorValue;
  ws.getCell(ERROR_FORMULA_CELL).value = { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellFormulaValue;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
