import { parseAddress } from "../../src/layout/address";
import fc from "fast-check";
import type { CellValue } from "../../src/domain/cells";
import { validateAndScore } from "../../src/excel";
import type { Grid } from "../../src/layout/grid";
import { FakeExcelHost, fakeRun } from "../excel/fakeExcel";
import { layoutVariants } from "../fixtures/layoutVariants";
import { seedGrids } from "../fixtures/seedGrids";
import { fuzzMode } from "../fuzz/budget";
import { filledTemplate, landedThenEditedGrid, mutatedGrid, templateGrids, templateSheets } from "../fuzz/gridArbs";
import { cellDifferences } from "../fuzz/gridCells";
import { HOSTILE } from "../hostile/corpus";
import { placed } from "../hostile/roles";

/**
 * Never lose a cell through Validate & score (the Office.js adapter against the strict fake
 * Excel): over every fixture, filled templates, hostile placements and fuzzed tables, every cell
 * of every sheet is identical before and after, except the computed cells the patch names —
 * and those hold jixiao's own formulas. A second run writes nothing.
 */

const samples = fuzzMode() === "full" ? 200 : 12;
const FIXTURES: readonly Grid[] = [
  ...seedGrids,
  ...layoutVariants.map((v) => v.grid),
  ...templateGrids,
  ...templateSheets.flatMap((t) => fc.sample(filledTemplate(t, true), { numRuns: 3, seed: 11 })),
  ...HOSTILE.filter((h) => h.kind !== "huge").map((h, i) => placed(seedGrids[1], ["D7", "E14", "F14", "G15", "H16", "I17"][i % 6], h)),
  ...fc.sample(mutatedGrid, { numRuns: samples, seed: 12 }),
  ...fc.sample(landedThenEditedGrid, { numRuns: samples, seed: 13 }),
];

/** Office.js hands values over as JSON: a non-finite number arrives as Excel's #NUM! instead. */
function asExcelHasIt(g: Grid): Grid {
  const fix = (v: CellValue): CellValue => (typeof v === "number" && !Number.isFinite(v) ? { error: "#NUM!" } : v);
  return { ...g, values: g.values.map((r) => r.map(fix)) };
}

/** A workbook of these grids, each under its own sheet name (Excel's names are unique). */
function hostOf(grids: readonly Grid[]): { host: FakeExcelHost; names: string[] } {
  const host = new FakeExcelHost({ mergedAreas: true, triggerSource: true });
  const names = grids.map((g, i) => {
    host.addSheet(`表${i + 1}`, asExcelHasIt(g));
    return `表${i + 1}`;
  });
  return { host, names };
}

describe("Validate & score never loses a cell", () => {
  it(`over ${FIXTURES.length} sheets: only the patched computed cells change, each to an owned formula`, async () => {
    // A few sheets per workbook, as departments keep them (one overall and several projects).
    for (let from = 0; from < FIXTURES.length; from += 4) {
      const { host, names } = hostOf(FIXTURES.slice(from, from + 4));
      const before = names.map((n) => host.gridOf(n));
      const outcome = await fakeRun(host)((c) => validateAndScore(c));
      const patched = new Map(outcome.check.sheets.map((s) => [s.patch.sheetName, s.patch]));
      names.forEach((name, i) => {
        const patch = patched.get(name);
        const written = new Set(patch?.writes.map((w) => w.address) ?? []);
        const after = host.gridOf(name);
        // A formula cell the patch did not touch keeps its formula; its value follows the sheet, as in Excel.
        const recalculated = (d: { address: string; what: string }) => {
          const at = parseAddress(d.address);
          return d.what === "value" && at !== undefined && !!before[i].formulas?.[at.row]?.[at.col];
        };
        const lost = cellDifferences(before[i], after, written).filter((d) => !recalculated(d));
        expect({ sheet: name, lost }).toEqual({ sheet: name, lost: [] });
        for (const w of patch?.writes ?? []) {
          const cell = host.cell(name, w.address);
          if (w.formula === "") expect(cell).toBeUndefined();
          else expect(cell?.formula).toBe(w.formula);
        }
      });
      const again = await fakeRun(host)((c) => validateAndScore(c));
      expect(again.cellsWritten).toBe(0);
    }
  }, 300_000);
});
