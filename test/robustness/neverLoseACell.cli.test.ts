import * as ExcelJS from "exceljs";
import fc from "fast-check";
import { readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { checkWorkbook } from "../../src/layout/checkWorkbook";
import type { Grid, MergedArea } from "../../src/layout/grid";
import type { Patch } from "../../src/layout/patch";
import { renderTemplate } from "../../src/layout/templateSpec";
import { addGridSheet, newWorkbook, readGrids, templateWorkbook, writeWorkbook } from "../../src/xlsx";
import { ensureCliBuilt, jixiao, removeTempDirs, ROOT, tempDir } from "../cli/runJixiao";
import { layoutVariants } from "../fixtures/layoutVariants";
import { seedGrids } from "../fixtures/seedGrids";
import { fuzzMode } from "../fuzz/budget";
import { filledTemplate, landedThenEditedGrid, mutatedGrid, templateSheets } from "../fuzz/gridArbs";
import { CRAFTED } from "./craftFiles";
import { hostileWorkbook } from "./hostileWorkbook";

/**
 * Never lose a cell through `jixiao score`: for every fixture workbook, every cell of every
 * sheet of the output — read back with ExcelJS, not with jixiao's own reader — holds the same
 * value, formula and number format as in the input, except the computed cells the patch names,
 * which hold jixiao's formulas. Merges and sheet order are unchanged too.
 */

beforeAll(() => ensureCliBuilt(), 240_000);
afterAll(() => removeTempDirs());

/** ExcelJS rejects overlapping or inverted merges; fuzzed grids have them, real files cannot. */
function fileSafe(g: Grid): Grid {
  const kept: MergedArea[] = [];
  const overlaps = (a: MergedArea, b: MergedArea) => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
  for (const m of g.merges) {
    const ok = m.top >= 0 && m.left >= 0 && m.bottom >= m.top && m.right >= m.left && m.bottom < 1_048_576 && m.right < 16_384;
    if (ok && (m.bottom > m.top || m.right > m.left) && !kept.some((k) => overlaps(k, m))) kept.push(m);
  }
  const fix = (v: Grid["values"][number][number]) => (typeof v === "number" && !Number.isFinite(v) ? { error: "#NUM!" } : v);
  return { ...g, sheetName: g.sheetName.replace(/[\\/?*[\]:]/g, "_").slice(0, 31) || "Sheet", values: g.values.map((r) => r.map(fix)), merges: kept };
}

async function gridsWorkbook(grids: readonly Grid[]): Promise<Uint8Array> {
  const handle = newWorkbook();
  for (const g of grids) addGridSheet(handle, fileSafe(g));
  return writeWorkbook(handle);
}

const samples = fuzzMode() === "full" ? 60 : 6;
const WORKBOOKS: readonly (readonly [string, () => Promise<Uint8Array>])[] = [
  ["the seed example", async () => new Uint8Array(readFileSync(path.join(ROOT, "examples", "shifeng-2020.xlsx")))],
  ["the overall template", () => templateWorkbook(renderTemplate("overall", { sample: true, year: 2024 }))],
  ["the project template", () => templateWorkbook(renderTemplate("project", { sample: true, year: 2024 }))],
  ["the seed's tables and the layout variants", () => gridsWorkbook([...seedGrids, ...layoutVariants.map((v) => v.grid)])],
  ["filled templates", () => gridsWorkbook(templateSheets.flatMap((t) => fc.sample(filledTemplate(t, true), { numRuns: 3, seed: 21 })))],
  ["hostile content", hostileWorkbook],
  ["a sheet claiming A1:XFD1048576", () => (CRAFTED.find((f) => f.name === "hostile-dimension-bomb.xlsx") as (typeof CRAFTED)[number]).bytes()],
  ["fuzzed tables", () => gridsWorkbook(fc.sample(mutatedGrid, { numRuns: samples, seed: 22 }))],
  ["fuzzed tables jixiao had filled", () => gridsWorkbook(fc.sample(landedThenEditedGrid, { numRuns: samples, seed: 23 }))],
];

interface CellSnapshot {
  readonly value: string;
  readonly formula: string | null;
  readonly numFmt: string | null;
}

/** Every non-empty cell of every sheet, as comparable text, by sheet and address. */
async function cellsOf(bytes: Uint8Array): Promise<{ names: string[]; merges: Map<string, string[]>; cells: Map<string, Map<string, CellSnapshot>> }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const cells = new Map<string, Map<string, CellSnapshot>>();
  const merges = new Map<string, string[]>();
  for (const ws of wb.worksheets) {
    const m = new Map<string, CellSnapshot>();
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        // A cell covered by a merge echoes its master's value in ExcelJS; the file holds nothing there.
        if (cell.type === ExcelJS.ValueType.Merge) return;
        const formula = cell.type === ExcelJS.ValueType.Formula ? `=${cell.formula}` : null;
        const value = cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
        m.set(cell.address, { value: JSON.stringify(value ?? null), formula, numFmt: cell.numFmt || null });
      }),
    );
    cells.set(ws.name, m);
    merges.set(ws.name, [...((ws.model as { merges?: string[] }).merges ?? [])].sort());
  }
  return { names: wb.worksheets.map((w) => w.name), merges, cells };
}

