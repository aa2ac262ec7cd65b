import { isCellError, type CellValue, type RawCell } from "../domain/cells";
import { cellAddress, columnName } from "./address";
import type { Grid, MergedArea } from "./grid";
import { classifyLabel, type LabelId } from "./labels";

/**
 * Read-only access to a Grid that never throws: ragged rows, holes, odd values and merges
 * reaching past the data are all smoothed over. Built once per read, linear in the cells.
 */
export interface GridView {
  readonly sheetName: string;
  readonly rowCount: number;
  readonly colCount: number;
  value(row: number, col: number): CellValue;
  raw(row: number, col: number): RawCell;
  blank(row: number, col: number): boolean;
  /** The merge this cell belongs to, if any. */
  merge(row: number, col: number): MergedArea | undefined;
  /** True for the cells of a merge other than its top-left one. */
  covered(row: number, col: number): boolean;
  label(row: number, col: number): LabelId | undefined;
  /** The last column a cell reaches (its merge's right edge, or itself). */
  right(row: number, col: number): number;
}

const NOT_SPACE = /[^\s\u3000\u00a0]/;

function cleanValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "object" && isCellError(v as CellValue)) {
    const e = (v as { error: unknown }).error;
    return { error: typeof e === "string" ? e : "#VALUE!" };
  }
  return null;
}

function asArray<T>(x: unknown): readonly T[] {
  return Array.isArray(x) ? (x as T[]) : [];
}

/** Excel's last column is XFD, the 16,384th. */
const MAX_COLUMNS = 16384;
/** Column names by index ("A", "B" … "XFD"): a constant table, grown as wider sheets come, so each read does not spell them again. */
const COLUMN_NAMES: string[] = [];

function columnNamesUpTo(count: number): readonly string[] {
  while (COLUMN_NAMES.length < count) COLUMN_NAMES.push(columnName(COLUMN_NAMES.length));
  return COLUMN_NAMES;
}

export function gridView(grid: Grid): GridView {
  const rows = asArray<readonly CellValue[]>(grid?.values);
  const rowCount = rows.length;
  let colCount = 0;
  for (const r of rows) if (Array.isArray(r) && r.length > colCount) colCount = r.length;
  const formats = asArray<readonly (string | null)[]>(grid?.numberFormats);
  const formulas = asArray<readonly (string | null)[]>(grid?.formulas);

  // Merge lookup: a typed array of merge numbers per cell (no per-cell objects), clipped to the
  // data so a huge merge costs no more than the cells it covers; a Map when the rectangle is sparse.
  const width = Math.max(colCount, 1);
  const mergeList: MergedArea[] = [];
  for (const m of asArray<MergedArea>(grid?.merges)) {
    if (!m || ![m.top, m.left, m.bottom, m.right].every((n) => Number.isInteger(n) && n >= 0)) continue;
    if (m.bottom < m.top || m.right < m.left || m.top >= rowCount || m.left >= colCount) continue;
    mergeList.push(m);
  }
  const dense = rowCount * width <= 4_000_000;
  const slots = dense ? new Int32Array(rowCount * width) : undefined;
  const sparse = dense ? undefined : new Map<number, number>();
  mergeList.forEach((m, i) => {
    const bottom = Math.min(m.bottom, rowCount - 1);
    const right = Math.min(m.right, colCount - 1);
    for (let r = m.top; r <= bottom; r++) {
      for (let c = m.left; c <= right; c++) {
        const k = r * width + c;
        if (slots) {
          if (slots[k] === 0) slots[k] = i + 1;
        } else if (sparse && !sparse.has(k)) sparse.set(k, i + 1);
      }
    }
  });

  const columnNames = columnNamesUpTo(Math.min(colCount, MAX_COLUMNS));
  const value = (row: number, col: number): CellValue => {
    if (row < 0 || col < 0 || row >= rowCount) return null;
    const r = rows[row];
    return Array.isArray(r) ? cleanValue(r[col]) : null;
  };
  const merge = (row: number, col: number): MergedArea | undefined => {
    if (row < 0 || col < 0 || row >= rowCount || col >= width) return undefined;
    const k = row * width + col;
    const i = slots ? slots[k] : (sparse?.get(k) ?? 0);
    return i > 0 ? mergeList[i - 1] : undefined;
  };
  const covered = (row: number, col: number): boolean => {
    const m = merge(row, col);
    return m !== undefined && (m.top !== row || m.left !== col);
  };

  return {
    sheetName: typeof grid?.sheetName === "string" ? grid.sheetName : "",
    rowCount,
    colCount,
    value,
    raw(row, col) {
      const address = col < columnNames.length && row >= 0 ? `${columnNames[col]}${row + 1}` : cellAddress(row, col);
      const v = value(row, col);
      const fmt = formats[row]?.[col];
      const f = formulas[row]?.[col];
      const cell: { address: string; value: CellValue; numberFormat?: string; formula?: string } = { address, value: v };
      if (typeof fmt === "string" && fmt) cell.numberFormat = fmt;
      if (typeof f === "string" && f) cell.formula = f;
      return cell;
    },
    blank(row, col) {
      const x = value(row, col);
      // Same verdict as domain isBlank, without allocating a trimmed copy of every string.
      return x === null || (typeof x === "string" && !NOT_SPACE.test(x));
    },
    merge,
    covered,
    label(row, col) {
      return classifyLabel(value(row, col));
    },
    right(row, col) {
      const m = merge(row, col);
      return m ? Math.max(col, m.right) : col;
    },
  };
}
