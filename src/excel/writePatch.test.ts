import type { Grid } from "../layout/grid";
import { plannedWrites } from "./writePatch";

const grid: Grid = {
  sheetName: "S",
  values: [[null, 9.5, 18, 5, "x"]],
  formulas: [[null, '=9.5+N("jixiao")', null, '=5+N("jixiao")', null]],
  numberFormats: [["General", "0.00", "General", "0.00", "General"]],
  merges: [],
};

describe("plannedWrites", () => {
  it("writes blank and jixiao cells that change, never a typed one, nothing that is already right", () => {
    const writes = plannedWrites(
      {
        sheetName: "S",
        writes: [
          { address: "A1", formula: '=1+N("jixiao")', value: 1, numberFormat: "0.00" },
          { address: "B1", formula: '=9.5+N("jixiao")', value: 9.5, numberFormat: "0.00" },
          { address: "C1", formula: '=20+N("jixiao")', value: 20 },
          { address: "D1", formula: "", value: null },
          { address: "E1", formula: "", value: null },
          { address: "F1", formula: "", value: null },
          { address: "B1x", formula: '=1+N("jixiao")', value: 1 },
        ],
      },
      grid,
    );
    expect(writes).toEqual([
      { address: "A1", formula: '=1+N("jixiao")', numberFormat: "0.00" },
      { address: "D1", formula: "", numberFormat: undefined },
    ]);
  });
});
