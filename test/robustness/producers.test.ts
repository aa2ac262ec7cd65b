import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { readFileSync } from "node:fs";
import { checkWorkbook } from "../../src/layout/checkWorkbook";
import { isSummarySheet, summaryCellsOf } from "../../src/layout/summarySheet";
import { applyPatches, readGrids, writeWorkbook } from "../../src/xlsx";
import { putSummarySheet } from "../../src/xlsx/summarySheetWriter";
import { committed, SEED_FILE, withCalcChain, withOddSheetNames, withoutRefs, withPrefix } from "../fixtures/producers/variants";

/**
 * Workbooks from other producers (openpyxl, LibreOffice, the Open XML SDK's conventions, .NET
 * exporters, hand-edited packages) are read like the seed example: the same sheets, totals, grades
 * and diagnostics. And scoring a workbook with a chart, an image, a comment, data validation and
 * defined names changes only the parts that must change.
 */

async function opened(bytes: Uint8Array) {
  const read = await readGrids(bytes);
  if (!read.ok) throw new Error(`${read.reason}: ${read.detail}`);
  return read;
}

/** What a person sees of a check: each sheet's total, grade and diagnostics. */
async function figures(bytes: Uint8Array) {
  const read = await opened(bytes);
  const check = checkWorkbook(read.grids);
  return {
    sheets: check.sheets.map(({ result }) => ({
      sheet: result.sheetName,
      total: result.total.value?.toFixed(2) ?? null,
      grade: result.grade.value ?? null,
      diagnostics: result.diagnostics.map((d) => `${d.severity} ${d.code} ${d.cell ?? ""}`).sort(),
    })),
    unreadable: read.unreadableSheets ?? [],
  };
}

const seed = (): Uint8Array => new Uint8Array(readFileSync(SEED_FILE));

describe("workbooks from other producers read like the seed", () => {
  let expected: Awaited<ReturnType<typeof figures>>;
  beforeAll(async () => {
    expected = await figures(seed());
  });

  it("the seed's own figures: project 98.00 优, overall 107.00 优", () => {
    expect(expected.sheets.map((s) => [s.sheet, s.total, s.grade])).toEqual([
      ["部门整体支出绩效自评表", "107.00", "优"],
      ["项目支出绩效自评表", "98.00", "优"],
    ]);
  });

  /** The package really is written the producer's way (else the case proves nothing). */
  const sheetXml = (bytes: Uint8Array): string[] =>
    Object.entries(unzipSync(bytes))
      .filter(([n]) => /^xl\/worksheets\/[^/]+\.xml$/.test(n))
      .map(([, d]) => strFromU8(d));

  it.each([
    ["openpyxl (inline strings)", () => committed("openpyxl.xlsx"), (xml: string[]) => xml.some((x) => x.includes('t="inlineStr"'))],
    ["LibreOffice", () => committed("libreoffice.xlsx"), (xml: string[]) => xml.length === 2],
    ["SpreadsheetML with an x: prefix", () => withPrefix(seed()), (xml: string[]) => xml.every((x) => x.includes("<x:worksheet ") && x.includes("<x:c ") && !x.includes("<c "))],
    ["rows and cells without r", () => withoutRefs(seed()), (xml: string[]) => xml.every((x) => /<row[ >]/.test(x) && !/<row[^>]* r=/.test(x.slice(0, 3000)) && /<c [^>]*>/.test(x) && /<c (?![^>]*\br=)[^>]*>/.test(x))],
    ["openpyxl, rows and cells without r", () => withoutRefs(committed("openpyxl.xlsx")), (xml: string[]) => xml.every((x) => /<c (?![^>]*\br=)[^>]*>/.test(x))],
    ["worksheet parts named sheet.xml, data.xml", () => withOddSheetNames(seed()), () => true],
  ])("%s", async (_name, make, written) => {
    const bytes = make();
    expect(written(sheetXml(bytes))).toBe(true);
    expect(await figures(bytes)).toEqual(expected);
  });

  it("worksheet parts not named sheetN.xml are followed by their relationships, none missed", async () => {
    const bytes = withOddSheetNames(seed());
    expect(Object.keys(unzipSync(bytes)).filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n)).sort()).toEqual(["xl/worksheets/data.xml", "xl/worksheets/sheet.xml"]);
    expect((await opened(bytes)).grids.map((g) => g.sheetName)).toEqual(["部门整体支出绩效自评表", "项目支出绩效自评表"]);
  });

  it("openpyxl's drawing without the xdr: prefix and its comments under xl/comments/ are no reason to fail", async () => {
    const bytes = committed("rich.xlsx");
    const parts = unzipSync(bytes);
    expect(strFromU8(parts["xl/drawings/drawing1.xml"])).toMatch(/^<wsDr xmlns="[^"]*spreadsheetDrawing"/);
    expect(Object.keys(parts)).toContain("xl/comments/comment1.xml");
    const read = await opened(bytes);
    expect(read.grids.map((g) => g.sheetName)).toEqual(["部门整体支出绩效自评表", "项目支出绩效自评表", "数据"]);
    const project = checkWorkbook(read.grids).sheets.find((s) => s.result.sheetName === "项目支出绩效自评表");
    expect([project?.result.total.value?.toFixed(2), project?.result.grade.value]).toEqual(["98.00", "优"]);
  });
});

