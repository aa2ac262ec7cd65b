import { cellOwner } from "../domain/ownership";
import type { RawCell } from "../domain/cells";
import { rawCellAt, type Grid } from "../layout/grid";
import type { Patch } from "../layout/patch";
import { parseAddress } from "../layout/address";
import type { CellStyle } from "../layout/templateSheet";
import type { XlWorksheet } from "./officeTypes";

/**
 * Puts a Patch into a sheet. A cell is written only when the write changes it as read in the
 * same run (so Ctrl+Z undoes the user's edit, not a wall of re-written cells, and a second run
 * writes nothing), and only when it is blank or still jixiao's: a score the user typed is never
 * overwritten (rules.md §9), even if a Patch asked for it.
 */

/** The computed look: fill and font colour of written cells, so the user sees which is which. */
export type ComputedLook = Pick<CellStyle, "fill" | "fontColor">;

/** One cell's change: the new formula ("" clears a cell jixiao had filled) and/or number format. */
export interface PlannedWrite {
  readonly address: string;
  readonly formula?: string;
  readonly numberFormat?: string;
}

function gridCell(grid: Grid, address: string): RawCell | undefined {
  const at = parseAddress(address);
  return at ? rawCellAt(grid, at.row, at.col) : undefined;
}

/** The writes of a patch that actually change the sheet as read. */
export function plannedWrites(patch: Patch, grid: Grid): PlannedWrite[] {
  const planned: PlannedWrite[] = [];
  for (const write of patch.writes) {
    const cell = gridCell(grid, write.address);
    if (!cell) continue;
    const owner = cellOwner(cell);
    if (owner === "user") continue;
    let formula: string | undefined;
    if (write.formula === "") formula = owner === "jixiao" ? "" : undefined;
    else if (cell.formula !== write.formula) formula = write.formula;
    const numberFormat =
      write.numberFormat !== undefined && cell.numberFormat !== write.numberFormat ? write.numberFormat : undefined;
    if (formula !== undefined || numberFormat !== undefined) planned.push({ address: write.address, formula, numberFormat });
  }
  return planned;
}

/** Queues the planned writes (no sync). */
export function queueWrites(worksheet: XlWorksheet, writes: readonly PlannedWrite[], look?: ComputedLook): void {
  for (const write of writes) {
    const range = worksheet.getRange(write.address);
    if (write.numberFormat !== undefined) range.numberFormat = [[write.numberFormat]];
    if (write.formula === undefined) continue;
    range.formulas = [[write.formula]];
    if (write.formula === "") continue;
    if (look?.fill) range.format.fill.color = look.fill;
    if (look?.fontColor) range.format.font.color = look.fontColor;
  }
}
