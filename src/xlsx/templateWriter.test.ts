import * as ExcelJS from "exceljs";
import type { StyleRole, TemplateSheet, CellStyle } from "../layout/templateSheet";
import { addTemplateSheet, LISTS_SHEET, templateWorkbook } from "./templateWriter";
import { readGrids } from "./readGrids";
import { newWorkbook, sheetNames, writeWorkbook } from "./workbookHandle";

const styles: Record<StyleRole, CellStyle> = {
  title: { bold: true, fontSize: 16, horizontal: "center" },
  label: { border: true, horizontal: "center", wrap: true },
  header: { bold: true, border: true, fill: "#D9E1F2", horizontal: "center" },
  section: { bold: true, border: true },
  input: { border: true, fill: "#FFFFFF" },
  inputNumber: { border: true, numberFormat: "0.00", horizontal: "right" },
  inputText: { border: true, wrap: true, vertical: "top" },
  computed: { border: true, fill: "#F2F2F2", fontColor: "#1F4E79", numberFormat: "0.00", locked: true },
  placeholder: { border: true, fontColor: "#A6A6A6" },
  note: { fontSize: 9, wrap: true },
};

/** A small hand-made template: the shape of what src/layout renders. */
const sample: TemplateSheet = {
  kind: "project",
  name: "项目支出绩效自评表",
  columnWidths: [12, 20, 14, 14],
  rowHeights: { 0: 30, 4: 48 },
  cells: [
    { address: "A1", value: "2020年度项目支出绩效自评表", role: "title" },
    { address: "A2", value: "部门名称", role: "label" },
    { address: "B2", value: "=HYPERLINK(\"x\")", role: "inputText" },
    { address: "A3", value: "全年预算数", role: "header" },
    { address: "B3", value: 161.4, role: "inputNumber" },
    { address: "C3", value: null, role: "computed", numberFormat: "0.00%" },
    { address: "A4", value: "定性", role: "input" },
    { address: "D3", value: null, role: "computed", locked: false },
    { address: "A5", value: "备注：执行率=全年执行数/全年预算数", role: "note" },
  ],
  merges: ["A1:D1", "A5:D5"],
  validations: [
    { range: "A4:A10", list: ["定量", "定性"] },
    { range: "D4:D10", list: ["甲,乙", "丙"] },
  ],
  print: { paper: "A4", orientation: "portrait", fitToWidth: true, titleRows: "1:2", area: "A1:D5" },
  styles,
};

async function loadBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as Parameters<ExcelJS.Xlsx["load"]>[0]);
  return wb;
}

describe("templateWorkbook", () => {
  it("reads back every label and value it wrote, text staying text", async () => {
    const outcome = await readGrids(await templateWorkbook(sample));
    if (!outcome.ok) throw new Error(outcome.detail);
    const g = outcome.grids.find((x) => x.sheetName === sample.name);
    expect(g).toBeDefined();
    for (const c of sample.cells) {
      const m = /^([A-Z]+)(\d+)$/.exec(c.address);
      if (!m) throw new Error(c.address);
      const row = Number(m[2]) - 1;
      const col = m[1].charCodeAt(0) - 65;
      expect(g?.values[row]?.[col] ?? null).toEqual(c.value);
      expect(g?.formulas?.[row]?.[col] ?? null).toBeNull();
    }
    expect(g?.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 3 },
      { top: 4, left: 0, bottom: 4, right: 3 },
    ]);
  });

  it("styles cells by role: CJK font, fills, borders, formats, locked computed and open input cells", async () => {
    const ws = (await loadBack(await templateWorkbook(sample))).getWorksheet(sample.name);
    if (!ws) throw new Error("sheet missing");
    expect(ws.getCell("A1").font).toMatchObject({ name: "宋体", size: 16, bold: true });
    expect(ws.getCell("A3").fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } });
    expect(ws.getCell("B3").border.left).toMatchObject({ style: "thin" });
    expect(ws.getCell("B3").numFmt).toBe("0.00");
    expect(ws.getCell("C3").numFmt).toBe("0.00%");
    // Locked is Excel's default, so a locked cell may carry no protection element at all.
    expect(ws.getCell("C3").protection?.locked ?? true).toBe(true);
    expect(ws.getCell("A2").protection?.locked ?? true).toBe(true);
    expect(ws.getCell("B3").protection).toMatchObject({ locked: false });
    expect(ws.getCell("A4").protection).toMatchObject({ locked: false });
    // A cell's own lock wins over its role's (judgement scores look computed but stay open).
    expect(ws.getCell("D3").protection).toMatchObject({ locked: false });
    expect(ws.getCell("A5").alignment).toMatchObject({ wrapText: true });
    // Merging spreads the top-left cell's look over the area.
    expect(ws.getCell("D1").font).toMatchObject({ bold: true });
  });

  it("sets widths, heights, A4 fit-to-width printing, title rows and print area", async () => {
    const ws = (await loadBack(await templateWorkbook(sample))).getWorksheet(sample.name);
    if (!ws) throw new Error("sheet missing");
    expect([1, 2, 3, 4].map((c) => ws.getColumn(c).width)).toEqual([12, 20, 14, 14]);
    expect(ws.getRow(1).height).toBe(30);
    expect(ws.getRow(5).height).toBe(48);
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "1:2",
      printArea: "A1:D5",
    });
  });

  it("adds list validations inline, or from a hidden lists sheet when an item has a comma", async () => {
    const wb = await loadBack(await templateWorkbook(sample));
    const ws = wb.getWorksheet(sample.name);
    if (!ws) throw new Error("sheet missing");
    expect(ws.getCell("A7").dataValidation).toMatchObject({ type: "list", formulae: ['"定量,定性"'] });
    expect(ws.getCell("D9").dataValidation).toMatchObject({ type: "list", formulae: [`${LISTS_SHEET}!$A$1:$A$2`] });
    const lists = wb.getWorksheet(LISTS_SHEET);
    expect(lists?.state).toBe("veryHidden");
    expect([lists?.getCell("A1").value, lists?.getCell("A2").value]).toEqual(["甲,乙", "丙"]);
  });
});

describe("addTemplateSheet", () => {
  it("names a second sheet of the same kind like Excel names a copy", () => {
    const handle = newWorkbook();
    expect(addTemplateSheet(handle, sample)).toBe("项目支出绩效自评表");
    expect(addTemplateSheet(handle, sample)).toBe("项目支出绩效自评表 (2)");
    expect(addTemplateSheet(handle, sample, "专项：办公[2020]")).toBe("专项：办公_2020_");
    expect(sheetNames(handle)).toEqual([
      "项目支出绩效自评表",
      LISTS_SHEET,
      "项目支出绩效自评表 (2)",
      "专项：办公_2020_",
    ]);
  });

  it("shares one copy of a list between sheets in the hidden lists sheet", async () => {
    const handle = newWorkbook();
    addTemplateSheet(handle, sample);
    addTemplateSheet(handle, sample);
    const outcome = await readGrids(await writeWorkbook(handle));
    if (!outcome.ok) throw new Error(outcome.detail);
    const lists = outcome.grids.find((g) => g.sheetName === LISTS_SHEET);
    expect(lists?.values).toEqual([["甲,乙"], ["丙"]]);
  });
});
