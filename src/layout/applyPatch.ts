import type { CellValue } from "../domain/cells";
import { parseAddress } from "./address";
import type { Grid } from "./grid";
import type { Patch } from "./patch";

/**
 * The grid as it reads once a Patch has landed: each write's formula and its cached value
 * (a cleared cell reads blank). Pure: the input grid is left as it was. Used by idempotence
 * tests (apply, re-check, expect an empty patch) and by faces that preview a result.
 */
export function applyPatchToGrid(grid: Grid, patch: Patch): Grid {
  const values: CellValue[][] = grid.values.map((r) => [...r]);
  const formulas: (string | null)[][] = (grid.formulas ?? []).map((r) => [...r]);
  const formats: (string | null)[][] = (grid.numberFormats ?? []).map((r) => [...r]);
  const grow = <T>(rows: T[][], row: number, col: number, fill: T) => {
    while (rows.length <= row) rows.push([]);
    const r = rows[row];
    while (r.length <= col) r.push(fill);
  };
  for (const w of patch.writes) {
    const p = parseAddress(w.address);
    if (!p) continue;
    grow(values, p.row, p.col, null);
    grow(formulas, p.row, p.col, null);
    values[p.row][p.col] = w.formula === "" ? null : w.value;
    formulas[p.row][p.col] = w.formula === "" ? null : w.formula;
    if (w.numberFormat !== undefined) {
      grow(formats, p.row, p.col, null);
      formats[p.row][p.col] = w.numberFormat;
    }
  }
  return {
    ...grid,
    values,
    formulas,
    ...(grid.numberFormats || formats.length > 0 ? { numberFormats: formats } : {}),
  };
}
