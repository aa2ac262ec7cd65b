import * as ExcelJS from "exceljs";
import type { CellWrite, Patch } from "../layout/patch";
import { workbookOf, type WorkbookHandle } from "./workbookHandle";

/**
 * Writes Patches into an open workbook: each computed cell gets jixiao's formula and its cached
 * result (so the file shows the value before any recalculation) and its number format.
 * Returns how many cells changed; a write that would leave the cell as it is is skipped, so
 * applying the same patches twice changes nothing the second time.
 */
export function applyPatches(handle: WorkbookHandle, patches: readonly Patch[]): number {
  const wb = workbookOf(handle);
  let written = 0;
  for (const patch of patches) {
    const ws = wb.getWorksheet(patch.sheetName);
    if (!ws) continue;
    for (const write of patch.writes) {
      if (applyWrite(ws, write)) written++;
    }
  }
  return written;
}

function applyWrite(ws: ExcelJS.Worksheet, write: CellWrite): boolean {
  const cell = ws.getCell(write.address);
  let changed = false;
  if (write.formula === "") {
    if (cell.type !== ExcelJS.ValueType.Null) {
      unshare(ws, cell);
      cell.value = null;
      changed = true;
    }
  } else {
    const formula = write.formula.startsWith("=") ? write.formula.slice(1) : write.formula;
    const result = write.value === null ? undefined : write.value;
    if (!holds(cell, formula, result)) {
      unshare(ws, cell);
      cell.value = result === undefined ? { formula } : { formula, result };
      changed = true;
    }
  }
  if (write.numberFormat !== undefined && cell.numFmt !== write.numberFormat) {
    // A loaded workbook shares one style object between all cells of a style: copy, never mutate.
    cell.style = { ...cell.style, numFmt: write.numberFormat };
    changed = true;
  }
  return changed;
}

function holds(cell: ExcelJS.Cell, formula: string, result: number | string | undefined): boolean {
  if (cell.type !== ExcelJS.ValueType.Formula || cell.formula !== formula) return false;
  const current: unknown = cell.result;
  return current === result || (current === null && result === undefined);
}

/**
 * Before a shared-formula master is overwritten, its clones get their own formula text:
 * otherwise ExcelJS (and Excel) would find clones pointing at a master that is gone.
 */
function unshare(ws: ExcelJS.Worksheet, master: ExcelJS.Cell): void {
  if (master.type !== ExcelJS.ValueType.Formula) return;
  const model = master.model as ExcelJS.CellModel & { shareType?: string };
  if (model.shareType !== "shared") return;
  const address = master.address;
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (cell.type !== ExcelJS.ValueType.Formula || cell.model.sharedFormula !== address) return;
      const formula = cell.formula;
      const result: unknown = cell.result;
      cell.value = { formula, result: result as ExcelJS.CellFormulaValue["result"] };
    });
  });
}
