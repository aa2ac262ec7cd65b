/**
 * The adapter against ExcelJS's browser build (what webpack picks through the "browser" field):
 * no Node API is needed to read, patch and write, and the enums the adapter uses exist there too.
 */
jest.mock("exceljs", () => jest.requireActual("exceljs/dist/exceljs.min.js"));

import { applyPatches } from "./applyPatches";
import { addGridSheet } from "./gridWriter";
import { readGrids } from "./readGrids";
import { newWorkbook, writeWorkbook } from "./workbookHandle";

describe("src/xlsx on the browser build of ExcelJS", () => {
  it("really runs on the browser build", () => {
    const used: unknown = jest.requireMock("exceljs");
    expect(used).toBe(jest.requireActual("exceljs/dist/exceljs.min.js"));
    expect(used).not.toBe(jest.requireActual("exceljs"));
  });

  it("writes a grid, reads it back with merges, and patches it", async () => {
    const handle = newWorkbook();
    addGridSheet(handle, {
      sheetName: "项目支出绩效自评表",
      values: [["标题", null], ["总分", null]],
      merges: [{ top: 0, left: 0, bottom: 0, right: 1 }],
    });
    const first = await readGrids((await writeWorkbook(handle)).slice().buffer);
    if (!first.ok) throw new Error(first.detail);
    expect(first.grids[0].values).toEqual([["标题"], ["总分"]]);
    expect(first.grids[0].merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
    const patch = { sheetName: "项目支出绩效自评表", writes: [{ address: "B2", formula: '=98+N("jixiao")', value: 98 }] };
    expect(applyPatches(first.workbook, [patch])).toBe(1);
    const second = await readGrids(await writeWorkbook(first.workbook));
    if (!second.ok) throw new Error(second.detail);
    expect(second.grids[0].values[1]).toEqual(["总分", 98]);
    expect(second.grids[0].formulas?.[1]?.[1]).toBe('=98+N("jixiao")');
  });
});
