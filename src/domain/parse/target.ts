import { isBlank, isCellError, ownCopy, type RawCell } from "../cells";
import { Decimal, decimalOf } from "../decimal";
import type { ValueInput } from "../input";
import { excelSerialToDate, formatDate, parseDateText, type DateValue } from "./date";
import { canonicalUnit, parseNumberText } from "./number";
import { formatUnit, isDateFormat, isPercentFormat } from "./numberFormat";
import { cellDisplay, head, normalizeText, tidyText } from "./normalize";
import { operatorOnly, splitDirection, splitOperatorPrefix, type Direction, type Operator } from "./operator";

/**
 * A target (年度指标值) or actual (实际完成值): operator + number + unit, a date, or text,
 * from one cell ("≥95%") or the split 指标性质 | 指标值 | 度量单位 shape (rules.md §3).
 */

export type MeasureValue =
  | { readonly kind: "blank" }
  /** An Excel error or a non-finite number: `shown` is what the cell displays. */
  | { readonly kind: "error"; readonly shown: string }
  | {
      readonly kind: "number";
      readonly value: Decimal;
      /** Canonical unit ("%", "家", "万元/个"), "" when none. */
      readonly unit: string;
      readonly approximate: boolean;
      /** Typed as a bare number (no unit, no % format): 0.95 may be a fraction of 1. */
      readonly bare: boolean;
    }
  | { readonly kind: "date"; readonly date: DateValue }
  | { readonly kind: "text"; readonly text: string };

export type NatureLabel = "定量" | "定性";

export interface Measure {
  /** The value cell. */
  readonly cell: string;
  readonly value: MeasureValue;
  /** The operator written in the value or the 指标性质 cell; null when none was written. */
  readonly operator: Operator | null;
  /** A 正向/反向 label, when one was written. */
  readonly direction: Direction | null;
  /** Where the operator/direction was read (the 指标性质 cell in the split shape). */
  readonly operatorCell: string;
  /** 定量/定性 written in a 指标性质 cell. */
  readonly nature: NatureLabel | null;
  /** The cell's text as shown, for messages and qualitative comparison. */
  readonly shown: string;
}

interface CellReading {
  readonly value: MeasureValue;
  readonly operator: Operator | null;
  readonly direction: Direction | null;
  readonly shown: string;
}

function readNumberCell(v: number, fmt: string | undefined): MeasureValue {
  if (!Number.isFinite(v)) return { kind: "error", shown: String(v) };
  if (isDateFormat(fmt)) {
    const date = excelSerialToDate(v);
    return date ? { kind: "date", date } : { kind: "error", shown: String(v) };
  }
  if (isPercentFormat(fmt)) {
    return { kind: "number", value: decimalOf(v).times(100), unit: "%", approximate: false, bare: false };
  }
  const unit = canonicalUnit(formatUnit(fmt));
  return { kind: "number", value: decimalOf(v), unit, approximate: false, bare: unit === "" };
}

/** A typed number as the sheet shows it: 95%, 2020年12月31日, 52家. */
function showValue(value: MeasureValue, fallback: string): string {
  if (value.kind === "number") return `${value.value.toString()}${value.unit}`;
  if (value.kind === "date") return formatDate(value.date);
  return fallback;
}

/** A target or actual worth parsing is short; a longer text is read as text, its start quoted. */
const MAX_MEASURE_TEXT = 400;

/**
 * Texts read before, up to a bound: a sheet is read twice per check (checkWorkbook reads it again
 * once patched), and targets repeat ("≥95%", "100%", "完成"). A reading depends on the text alone
 * and is never changed, so sharing one is safe.
 */
const readings = new Map<string, CellReading>();
const READINGS_LIMIT = 2000;

function readText(text: string): CellReading {
  // A long text is not kept: a pasted megabyte would stay in memory.
  if (text.length > MAX_MEASURE_TEXT) return readTextUncached(text);
  let r = readings.get(text);
  if (r === undefined) {
    if (readings.size >= READINGS_LIMIT) readings.clear();
    // Read from the copy too: the reading quotes the text.
    const own = ownCopy(text);
    r = readTextUncached(own);
    readings.set(own, r);
  }
  return r;
}

