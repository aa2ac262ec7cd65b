import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import type { Patch } from "../layout/patch";
import { applyPatches } from "./applyPatches";
import { shiftFormula } from "./formulaShift";
import { readGrids, type ReadWorkbookOutcome } from "./readGrids";
import { writeWorkbook } from "./workbookHandle";

/**
 * The package reader and patcher on hand-made packages: what each producer's conventions mean
 * for cells, and that patching touches only the cells written.
 */

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL = (id: string, type: string, target: string) => `<Relationship Id="${id}" Type="${R}/${type}" Target="${target}"/>`;

interface Sheet {
  readonly name: string;
  /** The part's name under xl/ and its XML, or null for a sheet whose part is missing. */
  readonly part: string;
  readonly xml: string | null;
  readonly kind?: string;
  readonly state?: string;
}

function pkg(sheets: readonly Sheet[], extra: { sharedStrings?: string; styles?: string; workbookPr?: string } = {}): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const rels = sheets.map((s, i) => REL(`rId${i + 1}`, s.kind ?? "worksheet", s.part));
  if (extra.sharedStrings) {
    files["xl/sharedStrings.xml"] = strToU8(extra.sharedStrings);
    rels.push(REL("rIdS", "sharedStrings", "sharedStrings.xml"));
  }
  if (extra.styles) {
    files["xl/styles.xml"] = strToU8(extra.styles);
    rels.push(REL("rIdT", "styles", "styles.xml"));
  }
  files["[Content_Types].xml"] = strToU8(`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`);
  files["_rels/.rels"] = strToU8(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${REL("rId1", "officeDocument", "/xl/workbook.xml")}</Relationships>`);
  files["xl/_rels/workbook.xml.rels"] = strToU8(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`);
  const sheetTags = sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"${s.state ? ` state="${s.state}"` : ""}/>`).join("");
  files["xl/workbook.xml"] = strToU8(`<workbook xmlns="${MAIN}" xmlns:r="${R}">${extra.workbookPr ?? ""}<sheets>${sheetTags}</sheets></workbook>`);
  for (const s of sheets) if (s.xml !== null) files[`xl/${s.part}`] = strToU8(s.xml);
  return zipSync(files);
}

const sheetXml = (body: string, after = "") => `<worksheet xmlns="${MAIN}"><sheetData>${body}</sheetData>${after}</worksheet>`;

function ok(outcome: ReadWorkbookOutcome) {
  if (!outcome.ok) throw new Error(`${outcome.reason}: ${outcome.detail}`);
  return outcome;
}

describe("reading packages", () => {
  it("reads every cell kind: shared (with phonetic guide and _x000D_), inline, str, boolean, error, ISO date, number", async () => {
    const sst = `<sst xmlns="${MAIN}"><si><t>部门</t><rPh sb="0" eb="1"><t>ぶ</t></rPh></si><si><r><t>产出</t></r><r><t>指标_x000D_</t></r></si></sst>`;
    const body =
      `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>内联</t></is></c></row>` +
      `<row r="2"><c r="A2" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="B2" t="b"><v>1</v></c><c r="C2" t="e"><v>#DIV/0!</v></c><c r="D2" t="d"><v>2020-12-31T00:00:00</v></c><c r="E2"><v>1.5</v></c></row>`;
    const { grids } = ok(await readGrids(pkg([{ name: "S", part: "worksheets/s.xml", xml: sheetXml(body) }], { sharedStrings: sst })));
    expect(grids[0].values).toEqual([
      ["部门", "产出指标\r", "内联"],
      ["ab", true, { error: "#DIV/0!" }, 44196, 1.5],
    ]);
    expect(grids[0].formulas?.[1]?.[0]).toBe('="a"&"b"');
  });

  it("takes number formats from the cell styles, and date1904 serials into the 1900 system", async () => {
    const styles = `<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy/m/d"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="10"/><xf numFmtId="164"/></cellXfs></styleSheet>`;
    const body = `<row r="1"><c r="A1" s="1"><v>0.95</v></c><c r="B1" s="2"><v>42734</v></c><c r="C1"><v>7</v></c></row>`;
    const { grids } = ok(await readGrids(pkg([{ name: "S", part: "worksheets/sheet1.xml", xml: sheetXml(body) }], { styles, workbookPr: '<workbookPr date1904="1"/>' })));
    expect(grids[0].values[0]).toEqual([0.95, 44196, 7]);
    expect(grids[0].numberFormats?.[0]).toEqual(["0.00%", "yyyy/m/d", null]);
  });

  it("lists the sheets it cannot read with the reason, and reads the others", async () => {
    const outcome = ok(
      await readGrids(
        pkg([
          { name: "好", part: "worksheets/a.xml", xml: sheetXml(`<row><c><v>1</v></c></row>`), state: "hidden" },
          { name: "缺", part: "worksheets/missing.xml", xml: null },
          { name: "坏", part: "worksheets/bad.xml", xml: "<worksheet><sheetData><row>" },
          { name: "图", part: "chartsheets/c.xml", xml: "<chartsheet/>", kind: "chartsheet" },
        ]),
      ),
    );
    expect(outcome.grids.map((g) => [g.sheetName, g.values])).toEqual([["好", [[1]]]]);
    expect(outcome.grids.map((g) => g.visibility)).toEqual(["hidden"]);
    expect(outcome.unreadableSheets?.map((s) => [s.sheetName, s.reason])).toEqual([
      ["缺", "missingPart"],
      ["坏", "corrupt"],
      ["图", "notWorksheet"],
    ]);
    expect(outcome.unreadableSheets?.[1].detail).toMatch(/^xl\/worksheets\/bad\.xml: not well-formed XML/);
  });

  it("calls a package with no readable sheet corrupt, and one without a workbook notXlsx", async () => {
    expect(await readGrids(pkg([{ name: "坏", part: "worksheets/bad.xml", xml: "<worksheet>" }]))).toMatchObject({ ok: false, reason: "corrupt" });
    const noWorkbook = zipSync({ "a.txt": strToU8("x") });
    expect(await readGrids(noWorkbook)).toMatchObject({ ok: false, reason: "notXlsx" });
  });

  it("refuses a cell beyond XFD as damage", async () => {
    const outcome = await readGrids(pkg([{ name: "S", part: "worksheets/sheet1.xml", xml: sheetXml(`<row r="1"><c r="XFE1"><v>1</v></c></row>`) }]));
    expect(outcome).toMatchObject({ ok: false, reason: "corrupt", detail: expect.stringContaining("XFE1") });
  });
});

