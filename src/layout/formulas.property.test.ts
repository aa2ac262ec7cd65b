import fc from "fast-check";
import type { CellValue } from "../domain/cells";
import { seedProjectGrid } from "../../test/fixtures/seedGrids";
import { evaluate } from "../../test/excel/formulaEval";
import { parseAddress } from "./address";
import { applyPatchToGrid, checkWorkbook } from "./checkWorkbook";
import type { Grid } from "./grid";

/**
 * The formulas jixiao writes give the engine's decimal figures, computed as a spreadsheet does
 * (binary floats, ROUND at 15 significant digits then half away from zero): 执行率 and the execution
 * score for any amounts with 2 decimals, half cents included (formulas.ts explains why).
 */

/** The seed's project sheet with its funds row set and its 执行率/得分 cells cleared (G7, H7). */
function fundsGrid(budget: number, executed: number, weight: number): Grid {
  const values: CellValue[][] = seedProjectGrid.values.map((r) => [...r]);
  values[6][3] = budget;
  values[6][4] = executed;
  values[6][5] = weight;
  values[6][6] = null;
  values[6][7] = null;
  return { ...seedProjectGrid, values };
}

function shownBySpreadsheet(grid: Grid, address: string): CellValue {
  const at = parseAddress(address);
  const formula = at ? grid.formulas?.[at.row]?.[at.col] : undefined;
  if (!formula) throw new Error(`no formula in ${address}`);
  return evaluate(formula, (r, c) => grid.values[r]?.[c] ?? null);
}

function agree(budget: number, executed: number, weight: number): void {
  const grid = fundsGrid(budget, executed, weight);
  const sheet = checkWorkbook([grid]).sheets[0];
  const landed = applyPatchToGrid(grid, sheet.patch);
  const engineScore = sheet.result.funds?.score?.value?.toFixed(2);
  const engineRate = sheet.result.funds?.executionRate?.value?.toNumber();
  const score = shownBySpreadsheet(landed, "H7");
  const rate = shownBySpreadsheet(landed, "G7");
  expect({ budget, executed, weight, score: typeof score === "number" ? score.toFixed(2) : score }).toEqual({ budget, executed, weight, score: engineScore });
  expect(typeof rate === "number" && engineRate !== undefined && Math.abs(rate - engineRate) < 1e-12).toBe(true);
}

const cents = (max: number) => fc.integer({ min: 1, max }).map((n) => n / 100);
const weights = fc.constantFrom(10, 20, 5, 15, 12.5, 7.25);

describe("the execution score formula equals the engine to the cent", () => {
  it("for amounts with 2 decimals", () => {
    fc.assert(
      fc.property(cents(1e10), fc.double({ min: 0, max: 1.2, noNaN: true }), weights, (budget, share, weight) => {
        agree(budget, Math.round(budget * share * 100) / 100, weight);
      }),
      { numRuns: 150 },
    );
  });

  it("on exact half cents (分值 × 执行率 = x.xx5)", () => {
    // 分值 10, 全年预算数 20u, 全年执行数 u(2j + 1)/100: the score is (2j + 1)/200, a half cent.
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 0, max: 999 }), (u, j) => {
        agree(20 * u, (u * (2 * j + 1)) / 100, 10);
      }),
      { numRuns: 150 },
    );
    agree(200, 173.3, 10); // 8.665 → 8.67, the case of the LibreOffice round trip
  });
});
