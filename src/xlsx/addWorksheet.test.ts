import * as ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { addWorksheet } from "./addWorksheet";
import { packageOf } from "./handles";
import { readGrids } from "./readGrids";
import { writeWorkbook } from "./workbookHandle";

/** A worksheet added inside a read package: registered everywhere it must be, nothing else moved. */

const sheetXml = (text: string) =>
  `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${text}</t></is></c></row></sheetData></worksheet>`;

async function excelLikeWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("一").getCell("A1").value = 1;
  const two = wb.addWorksheet("二");
  two.getCell("A1").value = 2;
  // A name local to the second sheet (localSheetId="1"): an index into the tab list.
  two.pageSetup.printArea = "A1:B2";
  wb.views = [{ x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, activeTab: 1, visibility: "visible" }];
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function opened(bytes: Uint8Array) {
  const read = await readGrids(bytes);
  if (!read.ok) throw new Error(read.detail);
  return read;
}

describe("addWorksheet", () => {
  it("adds sheets after the last tab with a free part name, a fresh sheetId and relationship id, and their content type", async () => {
    const input = await excelLikeWorkbook();
    const read = await opened(input);
    const book = packageOf(read.workbook);
    const first = addWorksheet(book, `A&B "x" <y>`, sheetXml("first"));
    const second = addWorksheet(book, "第二张", sheetXml("second"));
    expect(book.model.sheets.map((s) => s.name)).toEqual(["一", "二", `A&B "x" <y>`, "第二张"]);
    const before = unzipSync(input);
    const existing = Object.keys(before).filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n));
    expect(existing).not.toContain(first);
    expect(new Set([...existing, first, second]).size).toBe(existing.length + 2);

    const out = await writeWorkbook(read.workbook);
    const parts = unzipSync(out);
    const wb = strFromU8(parts["xl/workbook.xml"]);
    const ids = [...wb.matchAll(/<sheet [^>]*sheetId="(\d+)"/g)].map((m) => Number(m[1]));
    expect(new Set(ids).size).toBe(4);
    const rids = [...strFromU8(parts["xl/_rels/workbook.xml.rels"]).matchAll(/Id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(rids).size).toBe(rids.length);
    for (const part of [first, second]) {
      expect(strFromU8(parts["[Content_Types].xml"])).toContain(`PartName="/${part}"`);
    }
    // Nothing before the new sheets moved: defined names and views stay as they were.
    const keep = (xml: string) => [/<definedNames>.*<\/definedNames>/.exec(xml)?.[0], /<bookViews>.*<\/bookViews>/.exec(xml)?.[0]];
    expect(keep(wb)).toEqual(keep(strFromU8(before["xl/workbook.xml"])));
    expect(wb).toContain('localSheetId="1"');

    const again = await opened(out);
    expect(again.grids.map((g) => [g.sheetName, g.values[0]?.[0]])).toEqual([
      ["一", 1],
      ["二", 2],
      [`A&B "x" <y>`, "first"],
      ["第二张", "second"],
    ]);
  });

  it("takes no part name the package has already", async () => {
    const read = await opened(await excelLikeWorkbook());
    const book = packageOf(read.workbook);
    book.setText("xl/worksheets/sheet3.xml", sheetXml("taken"));
    const part = addWorksheet(book, "三", sheetXml("three"));
    expect(part).toBe("xl/worksheets/sheet4.xml");
  });
});
