import { applyPatchToGrid } from "./applyPatch";
import type { Grid } from "./grid";

const grid: Grid = {
  sheetName: "表",
  values: [
    ["a", 1],
    ["b", { error: "#N/A" }],
  ],
  formulas: [[null, null], [null, '=5+N("jixiao")']],
  merges: [{ top: 0, left: 0, bottom: 0, right: 1 }],
};

describe("applyPatchToGrid", () => {
  it("lands formula, cached value and format, growing the grid where needed, and leaves the input alone", () => {
    const before = JSON.stringify(grid);
    const out = applyPatchToGrid(grid, {
      sheetName: "表",
      writes: [
        { address: "B2", formula: "", value: null },
        { address: "D4", formula: '=9.5+N("jixiao")', value: 9.5, numberFormat: "0.00" },
      ],
    });
    expect(JSON.stringify(grid)).toBe(before);
    expect(out.values[1][1]).toBeNull();
    expect(out.formulas?.[1][1]).toBeNull();
    expect(out.values[3][3]).toBe(9.5);
    expect(out.formulas?.[3][3]).toBe('=9.5+N("jixiao")');
    expect(out.numberFormats?.[3][3]).toBe("0.00");
    expect(out.merges).toBe(grid.merges);
    expect(out.sheetName).toBe("表");
  });

  it("an empty patch changes no value", () => {
    const out = applyPatchToGrid(grid, { sheetName: "表", writes: [] });
    expect(out.values).toEqual(grid.values);
    expect(out.formulas).toEqual(grid.formulas);
  });
});