describe("shared formulas", () => {
  it("moves relative references, not anchored ones, strings, sheet names or functions", () => {
    expect(shiftFormula("A1*10+$B$2+C$3+$D4", 1, 2)).toBe("C2*10+$B$2+E$3+$D5");
    expect(shiftFormula(`"A1"&'Q1 2020'!A1&LOG10(A1)`, 1, 0)).toBe(`"A1"&'Q1 2020'!A2&LOG10(A2)`);
    expect(shiftFormula("A1", -1, 0)).toBe("#REF!");
  });
});

describe("patching packages in place", () => {
  const patch = (sheetName: string, writes: Patch["writes"]): Patch[] => [{ sheetName, writes }];

  async function patched(bytes: Uint8Array, patches: Patch[]) {
    const read = ok(await readGrids(bytes));
    const changed = applyPatches(read.workbook, patches);
    const out = await writeWorkbook(read.workbook);
    return { changed, out, xml: (part: string) => strFromU8(unzipSync(out)[part]), reread: ok(await readGrids(out)) };
  }

  it("writes with the sheet's own namespace prefix, escaping formula text", async () => {
    const xml = `<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    const r = await patched(pkg([{ name: "S", part: "worksheets/sheet.xml", xml }]), patch("S", [
      { address: "B1", formula: '=IF(A1<2,"<优>&","")&T(N("jixiao"))', value: "<优>&" },
      { address: "C3", formula: "=ROUND(A1/3,4)", value: 0.3333 },
    ]));
    expect(r.changed).toBe(2);
    const out = r.xml("xl/worksheets/sheet.xml");
    expect(out).toContain(`<x:c r="B1" t="str"><x:f>IF(A1&lt;2,"&lt;优&gt;&amp;","")&amp;T(N("jixiao"))</x:f><x:v>&lt;优&gt;&amp;</x:v></x:c>`);
    expect(out).toContain(`<x:row r="3"><x:c r="C3"><x:f>ROUND(A1/3,4)</x:f><x:v>0.3333</x:v></x:c></x:row>`);
    expect(r.reread.grids[0].values).toEqual([[1, "<优>&"], [], [null, null, 0.3333]]);
    expect(r.reread.grids[0].formulas?.[0]?.[1]).toBe('=IF(A1<2,"<优>&","")&T(N("jixiao"))');
  });

  it("gives rows and cells without r their own once a cell is inserted among them", async () => {
    const xml = sheetXml(`<row><c><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c></row>`);
    const r = await patched(pkg([{ name: "S", part: "worksheets/sheet1.xml", xml }]), patch("S", [{ address: "D1", formula: "=A1+B1", value: 3 }]));
    expect(r.reread.grids[0].values).toEqual([[1, 2, null, 3], [3]]);
    expect(r.xml("xl/worksheets/sheet1.xml")).toContain(`<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="D1"><f>A1+B1</f><v>3</v></c></row><row r="2"><c r="A2">`);
  });

  it("creates a styles part when the package has none, for a number format", async () => {
    const r = await patched(pkg([{ name: "S", part: "worksheets/sheet1.xml", xml: sheetXml("") }]), patch("S", [{ address: "A1", formula: "=1/4", value: 0.25, numberFormat: "0.00%" }]));
    expect(r.reread.grids[0].numberFormats?.[0]?.[0]).toBe("0.00%");
    expect(r.xml("xl/_rels/workbook.xml.rels")).toContain("styles.xml");
    expect(r.xml("[Content_Types].xml")).toContain('PartName="/xl/styles.xml"');
    const again = ok(await readGrids(r.out));
    expect(applyPatches(again.workbook, patch("S", [{ address: "A1", formula: "=1/4", value: 0.25, numberFormat: "0.00%" }]))).toBe(0);
  });

  it("writes nothing and keeps the bytes when nothing changes", async () => {
    const bytes = pkg([{ name: "S", part: "worksheets/sheet1.xml", xml: sheetXml(`<row r="1"><c r="A1"><f>1+1</f><v>2</v></c></row>`) }]);
    const r = await patched(bytes, patch("S", [{ address: "A1", formula: "=1+1", value: 2 }]));
    expect(r.changed).toBe(0);
    expect(Buffer.from(r.out).equals(Buffer.from(bytes))).toBe(true);
  });
});
