import { execFile } from "child_process";
import { readFileSync } from "fs";
import { join } from "path";
import { promisify } from "util";
import type { Grid } from "../../../src/layout/grid";
import { addGridSheet, newWorkbook, writeWorkbook } from "../../../src/xlsx";

/** Workbooks for the browser tests, and the CLI to check what the page downloads. */

export const ROOT = join(__dirname, "..", "..", "..");
export const SEED_XLSX = join(ROOT, "examples", "shifeng-2020.xlsx");
export const XSS = "<img src=x onerror=alert(1)>";

export function seedBytes(): Buffer {
  return readFileSync(SEED_XLSX);
}

/** An .xlsx holding the given grids (through the project's own writer). */
export async function workbookOf(grids: readonly Grid[]): Promise<Buffer> {
  const handle = newWorkbook();
  for (const grid of grids) addGridSheet(handle, grid);
  return Buffer.from(await writeWorkbook(handle));
}

/** A grid with some cells replaced (0-based row/col). */
export function withCells(grid: Grid, sheetName: string, cells: readonly { row: number; col: number; value: string }[]): Grid {
  const values = grid.values.map((r) => [...r]);
  for (const { row, col, value } of cells) {
    while (values.length <= row) values.push([]);
    const r = values[row];
    while (r.length <= col) r.push(null);
    r[col] = value;
  }
  return { ...grid, sheetName, values };
}

const run = promisify(execFile);

/** `node bin/jixiao.js check --json <file>` (the CLI built by `npm run build:cli`); exit code 1 means problems found. */
export async function cliCheckJson(file: string): Promise<unknown> {
  try {
    const { stdout } = await run(process.execPath, [join(ROOT, "bin", "jixiao.js"), "check", "--json", file], { cwd: ROOT });
    return JSON.parse(stdout);
  } catch (e) {
    const failed = e as { stdout?: string; code?: number; stderr?: string };
    if (failed.stdout && failed.code === 1) return JSON.parse(failed.stdout);
    throw new Error(`jixiao check failed (${String(failed.code)}): ${failed.stderr ?? String(e)}`);
  }
}
