import type { CellValue } from "../domain/cells";
import { isDateFormat } from "../domain/parse/numberFormat";
import type { Grid, MergedArea } from "../layout/grid";
import { shiftFormula } from "./formulaShift";
import { EXCEL_MAX_COLUMNS, EXCEL_MAX_ROWS, MAX_GRID_COLUMNS, MAX_GRID_ROWS, MAX_MERGED_AREAS, MAX_MERGED_CELLS } from "./limits";
import type { OpcPackage } from "./opcPackage";
import { StringItemText, unescapeOoxml } from "./stylesPart";
import { attr, SML, type XmlTag } from "./xmlStream";

/**
 * One worksheet part streamed into a Grid: values (a formula's cached result), formulas with "=",
 * number formats, merged areas. Rows and cells without their optional `r` follow the previous
 * one. Cells past MAX_GRID_ROWS × MAX_GRID_COLUMNS are counted, not kept; merges are rectangles,
 * clipped to the same caps, never expanded into cells.
 */

export interface SheetContext {
  readonly sharedStrings: readonly string[];
  /** Number format code of each cell style (cellXfs); null for General. */
  readonly formats: readonly (string | null)[];
  readonly date1904: boolean;
}

/** A cell reference that is not one ("AB", "A0", "XFE1"): the sheet is damaged. */
export class SheetDataError extends Error {}

/** A sheet past what a form can be (a merge over MAX_MERGED_CELLS cells): refused, not read. */
export class SheetTooLargeError extends SheetDataError {}

/** "XFD1048576" → 0-based row and column; undefined when it is not a cell reference. */
export function parseCellRef(ref: string): { row: number; col: number } | undefined {
  let i = 0;
  let col = 0;
  const n = ref.length;
  if (ref.charCodeAt(0) === 36) i++; // $
  for (; i < n; i++) {
    const c = ref.charCodeAt(i) | 0x20; // lower case
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  if (col === 0 || i > 4) return undefined;
  if (ref.charCodeAt(i) === 36) i++;
  let row = 0;
  const digitsFrom = i;
  for (; i < n; i++) {
    const d = ref.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return undefined;
    row = row * 10 + d;
  }
  if (i === digitsFrom || row === 0) return undefined;
  return { row: row - 1, col: col - 1 };
}

function checkedRef(ref: string): { row: number; col: number } {
  const at = parseCellRef(ref);
  if (!at) throw new SheetDataError(`"${ref}" is not a cell reference`);
  if (at.col >= EXCEL_MAX_COLUMNS || at.row >= EXCEL_MAX_ROWS) throw new SheetDataError(`cell ${ref} is beyond Excel's last row or column`);
  return at;
}

/** Days between the 1900 and 1904 date systems' day 0. */
const DAYS_1904 = 1462;
const EPOCH_1900_MS = Date.UTC(1899, 11, 30);

/** An ISO 8601 date cell (t="d") as a 1900-system serial. */
function isoSerial(text: string): number | null {
  const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(text) || !text.includes("T") ? text : `${text}Z`);
  return Number.isNaN(ms) ? null : (ms - EPOCH_1900_MS) / 86_400_000;
}

interface MutableRow {
  values: CellValue[];
  numberFormats: (string | null)[];
  formulas: (string | null)[];
}

export interface SheetRead {
  readonly grid: Grid;
  /** Set when the sheet went past the caps: its real size. */
  readonly size?: { rows: number; columns: number };
}

