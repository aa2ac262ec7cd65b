import type { CellValue } from "../../src/domain/cells";
import type { Grid, MergedArea } from "../../src/layout/grid";
import type { FuzzCell } from "./cellArbs";

/**
 * A Grid that edits like a worksheet: rows and columns inserted or deleted with their values,
 * formulas and formats, merges following (or not, when a test wants them stale).
 */
export class EditableGrid {
  sheetName: string;
  values: CellValue[][];
  formulas: (string | null)[][];
  formats: (string | null)[][];
  merges: MergedArea[];

  constructor(grid: Grid) {
    this.sheetName = grid.sheetName;
    const rows = grid.values.length;
    this.values = grid.values.map((r) => [...r]);
    this.formulas = Array.from({ length: rows }, (_, i) => [...(grid.formulas?.[i] ?? [])]);
    this.formats = Array.from({ length: rows }, (_, i) => [...(grid.numberFormats?.[i] ?? [])]);
    this.merges = grid.merges.map((m) => ({ ...m }));
  }

  get rowCount(): number {
    return this.values.length;
  }

  get colCount(): number {
    return this.values.reduce((n, r) => Math.max(n, r.length), 0);
  }

  toGrid(): Grid {
    return {
      sheetName: this.sheetName,
      values: this.values.map((r) => [...r]),
      formulas: this.formulas.map((r) => [...r]),
      numberFormats: this.formats.map((r) => [...r]),
      merges: this.merges.map((m) => ({ ...m })),
    };
  }

  /** Every cell position holding something, row by row. */
  cells(): { row: number; col: number; value: CellValue }[] {
    const out: { row: number; col: number; value: CellValue }[] = [];
    this.values.forEach((r, row) =>
      r.forEach((value, col) => {
        if (value !== null && value !== undefined) out.push({ row, col, value });
      }),
    );
    return out;
  }

  /** Types a cell: the value replaces whatever was there, formula included (Excel does the same). */
  set(row: number, col: number, cell: FuzzCell): void {
    while (this.values.length <= row) {
      this.values.push([]);
      this.formulas.push([]);
      this.formats.push([]);
    }
    const pad = <T>(r: T[], fill: T) => {
      while (r.length <= col) r.push(fill);
    };
    pad(this.values[row], null);
    pad(this.formulas[row], null);
    this.values[row][col] = cell.value;
    this.formulas[row][col] = cell.formula ?? null;
    if (cell.format !== undefined) {
      pad(this.formats[row], null);
      this.formats[row][col] = cell.format;
    }
  }

  deleteRow(at: number, followMerges = true): void {
    if (at < 0 || at >= this.rowCount) return;
    for (const a of [this.values, this.formulas, this.formats]) a.splice(at, 1);
    if (!followMerges) return;
    this.merges = this.merges.flatMap((m) => {
      if (m.bottom < at) return [m];
      if (m.top > at) return [{ ...m, top: m.top - 1, bottom: m.bottom - 1 }];
      if (m.top === m.bottom) return [];
      return [{ ...m, bottom: m.bottom - 1 }];
    });
  }

  /** Inserts `count` copies of row `at` below it (what Ctrl+D down a selection does). */
  duplicateRow(at: number, count = 1, followMerges = true): void {
    if (at < 0 || at >= this.rowCount || count <= 0) return;
    const copies = <T>(a: T[][]) => Array.from({ length: count }, () => [...(a[at] ?? [])]);
    this.values.splice(at + 1, 0, ...copies(this.values));
    this.formulas.splice(at + 1, 0, ...copies(this.formulas));
    this.formats.splice(at + 1, 0, ...copies(this.formats));
    if (followMerges) this.shiftMergesDown(at, count);
  }

  insertBlankRows(at: number, count = 1): void {
    if (at < 0 || at > this.rowCount || count <= 0) return;
    const blanks = () => Array.from({ length: count }, () => []);
    this.values.splice(at, 0, ...blanks());
    this.formulas.splice(at, 0, ...blanks());
    this.formats.splice(at, 0, ...blanks());
    this.shiftMergesDown(at - 1, count);
  }

  /** Rows below `after` move down by `count`; a merge spanning the boundary grows. */
  private shiftMergesDown(after: number, count: number): void {
    this.merges = this.merges.map((m) => {
      if (m.bottom <= after) return m;
      if (m.top > after) return { ...m, top: m.top + count, bottom: m.bottom + count };
      return { ...m, bottom: m.bottom + count };
    });
  }

  /** Moves a row elsewhere (cut and insert); merges stay where they were, as a pasted sort leaves them. */
  moveRow(from: number, to: number): void {
    if (from < 0 || from >= this.rowCount || to < 0 || to >= this.rowCount) return;
    for (const a of [this.values, this.formulas, this.formats] as unknown[][][]) {
      const [row] = a.splice(from, 1);
      a.splice(to, 0, row ?? []);
    }
  }

  deleteColumn(at: number): void {
    for (const a of [this.values, this.formulas, this.formats] as unknown[][][]) for (const r of a) r.splice(at, 1);
    this.merges = this.merges.flatMap((m) => {
      if (m.right < at) return [m];
      if (m.left > at) return [{ ...m, left: m.left - 1, right: m.right - 1 }];
      if (m.left === m.right) return [];
      return [{ ...m, right: m.right - 1 }];
    });
  }

  insertBlankColumn(at: number): void {
    for (const a of [this.values, this.formulas, this.formats] as unknown[][][]) {
      for (const r of a) if (r.length > at) r.splice(at, 0, null);
    }
    this.merges = this.merges.map((m) => {
      if (m.right < at) return m;
      if (m.left >= at) return { ...m, left: m.left + 1, right: m.right + 1 };
      return { ...m, right: m.right + 1 };
    });
  }
}
