import { isCellError, type CellValue } from "../../src/domain/cells";
import { cellAddress } from "../../src/layout/address";
import type { Grid } from "../../src/layout/grid";

/** Cell-by-cell reading and comparison of Grids, for the "never lose a cell" checks. */

export function sameCellValue(a: CellValue | undefined, b: CellValue | undefined): boolean {
  const x = a ?? null;
  const y = b ?? null;
  if (x !== null && y !== null && typeof x === "object" && typeof y === "object") {
    return isCellError(x) && isCellError(y) && Object.is(x.error, y.error);
  }
  return Object.is(x, y);
}

function sameText(a: string | null | undefined, b: string | null | undefined): boolean {
  return (a || null) === (b || null);
}

function extent(grid: Grid): { rows: number; cols: number } {
  const all = [grid.values, grid.formulas ?? [], grid.numberFormats ?? []];
  let rows = 0;
  let cols = 0;
  for (const a of all) {
    rows = Math.max(rows, a.length);
    for (const r of a) cols = Math.max(cols, r?.length ?? 0);
  }
  return { rows, cols };
}

export interface CellDifference {
  readonly address: string;
  readonly what: "value" | "formula" | "numberFormat";
  readonly before: unknown;
  readonly after: unknown;
}

/**
 * Every cell whose value, formula or number format differs between two grids, except the
 * addresses given. A missing cell equals an empty one (ragged rows are not a change).
 */
export function cellDifferences(before: Grid, after: Grid, except: ReadonlySet<string> = new Set(), formats = true): CellDifference[] {
  const a = extent(before);
  const b = extent(after);
  const rows = Math.max(a.rows, b.rows);
  const cols = Math.max(a.cols, b.cols);
  const out: CellDifference[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const va = before.values[r]?.[c];
      const vb = after.values[r]?.[c];
      const fa = before.formulas?.[r]?.[c];
      const fb = after.formulas?.[r]?.[c];
      const na = before.numberFormats?.[r]?.[c];
      const nb = after.numberFormats?.[r]?.[c];
      const sameV = sameCellValue(va, vb);
      const sameF = sameText(fa, fb);
      const sameN = !formats || sameText(na, nb);
      if (sameV && sameF && sameN) continue;
      const address = cellAddress(r, c);
      if (except.has(address)) continue;
      if (!sameV) out.push({ address, what: "value", before: va, after: vb });
      if (!sameF) out.push({ address, what: "formula", before: fa, after: fb });
      if (!sameN) out.push({ address, what: "numberFormat", before: na, after: nb });
    }
  }
  return out;
}

/** A structural copy of a grid (values, formulas, formats, merges), to compare against later. */
export function copyGrid(grid: Grid): Grid {
  return {
    sheetName: grid.sheetName,
    values: grid.values.map((r) => (Array.isArray(r) ? [...r] : r)),
    ...(grid.formulas ? { formulas: grid.formulas.map((r) => (Array.isArray(r) ? [...r] : r)) } : {}),
    ...(grid.numberFormats ? { numberFormats: grid.numberFormats.map((r) => (Array.isArray(r) ? [...r] : r)) } : {}),
    merges: grid.merges.map((m) => ({ ...m })),
  };
}

/** Freezes a grid all the way down, so any attempt to write into it throws (strict mode). */
export function deepFreeze<T>(x: T): T {
  if (x !== null && typeof x === "object" && !Object.isFrozen(x)) {
    Object.freeze(x);
    for (const v of Object.values(x as object)) deepFreeze(v);
  }
  return x;
}
