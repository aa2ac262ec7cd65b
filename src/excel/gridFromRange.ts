import type { CellValue } from "../domain/cells";
import type { Grid, MergedArea } from "../layout/grid";
import { parseAddress } from "../layout/address";

/** What one `Range.load("values, formulas, numberFormat, valueTypes, rowIndex, columnIndex")` returns. */
export interface LoadedRange {
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly values: readonly (readonly unknown[])[];
  readonly formulas: readonly (readonly unknown[])[];
  readonly numberFormat: readonly (readonly unknown[])[];
  readonly valueTypes: readonly (readonly string[])[];
}

/** One cell as Office.js returns it → the engine's CellValue (errors become {error:"#DIV/0!"}). */
export function cellValueOf(value: unknown, valueType: string | undefined): CellValue {
  if (valueType === "Empty") return null;
  if (valueType === "Error") return { error: typeof value === "string" && value !== "" ? value : "#VALUE!" };
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "string") return value === "" ? null : value;
  return null;
}

/**
 * Turns a loaded range into a Grid padded to A1 (rows/columns before the range are null),
 * so addresses in the Grid are the sheet's own.
 */
export function gridFromLoaded(sheetName: string, loaded: LoadedRange, merges: readonly MergedArea[]): Grid {
  const top = loaded.rowIndex;
  const left = loaded.columnIndex;
  const width = left + (loaded.values[0]?.length ?? 0);
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  for (let r = 0; r < top; r++) {
    values.push(new Array<CellValue>(width).fill(null));
    formulas.push(new Array<string | null>(width).fill(null));
    numberFormats.push(new Array<string | null>(width).fill(null));
  }
  loaded.values.forEach((row, r) => {
    const v: CellValue[] = new Array<CellValue>(left).fill(null);
    const f: (string | null)[] = new Array<string | null>(left).fill(null);
    const n: (string | null)[] = new Array<string | null>(left).fill(null);
    row.forEach((raw, c) => {
      v.push(cellValueOf(raw, loaded.valueTypes[r]?.[c]));
      const formula = loaded.formulas[r]?.[c];
      f.push(typeof formula === "string" && formula.startsWith("=") ? formula : null);
      const format = loaded.numberFormat[r]?.[c];
      n.push(typeof format === "string" ? format : null);
    });
    values.push(v);
    formulas.push(f);
    numberFormats.push(n);
  });
  return { sheetName, values, formulas, numberFormats, merges };
}

/**
 * Parses a RangeAreas address ("Sheet1!A1:B2, 'a, b'!C3:D4" or without sheet names) into
 * merged areas. Each area's cell part is what follows its last "!", so commas or "!" inside
 * a quoted sheet name do not confuse it.
 */
export function parseAreasAddress(address: string): MergedArea[] {
  const areas: MergedArea[] = [];
  const pattern = /(?:^|!|,\s*)(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)(?=\s*,|\s*$)/g;
  for (const m of address.matchAll(pattern)) {
    const [a, b = a] = m[1].split(":");
    const p = parseAddress(a);
    const q = parseAddress(b);
    if (!p || !q) continue;
    areas.push({
      top: Math.min(p.row, q.row),
      left: Math.min(p.col, q.col),
      bottom: Math.max(p.row, q.row),
      right: Math.max(p.col, q.col),
    });
  }
  return areas;
}
