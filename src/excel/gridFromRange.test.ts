import { cellValueOf, gridFromLoaded, parseAreasAddress } from "./gridFromRange";

describe("gridFromLoaded", () => {
  it("pads to A1 and turns Office.js cells into CellValues", () => {
    const grid = gridFromLoaded(
      "S",
      {
        rowIndex: 1,
        columnIndex: 1,
        values: [["合计", 0.95, "#DIV/0!", ""]],
        formulas: [["合计", '=0.95+N("jixiao")', "=1/0", ""]],
        numberFormat: [["General", "0.00%", "General", "@"]],
        valueTypes: [["String", "Double", "Error", "Empty"]],
      },
      [{ top: 1, left: 1, bottom: 2, right: 1 }],
    );
    expect(grid.values).toEqual([
      [null, null, null, null, null],
      [null, "合计", 0.95, { error: "#DIV/0!" }, null],
    ]);
    expect(grid.formulas?.[1]).toEqual([null, null, '=0.95+N("jixiao")', "=1/0", null]);
    expect(grid.numberFormats?.[1][2]).toBe("0.00%");
    expect(grid.merges).toHaveLength(1);
  });

  it("keeps booleans and treats unknown shapes as blank", () => {
    expect(cellValueOf(true, "Boolean")).toBe(true);
    expect(cellValueOf({ type: "Entity" }, "RichValue")).toBeNull();
  });
});

describe("parseAreasAddress", () => {
  it("reads areas with plain, quoted and awkward sheet names", () => {
    expect(parseAreasAddress("Sheet1!A1:B2, Sheet1!C3")).toEqual([
      { top: 0, left: 0, bottom: 1, right: 1 },
      { top: 2, left: 2, bottom: 2, right: 2 },
    ]);
    expect(parseAreasAddress("'a, A1'!$B$2:$C$4")).toEqual([{ top: 1, left: 1, bottom: 3, right: 2 }]);
    expect(parseAreasAddress("项目支出绩效自评表!B14:B17,项目支出绩效自评表!B18:B21")).toHaveLength(2);
    expect(parseAreasAddress("")).toEqual([]);
  });
});