function readTextUncached(text: string): CellReading {
  const shown = tidyText(head(text, MAX_MEASURE_TEXT));
  if (text.length > MAX_MEASURE_TEXT) return { value: { kind: "text", text: shown }, operator: null, direction: null, shown };
  const d = splitDirection(text);
  const o = splitOperatorPrefix(d.rest);
  const rest = o.rest;
  if (rest === "") return { value: { kind: "blank" }, operator: o.operator, direction: d.direction, shown };
  const date = parseDateText(rest);
  if (date) return { value: { kind: "date", date }, operator: o.operator, direction: d.direction, shown };
  const n = parseNumberText(rest);
  if (n) {
    return {
      value: { kind: "number", value: n.value, unit: n.unit, approximate: n.approximate, bare: n.unit === "" },
      operator: o.operator ?? n.suffixOperator,
      direction: d.direction,
      shown,
    };
  }
  return { value: { kind: "text", text: shown }, operator: o.operator, direction: d.direction, shown };
}

/** One cell read as a measure value (operators and direction labels included). */
export function readMeasureCell(cell: RawCell | undefined): CellReading {
  if (!cell || isBlank(cell.value)) return { value: { kind: "blank" }, operator: null, direction: null, shown: "" };
  const v = cell.value;
  if (isCellError(v)) return { value: { kind: "error", shown: v.error }, operator: null, direction: null, shown: v.error };
  if (typeof v === "number") {
    const value = readNumberCell(v, cell.numberFormat);
    return { value, operator: null, direction: null, shown: showValue(value, cellDisplay(v)) };
  }
  if (typeof v !== "string") {
    return { value: { kind: "text", text: cellDisplay(v) }, operator: null, direction: null, shown: cellDisplay(v) };
  }
  return readText(v);
}

/** 指标性质: "≥", "大于等于", "正向", "反向指标", "定性", "定量". */
function readNature(cell: RawCell | undefined): { operator: Operator | null; direction: Direction | null; nature: NatureLabel | null } {
  const text = cell && typeof cell.value === "string" ? normalizeText(head(cell.value, 40)) : "";
  if (text === "") return { operator: null, direction: null, nature: null };
  if (/^定性/.test(text)) return { operator: null, direction: null, nature: "定性" };
  if (/^定量/.test(text)) return { operator: null, direction: null, nature: "定量" };
  const d = splitDirection(text);
  return { operator: operatorOnly(d.rest) ?? splitOperatorPrefix(d.rest).operator, direction: d.direction, nature: null };
}

export function parseMeasure(input: ValueInput): Measure {
  if (input.kind === "single") {
    const r = readMeasureCell(input.cell);
    // Written out, not spread: one Measure shape, no copy (bench/NOTES.md).
    return {
      cell: input.cell.address,
      operatorCell: input.cell.address,
      nature: null,
      value: r.value,
      operator: r.operator,
      direction: r.direction,
      shown: r.shown,
    };
  }
  const r = readMeasureCell(input.value);
  const nature = readNature(input.nature);
  const unitText = input.unit && typeof input.unit.value === "string" ? canonicalUnit(head(input.unit.value, 40)) : "";
  let value = r.value;
  if (value.kind === "number" && value.unit === "" && unitText !== "") {
    value = { ...value, unit: unitText, bare: false };
  }
  const unitShown = value.kind === "number" && unitText !== "" && !r.shown.endsWith(unitText) ? unitText : "";
  return {
    cell: input.value.address,
    operatorCell: input.nature && (nature.operator || nature.direction) ? input.nature.address : input.value.address,
    value,
    operator: nature.operator ?? r.operator,
    direction: nature.direction ?? r.direction,
    nature: nature.nature,
    shown: `${r.shown}${unitShown}`,
  };
}
