import * as ExcelJS from "exceljs";
import type { Patch } from "../layout/patch";
import { applyPatches } from "./applyPatches";
import { readGrids } from "./readGrids";
import { writeWorkbook, type WorkbookHandle } from "./workbookHandle";

async function open(build: (ws: ExcelJS.Worksheet) => void): Promise<WorkbookHandle> {
  const wb = new ExcelJS.Workbook();
  build(wb.addWorksheet("项目支出绩效自评表"));
  const outcome = await readGrids(new Uint8Array(await wb.xlsx.writeBuffer()));
  if (!outcome.ok) throw new Error(outcome.detail);
  return outcome.workbook;
}

async function reread(handle: WorkbookHandle) {
  const outcome = await readGrids(await writeWorkbook(handle));
  if (!outcome.ok) throw new Error(outcome.detail);
  return outcome;
}

const scorePatch: Patch = {
  sheetName: "项目支出绩效自评表",
  writes: [
    { address: "G20", formula: '=98+N("jixiao")', value: 98, numberFormat: "0.00" },
    { address: "H20", formula: '="优"&T(N("jixiao"))', value: "优" },
    { address: "F9", formula: '=1+N("jixiao")', value: 1, numberFormat: "0.00%" },
    { address: "G9", formula: '=0+N("jixiao")', value: 0, numberFormat: "0.00" },
  ],
};

describe("applyPatches", () => {
  it("writes jixiao's formulas with cached results and number formats", async () => {
    const handle = await open((ws) => {
      ws.getCell("A20").value = "总分";
    });
    expect(applyPatches(handle, [scorePatch])).toBe(4);
    const g = (await reread(handle)).grids[0];
    expect(g.values[19].slice(6, 8)).toEqual([98, "优"]);
    expect(g.formulas?.[19]?.slice(6, 8)).toEqual(['=98+N("jixiao")', '="优"&T(N("jixiao"))']);
    expect(g.numberFormats?.[19]?.[6]).toBe("0.00");
    expect(g.values[8].slice(5, 7)).toEqual([1, 0]);
    expect(g.numberFormats?.[8]?.[5]).toBe("0.00%");
  });

  it("writes nothing the second time the same patches are applied", async () => {
    const handle = await open(() => undefined);
    expect(applyPatches(handle, [scorePatch])).toBe(4);
    expect(applyPatches(handle, [scorePatch])).toBe(0);
  });

  it("writes nothing after a save and reopen either", async () => {
    const handle = await open(() => undefined);
    applyPatches(handle, [scorePatch]);
    const reopened = await reread(handle);
    expect(applyPatches(reopened.workbook, [scorePatch])).toBe(0);
  });

  it("clears a cell jixiao had filled when the formula is empty", async () => {
    const handle = await open((ws) => {
      ws.getCell("G20").value = { formula: '97+N("jixiao")', result: 97 };
    });
    const clear: Patch = { sheetName: "项目支出绩效自评表", writes: [{ address: "G20", formula: "", value: null }] };
    expect(applyPatches(handle, [clear])).toBe(1);
    expect(applyPatches(handle, [clear])).toBe(0);
    const g = (await reread(handle)).grids[0];
    expect(g.values[19]?.[6] ?? null).toBeNull();
  });

  it("updates a stale value of jixiao's own", async () => {
    const handle = await open((ws) => {
      ws.getCell("G20").value = { formula: '97+N("jixiao")', result: 97 };
      ws.getCell("G20").numFmt = "0.00";
    });
    const patch: Patch = {
      sheetName: "项目支出绩效自评表",
      writes: [{ address: "G20", formula: '=98+N("jixiao")', value: 98, numberFormat: "0.00" }],
    };
    expect(applyPatches(handle, [patch])).toBe(1);
    expect((await reread(handle)).grids[0].values[19][6]).toBe(98);
  });

  it("changes the number format of the patched cell only, not of cells sharing its style", async () => {
    const handle = await open((ws) => {
      for (const a of ["G20", "G21", "G22"]) {
        ws.getCell(a).value = a === "G20" ? null : 5;
        ws.getCell(a).numFmt = "0.0";
      }
    });
    const patch: Patch = {
      sheetName: "项目支出绩效自评表",
      writes: [{ address: "G20", formula: '=98+N("jixiao")', value: 98, numberFormat: "0.00" }],
    };
    expect(applyPatches(handle, [patch])).toBe(1);
    const g = (await reread(handle)).grids[0];
    expect(g.numberFormats?.slice(19, 22).map((r) => r[6])).toEqual(["0.00", "0.0", "0.0"]);
  });

  it("skips patches for sheets the workbook does not have", async () => {
    const handle = await open(() => undefined);
    expect(applyPatches(handle, [{ ...scorePatch, sheetName: "不存在" }])).toBe(0);
  });

  it("keeps the clones of a shared formula working when their master is overwritten", async () => {
    const handle = await open((ws) => {
      ws.getCell("A1").value = 1;
      ws.getCell("A2").value = 2;
      ws.fillFormula("B1:B2", 'A1*0+N("jixiao")', [0, 0]);
    });
    const patch: Patch = {
      sheetName: "项目支出绩效自评表",
      writes: [{ address: "B1", formula: '=5+N("jixiao")', value: 5 }],
    };
    expect(applyPatches(handle, [patch])).toBe(1);
    const g = (await reread(handle)).grids[0];
    expect(g.formulas?.map((r) => r[1])).toEqual(['=5+N("jixiao")', '=A2*0+N("jixiao")']);
  });
});
