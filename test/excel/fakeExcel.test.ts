import { FakeExcelHost, FakeRequestContext, fakeRun } from "./fakeExcel";
import type { XlRange, XlRequestContext, XlWorksheet } from "../../src/excel/officeTypes";

/** Each strictness rule of the fake, and the adapter mistake it catches. */

function workbook(): FakeExcelHost {
  const host = new FakeExcelHost({ mergedAreas: true });
  host.addSheet("Sheet1", {
    values: [
      ["一级指标", "二级指标", 10],
      ["产出指标", null, 20],
    ],
    merges: [{ top: 1, left: 0, bottom: 2, right: 0 }],
  });
  return host;
}

describe("fake Excel: strict like Office.js", () => {
  it("throws when a property is read without being loaded (a reader that forgot load())", async () => {
    const forgotLoad = async (context: XlRequestContext): Promise<unknown> => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:C2");
      await context.sync();
      return range.values;
    };
    await expect(fakeRun(workbook())(forgotLoad)).rejects.toThrow(/PropertyNotLoaded.*values/);
  });

  it("throws when a loaded property is read before the sync that loads it", async () => {
    const run = fakeRun(workbook());
    const readTooEarly = (context: XlRequestContext): unknown => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:C2");
      range.load("values");
      return range.values;
    };
    await expect(run(async (c) => readTooEarly(c))).rejects.toThrow(/PropertyNotLoaded/);
    const right = await run(async (c) => {
      const range = c.workbook.worksheets.getItem("Sheet1").getRange("C1");
      range.load("values");
      await c.sync();
      return range.values;
    });
    expect(right).toEqual([[10]]);
  });

  it("applies writes only at sync (a write read back from the workbook before syncing is not there)", async () => {
    const host = workbook();
    const context = new FakeRequestContext(host);
    context.workbook.worksheets.getItem("Sheet1").getRange("C1").values = [[99]];
    expect(host.cell("Sheet1", "C1")?.value).toBe(10);
    expect(host.counters.cellsWritten).toBe(0);
    await context.sync();
    expect(host.cell("Sheet1", "C1")?.value).toBe(99);
    expect(host.counters).toMatchObject({ syncs: 1, cellsWritten: 1 });
  });

  it("keeps a merged area's value in its top-left cell only (writing into its hidden cell fails)", async () => {
    const host = workbook();
    const run = fakeRun(host);
    const read = await run(async (c) => {
      const r = c.workbook.worksheets.getItem("Sheet1").getRange("A2:A3");
      r.load("values");
      await c.sync();
      return r.values;
    });
    expect(read).toEqual([["产出指标"], [""]]);
    const writeIntoMerge = run(async (c) => {
      c.workbook.worksheets.getItem("Sheet1").getRange("A3").values = [["效益指标"]];
      await c.sync();
    });
    await expect(writeIntoMerge).rejects.toThrow(/InvalidOperation.*merged area A2:A3/);
    expect(host.cell("Sheet1", "A3")).toBeUndefined();
    // merge() keeps the top-left value and drops the rest, as Excel does.
    await run(async (c) => {
      c.workbook.worksheets.getItem("Sheet1").getRange("B1:C1").merge(false);
      await c.sync();
    });
    expect(host.cell("Sheet1", "B1")?.value).toBe("二级指标");
    expect(host.cell("Sheet1", "C1")).toBeUndefined();
  });

  it("refuses a proxy from one Excel.run in another (a worksheet cached across runs)", async () => {
    const run = fakeRun(workbook());
    let cached: XlWorksheet | undefined;
    await run(async (c) => {
      cached = c.workbook.worksheets.getItem("Sheet1");
      cached.load("name");
      await c.sync();
    });
    expect(cached?.name).toBe("Sheet1"); // loaded data stays readable
    await expect(
      run(async () => {
        cached?.getRange("A1").load("values");
      }),
    ).rejects.toThrow(/InvalidObjectPath.*Excel.run/);
    let other: XlRange | undefined;
    await expect(
      run(async (c1) => {
        other = c1.workbook.worksheets.getItem("Sheet1").getRange("A1");
        await run(async (c2) => {
          c2.workbook.worksheets.getItem("Sheet1").getRange("B2").getBoundingRect(other as XlRange);
        });
      }),
    ).rejects.toThrow(/another Excel.run/);
  });

  it("models null objects: isNullObject after sync only, nothing else readable, derived proxies null too", async () => {
    const run = fakeRun(workbook());
    await run(async (c) => {
      const missing = c.workbook.worksheets.getItemOrNullObject("Nope");
      expect(() => missing.isNullObject).toThrow(/PropertyNotLoaded/);
      const next = c.workbook.worksheets.getFirst().getNextOrNullObject();
      const beyond = next.getNextOrNullObject();
      const used = beyond.getUsedRange(true);
      used.load("values");
      missing.load("name");
      await c.sync();
      expect(missing.isNullObject).toBe(true);
      expect(next.isNullObject).toBe(true);
      expect(used.isNullObject).toBe(true);
      expect(() => missing.name).toThrow(/PropertyNotLoaded/);
    });
    // Writing through a null object fails the sync; getItem (not OrNull) fails on a missing sheet.
    await expect(
      run(async (c) => {
        c.workbook.worksheets.getItemOrNullObject("Nope").getRange("A1").values = [[1]];
        await c.sync();
      }),
    ).rejects.toThrow(/null object/);
    await expect(
      run(async (c) => {
        c.workbook.worksheets.getItem("Nope").load("name");
        await c.sync();
      }),
    ).rejects.toThrow(/ItemNotFound/);
  });

  it("fails a batch in cell-edit mode unless the run asked to wait", async () => {
    const host = new FakeExcelHost({ delayForCellEdit: true });
    host.addSheet("S", { values: [[1]] });
    const run = fakeRun(host);
    host.enterCellEditMode();
    const write = (c: XlRequestContext) => {
      c.workbook.worksheets.getItem("S").getRange("A1").values = [[2]];
      return c.sync();
    };
    await expect(run(write)).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    const waiting = run(write, { delayForCellEdit: true });
    await Promise.resolve();
    expect(host.cell("S", "A1")?.value).toBe(1);
    host.exitCellEditMode();
    await waiting;
    expect(host.cell("S", "A1")?.value).toBe(2);
  });

  it("refuses writes to locked cells of a protected sheet", async () => {
    const host = workbook();
    host.sheet("Sheet1").protected = true;
    await expect(
      fakeRun(host)(async (c) => {
        c.workbook.worksheets.getItem("Sheet1").getRange("C1").formulas = [["=1+N(\"jixiao\")"]];
        await c.sync();
      }),
    ).rejects.toThrow(/AccessDenied/);
  });

  it("syncs once more at the end of a run when operations are still queued, as Excel.run does", async () => {
    const host = workbook();
    await fakeRun(host)(async (c) => {
      c.workbook.worksheets.getItem("Sheet1").getRange("C2").values = [[21]];
    });
    expect(host.cell("Sheet1", "C2")?.value).toBe(21);
    expect(host.counters.syncs).toBe(1);
  });

  it("moves cells, merges and conditional formats when rows are inserted", () => {
    const host = workbook();
    host.sheet("Sheet1").conditionalFormats.push({ id: "x", type: "Custom", formula: "=TRUE", areas: [{ top: 1, left: 2, bottom: 1, right: 2 }] });
    host.insertRows("Sheet1", 2, 3);
    expect(host.cell("Sheet1", "A5")?.value).toBe("产出指标");
    expect(host.cell("Sheet1", "C5")?.value).toBe(20);
    expect(host.sheet("Sheet1").merges).toEqual([{ top: 4, left: 0, bottom: 5, right: 0 }]);
    expect(host.sheet("Sheet1").conditionalFormats[0].areas).toEqual([{ top: 4, left: 2, bottom: 4, right: 2 }]);
  });

  it("refuses a response or a request over Excel on the web's 5 MB with the real error codes", async () => {
    const host = new FakeExcelHost();
    const big = "长".repeat(200);
    host.addSheet("Big", { values: Array.from({ length: 1000 }, () => Array.from({ length: 30 }, () => big)) });
    const run = fakeRun(host);
    const readAll = (c: XlRequestContext) => {
      const r = c.workbook.worksheets.getItem("Big").getRange("A1:AD1000");
      r.load("values");
      return c.sync();
    };
    await expect(run(readAll)).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    const writeAll = (c: XlRequestContext) => {
      c.workbook.worksheets.getItem("Big").getRange("A1:AD1000").values = Array.from({ length: 1000 }, () => Array.from({ length: 30 }, () => big));
      return c.sync();
    };
    await expect(run(writeAll)).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    // A small read goes through.
    await expect(
      run(async (c) => {
        const r = c.workbook.worksheets.getItem("Big").getRange("A1:B2");
        r.load("values");
        await c.sync();
        return r.values.length;
      }),
    ).resolves.toBe(2);
  });

  it("addresses conditional formats by position: deleting in list order shifts the rest (the wrong rule goes)", async () => {
    const host = workbook();
    const area = [{ top: 0, left: 0, bottom: 0, right: 0 }];
    host.sheet("Sheet1").conditionalFormats = ["a", "b", "c"].map((id) => ({ id, type: "Custom", formula: `="${id}"`, areas: area }));
    await fakeRun(host)(async (c) => {
      const formats = c.workbook.worksheets.getItem("Sheet1").getRange().conditionalFormats;
      formats.load("items/type");
      await c.sync();
      // Meaning to delete "a" and "b": after the first delete, position 1 holds "c".
      formats.items[0].delete();
      formats.items[1].delete();
      await c.sync();
    });
    expect(host.sheet("Sheet1").conditionalFormats.map((f) => f.id)).toEqual(["b"]);
  });

  it("adds a conditional format at the top priority", async () => {
    const host = workbook();
    host.sheet("Sheet1").conditionalFormats = [{ id: "old", type: "Custom", formula: "=TRUE", areas: [{ top: 0, left: 0, bottom: 0, right: 0 }] }];
    await fakeRun(host)(async (c) => {
      const added = c.workbook.worksheets.getItem("Sheet1").getRange("A1").conditionalFormats.add("Custom");
      added.custom.rule.formula = "=FALSE";
      await c.sync();
    });
    expect(host.sheet("Sheet1").conditionalFormats.map((f) => f.formula)).toEqual(["=FALSE", "=TRUE"]);
  });

  it("refuses a formula with a text value over 255 characters", async () => {
    const host = workbook();
    const run = fakeRun(host);
    const write = (text: string) => (c: XlRequestContext) => {
      c.workbook.worksheets.getItem("Sheet1").getRange("D1").formulas = [[`=N("${text}")`]];
      return c.sync();
    };
    await expect(run(write("x".repeat(256)))).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(run(write("x".repeat(255)))).resolves.toBeUndefined();
    const cf = (c: XlRequestContext) => {
      c.workbook.worksheets.getItem("Sheet1").getRange("A1").conditionalFormats.add("Custom").custom.rule.formula = `=N("${"y".repeat(300)}")=0`;
      return c.sync();
    };
    await expect(run(cf)).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("keeps an undo stack: one entry per add-in sync that changed something, one per user edit", async () => {
    const host = workbook();
    const run = fakeRun(host);
    host.userEdit("Sheet1", "C1", 11);
    await run(async (c) => {
      c.workbook.worksheets.getItem("Sheet1").getRange("D1").values = [[1]];
      c.workbook.worksheets.getItem("Sheet1").getRange("D2").values = [[2]];
      await c.sync();
      const r = c.workbook.worksheets.getItem("Sheet1").getRange("A1");
      r.load("values"); // a read adds no entry
      await c.sync();
    });
    expect(host.undoStack).toHaveLength(2);
    host.undo(); // the add-in's batch goes as one
    expect([host.cell("Sheet1", "D1"), host.cell("Sheet1", "D2")]).toEqual([undefined, undefined]);
    expect(host.cell("Sheet1", "C1")?.value).toBe(11);
    host.undo(); // then the user's edit
    expect(host.cell("Sheet1", "C1")?.value).toBe(10);
  });

  it("cannot activate a hidden sheet", async () => {
    const host = workbook();
    host.sheet("Sheet1").visibility = "Hidden";
    host.addSheet("Sheet2");
    await expect(
      fakeRun(host)(async (c) => {
        c.workbook.worksheets.getItem("Sheet1").activate();
        await c.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
  });
});
