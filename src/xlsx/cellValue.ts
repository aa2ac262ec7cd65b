import * as ExcelJS from "exceljs";
import type { CellValue } from "../domain/cells";

/**
 * One ExcelJS cell as the Grid holds it: the value Excel shows (a formula's cached result),
 * the formula text with its "=", and the number format.
 */
export interface ConvertedCell {
  readonly value: CellValue;
  readonly formula: string | null;
  readonly numberFormat: string | null;
}

/** Days between 1899-12-30 (serial 0 of the 1900 date system) and 1970-01-01. */
const EPOCH_1900 = 25569;
const MS_PER_DAY = 86_400_000;

/** A JS Date (ExcelJS turns date-formatted numbers into Dates) back into a 1900-system serial. */
export function dateToSerial(date: Date): number {
  return date.getTime() / MS_PER_DAY + EPOCH_1900;
}

type Scalar = ExcelJS.CellValue | ExcelJS.CellFormulaValue["result"];

function textOf(v: unknown): string {
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (v && typeof v === "object" && "richText" in v) return richTextOf(v as ExcelJS.CellRichTextValue);
  return "";
}

function richTextOf(v: ExcelJS.CellRichTextValue): string {
  return Array.isArray(v.richText) ? v.richText.map((run) => textOf(run.text)).join("") : "";
}

/** A plain (non-formula) value or a formula's result, as a CellValue. */
export function scalarValue(v: Scalar): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : dateToSerial(v);
  if (typeof v === "object") {
    if ("error" in v && typeof v.error === "string") return { error: v.error };
    if ("richText" in v) return richTextOf(v);
    if ("hyperlink" in v) return textOf((v as ExcelJS.CellHyperlinkValue).text);
    if ("text" in v) return textOf((v as { text: unknown }).text);
  }
  return null;
}

export function convertCell(cell: ExcelJS.Cell): ConvertedCell {
  const numberFormat = typeof cell.numFmt === "string" && cell.numFmt !== "" ? cell.numFmt : null;
  switch (cell.type) {
    case ExcelJS.ValueType.Merge:
      // The value lives in the top-left cell only (ExcelJS would echo the master's).
      return { value: null, formula: null, numberFormat };
    case ExcelJS.ValueType.Formula: {
      const text = cell.formula;
      return {
        value: scalarValue(cell.result as Scalar),
        formula: typeof text === "string" && text !== "" ? `=${text}` : null,
        numberFormat,
      };
    }
    default:
      return { value: scalarValue(cell.value), formula: null, numberFormat };
  }
}