describe("jixiao score never loses a cell", () => {
  it.each(WORKBOOKS.map(([name, make]) => [name, make] as const))("%s", async (name, make) => {
    const dir = tempDir("jixiao-keep-");
    const input = path.join(dir, "in.xlsx");
    const output = path.join(dir, "out.xlsx");
    writeFileSync(input, await make());
    const inputBytes = readFileSync(input);

    const read = await readGrids(new Uint8Array(inputBytes));
    if (!read.ok) throw new Error(read.detail);
    const check = checkWorkbook(read.grids);
    const patches = new Map<string, Patch>(check.sheets.map((s) => [s.patch.sheetName, s.patch]));
    const errorsLeft = [...check.sheets.map((s) => s.result.diagnostics), ...check.broken.map((b) => b.diagnostics)].some((ds) =>
      ds.some((d) => d.severity === "error"),
    );

    const run = jixiao(["score", input, "-o", output]);
    // Written either way; 1 says errors are left in the tables (as the help states).
    expect(run.code).toBe(errorsLeft ? 1 : 0);
    // Not a vacuous pass: where jixiao has cells to fill, the patch is not empty.
    const writes = [...patches.values()].reduce((n, p) => n + p.writes.length, 0);
    if (/filled|hostile|variants/.test(name)) expect(writes).toBeGreaterThan(0);
    expect(readFileSync(input).equals(inputBytes)).toBe(true);

    const before = await cellsOf(new Uint8Array(inputBytes));
    const after = await cellsOf(new Uint8Array(readFileSync(output)));
    expect(after.names).toEqual(before.names);
    for (const sheet of before.names) {
      expect({ sheet, merges: after.merges.get(sheet) }).toEqual({ sheet, merges: before.merges.get(sheet) });
      const writes = new Map((patches.get(sheet)?.writes ?? []).map((w) => [w.address, w]));
      const a = before.cells.get(sheet) ?? new Map<string, CellSnapshot>();
      const b = after.cells.get(sheet) ?? new Map<string, CellSnapshot>();
      const lost: string[] = [];
      for (const address of new Set([...a.keys(), ...b.keys()])) {
        const w = writes.get(address);
        const x = b.get(address);
        if (!w) {
          if (JSON.stringify(a.get(address) ?? null) !== JSON.stringify(x ?? null)) lost.push(`${address}: ${JSON.stringify(a.get(address))} → ${JSON.stringify(x)}`);
        } else if (w.formula !== "" && (x?.formula !== w.formula || x?.value !== JSON.stringify(w.value))) {
          lost.push(`${address}: patched as ${JSON.stringify(x)}, meant ${w.formula}`);
        }
      }
      expect({ sheet, lost }).toEqual({ sheet, lost: [] });
    }
  }, 180_000);
});