export function readSheet(pkg: OpcPackage, part: string, sheetName: string, ctx: SheetContext): SheetRead {
  const rows: MutableRow[] = [];
  const merges: MergedArea[] = [];
  const masters = new Map<string, { text: string; row: number; col: number }>();
  let lastRow = 0;
  let lastCol = 0;
  let cut = false;

  let inSheetData = false;
  let rowIndex = -1;
  let colIndex = -1;
  // The cell being read.
  let inCell = false;
  let type = "";
  let style = 0;
  let v: string | null = null;
  let f: string | null = null;
  let fType = "";
  let fSi = "";
  let collecting: "v" | "f" | null = null;
  let inInline = false;
  const inline = new StringItemText();
  let inlineText: string | null = null;

  // Every element of a sheet has the same namespace string: compare with the last one first.
  let smlUri = "";
  const smlOf = (tag: XmlTag): string => {
    if (tag.uri === smlUri) return tag.local;
    if (!SML.has(tag.uri)) return "";
    smlUri = tag.uri;
    return tag.local;
  };

  const finishCell = (): void => {
    let formula: string | null = null;
    if (f !== null) {
      if (fType === "shared" && fSi !== "") {
        if (f !== "") masters.set(fSi, { text: f, row: rowIndex, col: colIndex });
        else {
          const m = masters.get(fSi);
          if (m) f = shiftFormula(m.text, rowIndex - m.row, colIndex - m.col);
        }
      }
      if (f !== "") formula = `=${f}`;
    }
    let value: CellValue = null;
    const format = ctx.formats[style] ?? null;
    switch (type) {
      case "s":
        value = v === null ? null : (ctx.sharedStrings[Number(v)] ?? null);
        break;
      case "str":
        value = v === null ? null : unescapeOoxml(v);
        break;
      case "inlineStr":
        value = inlineText ?? (v === null ? null : unescapeOoxml(v));
        break;
      case "b":
        value = v === null ? null : v.trim() === "1" || v.trim() === "true";
        break;
      case "e":
        value = v === null ? null : { error: v.trim() };
        break;
      case "d":
        value = v === null ? null : isoSerial(v.trim());
        break;
      default:
        if (v !== null && v.trim() !== "") {
          const n = Number(v);
          value = Number.isFinite(n) ? n : null;
          if (ctx.date1904 && typeof value === "number" && isDateFormat(format ?? undefined)) value += DAYS_1904;
        }
    }
    if (value === null && formula === null && format === null) return;
    if (value !== null || formula !== null) {
      if (rowIndex + 1 > lastRow) lastRow = rowIndex + 1;
      if (colIndex + 1 > lastCol) lastCol = colIndex + 1;
    }
    if (rowIndex >= MAX_GRID_ROWS || colIndex >= MAX_GRID_COLUMNS) {
      if (value !== null || formula !== null) cut = true;
      return;
    }
    while (rows.length <= rowIndex) rows.push({ values: [], numberFormats: [], formulas: [] });
    const r = rows[rowIndex];
    while (r.values.length <= colIndex) {
      r.values.push(null);
      r.numberFormats.push(null);
      r.formulas.push(null);
    }
    r.values[colIndex] = value;
    r.numberFormats[colIndex] = format;
    r.formulas[colIndex] = formula;
  };

  pkg.parse(part, {
    open: (tag) => {
      const local = smlOf(tag);
      if (inCell) {
        if (inInline) inline.open(tag);
        else if (local === "v") {
          collecting = "v";
          v = "";
        } else if (local === "f") {
          collecting = "f";
          f = "";
          fType = attr(tag, "t") ?? "";
          fSi = attr(tag, "si") ?? "";
        } else if (local === "is") inInline = true;
        return;
      }
      if (!inSheetData) {
        if (local === "sheetData") inSheetData = true;
        else if (local === "mergeCell") addMerge(merges, attr(tag, "ref"));
        return;
      }
      if (local === "row") {
        const r = attr(tag, "r");
        const n = r === undefined ? rowIndex + 1 : Number(r) - 1;
        if (!Number.isInteger(n) || n < 0 || n >= EXCEL_MAX_ROWS) throw new SheetDataError(`row number "${r}" is out of range`);
        rowIndex = n;
        colIndex = -1;
      } else if (local === "c") {
        const ref = attr(tag, "r");
        if (ref === undefined) {
          colIndex++;
          if (rowIndex < 0) rowIndex = 0;
          if (colIndex >= EXCEL_MAX_COLUMNS) throw new SheetDataError("a row holds more cells than Excel's last column");
        } else {
          const at = checkedRef(ref);
          rowIndex = at.row;
          colIndex = at.col;
        }
        inCell = true;
        type = attr(tag, "t") ?? "n";
        style = Number(attr(tag, "s") ?? 0) || 0;
        v = f = inlineText = null;
        fType = fSi = "";
      }
    },
    close: (tag) => {
      const local = smlOf(tag);
      if (inCell) {
        if (inInline) {
          if (local === "is") {
            inInline = false;
            inlineText = inline.take();
          } else inline.close(tag);
        } else if (local === "v" || local === "f") collecting = null;
        else if (local === "c") {
          inCell = false;
          finishCell();
        }
      } else if (local === "sheetData") inSheetData = false;
    },
    text: (t) => {
      if (inInline) inline.text(t);
      else if (collecting === "v") v += t;
      else if (collecting === "f") f += t;
    },
  });

  const grid: Grid = {
    sheetName,
    values: rows.map((r) => r.values),
    numberFormats: rows.map((r) => r.numberFormats),
    formulas: rows.map((r) => r.formulas),
    merges: merges.sort((a, b) => a.top - b.top || a.left - b.left),
  };
  return cut ? { grid, size: { rows: lastRow, columns: lastCol } } : { grid };
}

/**
 * A merged range as a rectangle within the caps; a merge starting past them is dropped, and one
 * covering more than MAX_MERGED_CELLS refuses the sheet (its size is computed, never its cells).
 */
function addMerge(merges: MergedArea[], ref: string | undefined): void {
  if (!ref) return;
  const [from, to = from] = ref.split(":");
  const a = parseCellRef(from);
  const b = parseCellRef(to);
  if (!a || !b) return;
  if (merges.length >= MAX_MERGED_AREAS) throw new SheetDataError(`more than ${MAX_MERGED_AREAS} merged areas`);
  const top = Math.min(a.row, b.row);
  const left = Math.min(a.col, b.col);
  const cells = (Math.abs(a.row - b.row) + 1) * (Math.abs(a.col - b.col) + 1);
  if (cells > MAX_MERGED_CELLS) {
    throw new SheetTooLargeError(`the merged area ${ref} covers ${cells.toLocaleString("en-US")} cells, more than the ${MAX_MERGED_CELLS.toLocaleString("en-US")} a form can have`);
  }
  if (top >= MAX_GRID_ROWS || left >= MAX_GRID_COLUMNS) return;
  merges.push({
    top,
    left,
    bottom: Math.min(Math.max(a.row, b.row), MAX_GRID_ROWS - 1),
    right: Math.min(Math.max(a.col, b.col), MAX_GRID_COLUMNS - 1),
  });
}
