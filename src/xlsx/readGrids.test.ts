import * as ExcelJS from "exceljs";
import { readGrids, MAX_GRID_COLUMNS, type ReadWorkbookOutcome } from "./readGrids";

async function bytesOf(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function okOf(outcome: ReadWorkbookOutcome) {
  if (!outcome.ok) throw new Error(`expected a readable workbook, got ${outcome.reason}: ${outcome.detail}`);
  return outcome;
}

describe("readGrids", () => {
  describe("happy path", () => {
    it("reads every sheet in tab order with numbers, text, booleans and number formats", async () => {
      const data = await bytesOf((wb) => {
        const a = wb.addWorksheet("项目支出绩效自评表");
        a.getCell("A1").value = "部门名称";
        a.getCell("B1").value = "石峰区工商联";
        a.getCell("C2").value = 161.4;
        a.getCell("C2").numFmt = "0.00";
        a.getCell("D2").value = 0.95;
        a.getCell("D2").numFmt = "0%";
        a.getCell("E2").value = true;
        wb.addWorksheet("说明").getCell("A1").value = "备注";
      });
      const { grids } = okOf(await readGrids(data));
      expect(grids.map((g) => g.sheetName)).toEqual(["项目支出绩效自评表", "说明"]);
      const g = grids[0];
      expect(g.values[0]).toEqual(["部门名称", "石峰区工商联"]);
      expect(g.values[1]).toEqual([null, null, 161.4, 0.95, true]);
      expect(g.numberFormats?.[1]?.[2]).toBe("0.00");
      expect(g.numberFormats?.[1]?.[3]).toBe("0%");
      expect(grids[1].values).toEqual([["备注"]]);
    });

    it("accepts an ArrayBuffer as well as a Uint8Array", async () => {
      const data = await bytesOf((wb) => {
        wb.addWorksheet("S").getCell("B2").value = 7;
      });
      const buffer = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength);
      const { grids } = okOf(await readGrids(buffer as ArrayBuffer));
      expect(grids[0].values[1]).toEqual([null, 7]);
    });
  });

  describe("cell conversion", () => {
    it("turns dates into 1900-system serials and keeps the date format", async () => {
      const data = await bytesOf((wb) => {
        const ws = wb.addWorksheet("S");
        ws.getCell("A1").value = new Date(Date.UTC(2020, 11, 31));
        ws.getCell("A1").numFmt = 'yyyy"年"m"月"d"日"';
      });
      const { grids } = okOf(await readGrids(data));
      expect(grids[0].values[0][0]).toBe(44196);
      expect(grids[0].numberFormats?.[0]?.[0]).toBe('yyyy"年"m"月"d"日"');
    });

    it("joins rich text, takes a hyperlink's text and keeps error values", async () => {
      const data = await bytesOf((wb) => {
        const ws = wb.addWorksheet("S");
        ws.getCell("A1").value = { richText: [{ text: "产出" }, { text: "指标", font: { bold: true } }] };
        ws.getCell("A2").value = { text: "链接", hyperlink: "https://example.org" };
        ws.getCell("A3").value = { error: "#DIV/0!" };
      });
      const { grids } = okOf(await readGrids(data));
      expect(grids[0].values.map((r) => r[0])).toEqual(["产出指标", "链接", { error: "#DIV/0!" }]);
    });

    it("gives a formula cell its cached result (0 included) and its formula with '='", async () => {
      const data = await bytesOf((wb) => {
        const ws = wb.addWorksheet("S");
        ws.getCell("A1").value = { formula: '98+N("jixiao")', result: 98 };
        ws.getCell("A2").value = { formula: "A1*0", result: 0 };
        ws.getCell("A3").value = { formula: "B9" };
        ws.getCell("A4").value = { formula: '"优"&T(N("jixiao"))', result: "优" };
      });
      const { grids } = okOf(await readGrids(data));
      const g = grids[0];
      expect(g.values.map((r) => r[0])).toEqual([98, 0, null, "优"]);
      expect(g.formulas?.map((r) => r[0])).toEqual(['=98+N("jixiao")', "=A1*0", "=B9", '="优"&T(N("jixiao"))']);
    });

    it("resolves shared formulas to each cell's own formula", async () => {
      const data = await bytesOf((wb) => {
        const ws = wb.addWorksheet("S");
        ws.getCell("A1").value = 1;
        ws.getCell("A2").value = 2;
        ws.fillFormula("B1:B2", "A1*10", [10, 20]);
      });
      const { grids } = okOf(await readGrids(data));
      expect(grids[0].formulas?.map((r) => r[1])).toEqual(["=A1*10", "=A2*10"]);
      expect(grids[0].values.map((r) => r[1])).toEqual([10, 20]);
    });

    it("keeps text that looks like a formula as text", async () => {
      const data = await bytesOf((wb) => {
        wb.addWorksheet("S").getCell("A1").value = "=1+1";
      });
      const { grids } = okOf(await readGrids(data));
      expect(grids[0].values[0][0]).toBe("=1+1");
      expect(grids[0].formulas?.[0]?.[0]).toBeNull();
    });
  });

  describe("merges", () => {
    it("lists merged areas 0-based inclusive with the value in the top-left cell only", async () => {
      const data = await bytesOf((wb) => {
        const ws = wb.addWorksheet("S");
        ws.getCell("A2").value = "产出指标 (50分)";
        ws.mergeCells("A2:A5");
        ws.getCell("B1").value = "标题";
        ws.mergeCells("B1:D1");
      });
      const { grids } = okOf(await readGrids(data));
      const g = grids[0];
      expect(g.merges).toEqual([
        { top: 0, left: 1, bottom: 0, right: 3 },
        { top: 1, left: 0, bottom: 4, right: 0 },
      ]);
      expect(g.values[1][0]).toBe("产出指标 (50分)");
      expect(g.values[0].slice(1)).toEqual(["标题"]);
      expect((g.values[2] ?? [])[0] ?? null).toBeNull();
    });
  });

  describe("giant sheets", () => {
    it("caps columns and says which sheet was cut and how big it was", async () => {
      const data = await bytesOf((wb) => {
        const ws = wb.addWorksheet("宽表");
        ws.getCell(1, 1).value = "左";
        ws.getCell(1, MAX_GRID_COLUMNS + 50).value = "远";
      });
      const outcome = okOf(await readGrids(data));
      expect(outcome.truncated).toEqual([{ sheetName: "宽表", rows: 1, columns: MAX_GRID_COLUMNS + 50 }]);
      expect(outcome.grids[0].values[0]).toEqual(["左"]);
    });

    it("reports nothing truncated for an ordinary sheet", async () => {
      const data = await bytesOf((wb) => {
        wb.addWorksheet("S").getCell("C3").value = 1;
      });
      expect(okOf(await readGrids(data)).truncated).toEqual([]);
    });
  });

  describe("unreadable files", () => {
    it("calls an OLE compound file encrypted (password-protected .xlsx or old .xls)", async () => {
      const ole = new Uint8Array(1024);
      ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
      const outcome = await readGrids(ole);
      expect(outcome).toMatchObject({ ok: false, reason: "encrypted" });
    });

    it("calls text renamed .xlsx notXlsx", async () => {
      const outcome = await readGrids(new TextEncoder().encode("部门名称,金额\n工商联,161.4\n"));
      expect(outcome).toMatchObject({ ok: false, reason: "notXlsx" });
    });

    it("calls an empty file notXlsx", async () => {
      expect(await readGrids(new Uint8Array(0))).toMatchObject({ ok: false, reason: "notXlsx" });
    });

    it("calls a truncated zip corrupt, with the reason as detail", async () => {
      const data = await bytesOf((wb) => {
        wb.addWorksheet("S").getCell("A1").value = 1;
      });
      const outcome = await readGrids(data.slice(0, Math.floor(data.length / 2)));
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) {
        expect(outcome.reason).toBe("corrupt");
        expect(outcome.detail.length).toBeGreaterThan(0);
      }
    });
  });
});
