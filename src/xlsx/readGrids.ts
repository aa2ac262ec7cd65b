import * as ExcelJS from "exceljs";
import type { CellValue } from "../domain/cells";
import type { Grid, MergedArea } from "../layout/grid";
import { convertCell } from "./cellValue";
import { asBytes, sniffFormat } from "./sniffFormat";
import { MAX_GRID_COLUMNS, MAX_GRID_ROWS } from "./limits";
import { handleFor, type WorkbookHandle } from "./workbookHandle";

export { MAX_GRID_COLUMNS, MAX_GRID_ROWS };

export type UnreadableReason = "encrypted" | "notXlsx" | "corrupt";

/** A sheet cut down to the caps: how big it really was. */
export interface TruncatedSheet {
  readonly sheetName: string;
  readonly rows: number;
  readonly columns: number;
}

export type ReadWorkbookOutcome =
  | {
      readonly ok: true;
      readonly grids: Grid[];
      /** Keep it to patch and write the same workbook later (applyPatches, writeWorkbook). */
      readonly workbook: WorkbookHandle;
      /** Sheets larger than MAX_GRID_ROWS × MAX_GRID_COLUMNS, read only up to the caps. */
      readonly truncated: readonly TruncatedSheet[];
    }
  | { readonly ok: false; readonly reason: UnreadableReason; readonly detail: string };

/** Reads every worksheet of an .xlsx file. Never throws: an unreadable file is an outcome. */
export async function readGrids(data: ArrayBuffer | Uint8Array): Promise<ReadWorkbookOutcome> {
  const bytes = asBytes(data);
  const format = sniffFormat(bytes);
  if (format === "ole") {
    return {
      ok: false,
      reason: "encrypted",
      detail: "OLE compound file: a password-protected workbook or an old .xls",
    };
  }
  if (format !== "zip") return { ok: false, reason: "notXlsx", detail: "not a zip archive" };

  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as Parameters<ExcelJS.Xlsx["load"]>[0]);
  } catch (e) {
    return { ok: false, reason: "corrupt", detail: e instanceof Error ? e.message : String(e) };
  }
  if (workbook.worksheets.length === 0) {
    return { ok: false, reason: "notXlsx", detail: "a zip archive without worksheets" };
  }
  const grids: Grid[] = [];
  const truncated: TruncatedSheet[] = [];
  for (const ws of workbook.worksheets) {
    const { grid, size } = worksheetGrid(ws);
    grids.push(grid);
    if (size) truncated.push({ sheetName: ws.name, ...size });
  }
  return { ok: true, grids, workbook: handleFor(workbook), truncated };
}

interface MutableRow {
  values: CellValue[];
  numberFormats: (string | null)[];
  formulas: (string | null)[];
}

/** One worksheet as a Grid, capped; `size` is set when the sheet went past the caps. */
export function worksheetGrid(ws: ExcelJS.Worksheet): {
  grid: Grid;
  size?: { rows: number; columns: number };
} {
  const rows: MutableRow[] = [];
  let lastRow = 0;
  let lastCol = 0;
  let cut = false;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      lastRow = Math.max(lastRow, rowNumber);
      lastCol = Math.max(lastCol, colNumber);
      if (rowNumber > MAX_GRID_ROWS || colNumber > MAX_GRID_COLUMNS) {
        cut = true;
        return;
      }
      const c = convertCell(cell);
      if (c.value === null && c.formula === null && c.numberFormat === null) return;
      const r = rowAt(rows, rowNumber - 1);
      const i = colNumber - 1;
      while (r.values.length <= i) {
        r.values.push(null);
        r.numberFormats.push(null);
        r.formulas.push(null);
      }
      r.values[i] = c.value;
      r.numberFormats[i] = c.numberFormat;
      r.formulas[i] = c.formula;
    });
  });
  const grid: Grid = {
    sheetName: ws.name,
    values: rows.map((r) => r.values),
    numberFormats: rows.map((r) => r.numberFormats),
    formulas: rows.map((r) => r.formulas),
    merges: worksheetMerges(ws),
  };
  return cut ? { grid, size: { rows: lastRow, columns: lastCol } } : { grid };
}

function rowAt(rows: MutableRow[], index: number): MutableRow {
  while (rows.length <= index) rows.push({ values: [], numberFormats: [], formulas: [] });
  return rows[index];
}

interface RangeLike {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** Merged areas, 0-based inclusive, within the caps. */
function worksheetMerges(ws: ExcelJS.Worksheet): MergedArea[] {
  // ExcelJS keeps merges in `_merges` (master address → Range); `model.merges` would
  // rebuild the whole sheet model just to list them.
  const index = (ws as unknown as { _merges?: Record<string, RangeLike | undefined> })._merges;
  const ranges = index ? Object.values(index) : [];
  const merges: MergedArea[] = [];
  for (const m of ranges) {
    if (!m || m.top > MAX_GRID_ROWS || m.left > MAX_GRID_COLUMNS) continue;
    merges.push({
      top: m.top - 1,
      left: m.left - 1,
      bottom: Math.min(m.bottom, MAX_GRID_ROWS) - 1,
      right: Math.min(m.right, MAX_GRID_COLUMNS) - 1,
    });
  }
  return merges.sort((a, b) => a.top - b.top || a.left - b.left);
}
