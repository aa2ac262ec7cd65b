import { isCellError, type RawCell } from "../domain/cells";
import { Decimal } from "../domain/decimal";
import { excelSerialToDate, formatDate } from "../domain/parse/date";
import { tidyText } from "../domain/parse/normalize";
import { isDateFormat, isPercentFormat, percentDecimals } from "../domain/parse/numberFormat";

/**
 * What a cell shows, for copying into the report's tables: 0.95 under "0%" reads "95%", a date
 * serial reads "2020年12月31日", text keeps its characters (spaces tidied, line breaks kept).
 */
export function cellShown(cell: RawCell | undefined): string {
  if (!cell) return "";
  const v = cell.value;
  if (v === null) return "";
  if (isCellError(v)) return v.error;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "string") return v.split(/\r?\n/).map(tidyText).filter((l) => l !== "").join("\n");
  if (isPercentFormat(cell.numberFormat)) {
    return `${new Decimal(v).times(100).toFixed(percentDecimals(cell.numberFormat ?? ""))}%`;
  }
  if (isDateFormat(cell.numberFormat)) {
    const d = excelSerialToDate(v);
    if (d) return formatDate(d);
  }
  // Floating noise from Excel (0.1 + 0.2) never reaches a report: 10 significant digits are plenty.
  return new Decimal(v).toSignificantDigits(10).toString();
}

/** A cell's text on one line (for sentences): line breaks become nothing, as in "产出\n指标". */
export function cellInline(cell: RawCell | undefined): string {
  return cellShown(cell).replace(/\n/g, "");
}