describe("scoring keeps every part it does not need to change", () => {
  /** Parts allowed to change: the scored sheet, styles (a new number format), workbook.xml (fullCalcOnLoad), and the calculation chain's traces. */
  async function scored(bytes: Uint8Array) {
    const read = await opened(bytes);
    const check = checkWorkbook(read.grids);
    const written = applyPatches(read.workbook, check.sheets.map((s) => s.patch));
    return { written, out: await writeWorkbook(read.workbook), patches: check.sheets.map((s) => s.patch) };
  }

  it("a workbook with a chart, an image, a comment, data validation, defined names and a second sheet", async () => {
    const input = committed("rich.xlsx");
    const { written, out } = await scored(input);
    expect(written).toBeGreaterThan(0);
    const before = unzipSync(input);
    const after = unzipSync(out);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    const changed = Object.keys(before).filter((n) => !Buffer.from(before[n]).equals(Buffer.from(after[n]))).sort();
    const projectPart = "xl/worksheets/sheet2.xml";
    expect(changed.filter((n) => ![projectPart, "xl/styles.xml", "xl/workbook.xml"].includes(n))).toEqual([]);
    expect(changed).toContain(projectPart);
    // The untouched entries keep their very compressed bytes, not only their content.
    const raw = (zip: Uint8Array, name: string): Buffer => Buffer.from(rawEntry(zip, name));
    for (const name of ["xl/charts/chart1.xml", "xl/media/image1.png", "xl/comments/comment1.xml", "xl/drawings/drawing1.xml", "xl/worksheets/sheet3.xml"]) {
      expect({ name, same: raw(out, name).equals(raw(input, name)) }).toEqual({ name, same: true });
    }
    // The result reads back with jixiao's cells, and a second scoring changes nothing.
    const again = await opened(out);
    const project = again.grids[1];
    expect(project.formulas?.[22]?.[7]).toMatch(/^=.*N\("jixiao"\)/);
    expect(project.values[22][7]).toBe(98);
    const second = await scored(out);
    expect(second.written).toBe(0);
    expect(Buffer.from(second.out).equals(Buffer.from(out))).toBe(true);
  });

  it("drops a calculation chain that would list stale formula cells and asks Excel to recalculate", async () => {
    const { out } = await scored(withCalcChain(committed("rich.xlsx")));
    const after = unzipSync(out);
    expect(Object.keys(after)).not.toContain("xl/calcChain.xml");
    expect(strFromU8(after["xl/_rels/workbook.xml.rels"])).not.toContain("calcChain");
    expect(strFromU8(after["[Content_Types].xml"])).not.toContain("calcChain");
    expect(strFromU8(after["xl/workbook.xml"])).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
    expect((await opened(out)).grids).toHaveLength(3);
  });
});

