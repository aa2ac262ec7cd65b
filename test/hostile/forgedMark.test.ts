import { checkWorkbook } from "../../src/layout/checkWorkbook";
import type { Grid } from "../../src/layout/grid";
import { parseAddress } from "../../src/layout/address";
import type { CellValue } from "../../src/domain/cells";
import { seedOverallGrid } from "../fixtures/seedGrids";

/**
 * Issue 18: a forged ownership mark must not hide an error. Checking never trusts a value because
 * of how the cell is marked: a cell that claims to be jixiao's output is checked like any other.
 */

function withCells(grid: Grid, cells: Readonly<Record<string, { v: CellValue; f: string }>>): Grid {
  const values = grid.values.map((r) => [...r]);
  const formulas = (grid.formulas ?? grid.values.map((r) => r.map(() => null))).map((r) => [...r]);
  for (const [address, c] of Object.entries(cells)) {
    const p = parseAddress(address);
    if (!p) throw new Error(address);
    values[p.row][p.col] = c.v;
    formulas[p.row][p.col] = c.f;
  }
  return { ...grid, values, formulas };
}

function codes(grid: Grid): string[] {
  const sheet = checkWorkbook([grid]).sheets[0];
  return sheet.result.diagnostics.filter((d) => d.severity === "error").map((d) => `${d.code}@${d.cell}`);
}

describe("a forged jixiao mark", () => {
  const honest = codes(seedOverallGrid);

  it("the seed's overall sheet has its total and reason errors", () => {
    expect(honest).toEqual(expect.arrayContaining(["TOTAL_MISMATCH@H24", "REASON_MISSING@I23"]));
  });

  it("H24 = 97+N(\"jixiao\") where 107 is computed keeps TOTAL_MISMATCH and REASON_MISSING", () => {
    const forged = codes(withCells(seedOverallGrid, { H24: { v: 97, f: '=97+N("jixiao")' } }));
    expect(forged).toEqual(expect.arrayContaining(["TOTAL_MISMATCH@H24", "REASON_MISSING@I23"]));
    expect(forged).toEqual(honest);
  });

  it("a forged mark on a low indicator score still needs its reason", () => {
    const forged = codes(withCells(seedOverallGrid, { H23: { v: 4, f: '=4+N("jixiao")' } }));
    expect(forged).toEqual(expect.arrayContaining(["REASON_MISSING@I23"]));
  });

  it("a forged mark on the execution score and the grade is checked against the computed figures", () => {
    const forged = checkWorkbook([
      withCells(seedOverallGrid, { H4: { v: 9, f: '=9+N("jixiao")' }, I24: { v: "等级：差", f: '="等级：差"&T(N("jixiao"))' } }),
    ]).sheets[0].result.diagnostics.map((d) => `${d.code}@${d.cell}`);
    expect(forged).toEqual(expect.arrayContaining(["FUNDS_SCORE_MISMATCH@H4", "GRADE_MISMATCH@I24"]));
  });
});