describe("the 汇总表 goes into the original package", () => {
  /** `jixiao score --summary-sheet`'s steps: the patches, then the 汇总表, then the package's bytes. */
  async function scoredWithSummary(bytes: Uint8Array) {
    const read = await opened(bytes);
    const check = checkWorkbook(read.grids);
    const patched = applyPatches(read.workbook, check.sheets.map((s) => s.patch));
    const summary = putSummarySheet(read.workbook, summaryCellsOf(check), read.grids);
    return { written: patched + summary.changed, sheetName: summary.sheetName, out: await writeWorkbook(read.workbook) };
  }

  /** The 汇总表 as jixiao reads it back: its rows of values (cached results). */
  async function summaryRows(bytes: Uint8Array) {
    const read = await opened(bytes);
    const grid = read.grids.find((g) => g.sheetName === "汇总表");
    if (!grid) throw new Error("no 汇总表");
    return { grid, rows: grid.values.slice(2).map((r) => [r[0], r[1], r[4], r[5], r[6], r[7], r[8]]), read };
  }

  it("a workbook with a chart, an image, a comment, data validation and defined names keeps every other entry's compressed bytes", async () => {
    const input = committed("rich.xlsx");
    const { written, sheetName, out } = await scoredWithSummary(input);
    expect(sheetName).toBe("汇总表");
    expect(written).toBeGreaterThan(0);
    const before = Object.keys(unzipSync(input)).sort();
    const after = Object.keys(unzipSync(out)).sort();
    expect(after).toEqual([...before, "xl/worksheets/sheet4.xml"].sort());
    // Allowed to change: the new sheet's three registrations, styles (the title's font, number
    // formats) and the scored sheets; docProps/app.xml keeps its old list of titles.
    const allowed = ["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml", "xl/styles.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"];
    const differing = before.filter((n) => !Buffer.from(rawEntry(out, n)).equals(Buffer.from(rawEntry(input, n))));
    expect(differing.filter((n) => !allowed.includes(n))).toEqual([]);
    expect(differing).toEqual(expect.arrayContaining(["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml", "xl/worksheets/sheet2.xml"]));
    expect(before.filter((n) => !differing.includes(n))).toEqual(
      expect.arrayContaining(["xl/charts/chart1.xml", "xl/media/image1.png", "xl/comments/comment1.xml", "xl/drawings/drawing1.xml", "xl/worksheets/sheet3.xml", "docProps/app.xml"]),
    );

    // Appended after the last tab: defined names (localSheetId) and views are as they were.
    const workbookXml = (zip: Uint8Array) => strFromU8(unzipSync(zip)["xl/workbook.xml"]);
    const definedNames = (xml: string) => /<definedNames>.*<\/definedNames>/.exec(xml)?.[0];
    expect(definedNames(workbookXml(out))).toBe(definedNames(workbookXml(input)));
    expect(workbookXml(out)).toMatch(/<sheet [^>]*name="数据" sheetId="3"[^>]*\/><sheet xmlns:r="[^"]*" name="汇总表" sheetId="4" r:id="rId6"\/><\/sheets>/);

    // Read back: the 汇总表 shows both sheets' figures before any recalculation, and is no evaluation sheet.
    const { grid, rows, read } = await summaryRows(out);
    expect(isSummarySheet(grid)).toBe(true);
    expect(rows).toEqual([
      ["部门整体支出绩效自评表", "部门整体", 161.4, 161.4, 1, 97, "优"],
      ["项目支出绩效自评表", "项目", 10, 10, 1, 98, "优"],
    ]);
    expect(grid.formulas?.[3]?.[7]).toBe(`=IF('项目支出绩效自评表'!H23="","",'项目支出绩效自评表'!H23)`);
    const check = checkWorkbook(read.grids);
    expect(check.sheets.map((s) => s.result.sheetName)).toEqual(["部门整体支出绩效自评表", "项目支出绩效自评表"]);
    expect(check.broken.map((b) => b.sheetName)).not.toContain("汇总表");

    // The title is bold and larger: its cell style's font, added to styles.xml.
    const sheetXml = strFromU8(unzipSync(out)["xl/worksheets/sheet4.xml"]);
    const titleStyle = Number(/<c r="A1" s="(\d+)"/.exec(sheetXml)?.[1]);
    const styles = strFromU8(unzipSync(out)["xl/styles.xml"]);
    const xf = [...(/<cellXfs[^>]*>(.*)<\/cellXfs>/.exec(styles)?.[1] ?? "").matchAll(/<xf [^>]*?(?:\/>|>.*?<\/xf>)/g)][titleStyle]?.[0] ?? "";
    const font = [...(/<fonts[^>]*>(.*)<\/fonts>/.exec(styles)?.[1] ?? "").matchAll(/<font>.*?<\/font>/g)][Number(/fontId="(\d+)"/.exec(xf)?.[1])]?.[0];
    expect(font).toMatch(/<b\/>.*<sz val="14"\/>/);
    expect(sheetXml).toContain('<pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/>');
    expect(sheetXml).toMatch(/<pageSetUpPr fitToPage="1"\/>.*<pageSetup [^>]*orientation="landscape" fitToWidth="1" fitToHeight="0"\/>/);
    expect(sheetXml).toContain(`<hyperlink ref="A4" location="'项目支出绩效自评表'!A1" display="项目支出绩效自评表"/>`);

    // Running twice changes nothing the second time: not a cell, not a byte.
    const second = await scoredWithSummary(out);
    expect(second.written).toBe(0);
    expect(Buffer.from(second.out).equals(Buffer.from(out))).toBe(true);
  });

  it("a package with worksheet parts not named sheetN.xml and an x: prefix gets a working 汇总表", async () => {
    const input = withOddSheetNames(withPrefix(seed()));
    const { out } = await scoredWithSummary(input);
    const parts = unzipSync(out);
    expect(Object.keys(parts).filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n)).sort()).toEqual(["xl/worksheets/data.xml", "xl/worksheets/sheet.xml", "xl/worksheets/sheet1.xml"]);
    expect(strFromU8(parts["xl/workbook.xml"])).toMatch(/<x:sheet xmlns:r="[^"]*" name="汇总表" sheetId="3" r:id="rId\d+"\/><\/x:sheets>/);
    expect(strFromU8(parts["[Content_Types].xml"])).toContain('PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"');
    const { rows } = await summaryRows(out);
    expect(rows).toEqual([
      ["部门整体支出绩效自评表", "部门整体", 161.4, 161.4, 1, 97, "优"],
      ["项目支出绩效自评表", "项目", 10, 10, 1, 98, "优"],
    ]);
    const second = await scoredWithSummary(out);
    expect([second.written, Buffer.from(second.out).equals(Buffer.from(out))]).toEqual([0, true]);
  });

  it("refreshes its own 汇总表 in place: new figures, the user's column width and note beside it kept", async () => {
    const { out } = await scoredWithSummary(committed("rich.xlsx"));
    // The user widens column A, writes a note in K3, and enters 8 as the project's 全年执行数 (E7).
    const parts = unzipSync(out);
    const edit = (name: string, from: string, to: string) => {
      const xml = strFromU8(parts[name]);
      expect(xml).toContain(from);
      parts[name] = strToU8(xml.replace(from, to));
    };
    edit("xl/worksheets/sheet4.xml", '<col min="1" max="1" width="26"', '<col min="1" max="1" width="40"');
    edit("xl/worksheets/sheet4.xml", "</row><row r=\"4\">", '<c r="K3" t="inlineStr"><is><t>备注：已核</t></is></c></row><row r="4">');
    edit("xl/worksheets/sheet2.xml", '<c r="E7" s="2" t="n"><v>10</v></c>', '<c r="E7" s="2" t="n"><v>8</v></c>');
    const edited = zipSync(Object.fromEntries(Object.entries(parts).map(([n, d]) => [n, [d, { level: 6 }]])));

    const refreshed = await scoredWithSummary(edited);
    expect(refreshed.sheetName).toBe("汇总表");
    expect(refreshed.written).toBeGreaterThan(0);
    const after = unzipSync(refreshed.out);
    expect(Object.keys(after).filter((n) => n.startsWith("xl/worksheets/") && n.endsWith(".xml")).sort()).toEqual(
      ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml", "xl/worksheets/sheet4.xml"],
    );
    const summaryXml = strFromU8(after["xl/worksheets/sheet4.xml"]);
    expect(summaryXml).toContain('<col min="1" max="1" width="40"');
    const { grid, rows } = await summaryRows(refreshed.out);
    expect(grid.values[2]?.[10]).toBe("备注：已核");
    expect(rows[1]).toEqual(["项目支出绩效自评表", "项目", 10, 8, 0.8, expect.any(Number), expect.any(String)]);

    const again = await scoredWithSummary(refreshed.out);
    expect([again.written, Buffer.from(again.out).equals(Buffer.from(refreshed.out))]).toEqual([0, true]);
  });

  it("a sheet named 汇总表 that is not jixiao's is left alone; the summary takes the next free name", async () => {
    const read = await opened(seed());
    const check = checkWorkbook(read.grids);
    const theirs = putSummarySheet(read.workbook, [{ address: "A1", text: "their notes" }], []);
    expect(theirs.sheetName).toBe("汇总表");
    const mine = putSummarySheet(read.workbook, summaryCellsOf(check), []);
    expect(mine.sheetName).toBe("汇总表 (2)");
    const again = await opened(await writeWorkbook(read.workbook));
    expect(again.grids.map((g) => [g.sheetName, g.values[0]?.[0]])).toEqual([
      ["部门整体支出绩效自评表", read.grids[0].values[0]?.[0]],
      ["项目支出绩效自评表", read.grids[1].values[0]?.[0]],
      ["汇总表", "their notes"],
      ["汇总表 (2)", "绩效自评汇总表"],
    ]);
    // Refreshed where it is on the next run, the other one untouched.
    const next = putSummarySheet(again.workbook, summaryCellsOf(checkWorkbook(again.grids)), again.grids);
    expect(next).toEqual({ sheetName: "汇总表 (2)", changed: 0 });
  });
});

/** An entry's compressed bytes as stored in the zip (local header → data). */
function rawEntry(zip: Uint8Array, name: string): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const wanted = new TextEncoder().encode(name);
  for (let i = 0; i + 30 < zip.length; i++) {
    if (view.getUint32(i, true) !== 0x04034b50) continue;
    const nameLength = view.getUint16(i + 26, true);
    const extraLength = view.getUint16(i + 28, true);
    const found = zip.subarray(i + 30, i + 30 + nameLength);
    if (nameLength !== wanted.length || !found.every((b, k) => b === wanted[k])) continue;
    // Sizes live in the central directory when bit 3 is set: find the next header instead.
    const start = i + 30 + nameLength + extraLength;
    let end = start;
    while (end + 4 <= zip.length && ![0x04034b50, 0x02014b50, 0x08074b50].includes(view.getUint32(end, true))) end++;
    return zip.subarray(start, end);
  }
  throw new Error(`${name} not in the zip`);
}
