import JSZip from "jszip";
import { columnName } from "../../src/layout/address";

/**
 * Crafted workbooks for the file-level robustness tests, built byte by byte with JSZip (a
 * dependency of ExcelJS): a minimal .xlsx package, then the damage. Deterministic (fixed dates),
 * so the copies committed under test/fixtures/files/hostile-* are exactly what this makes
 * (test/robustness/craftFiles.test.ts regenerates and compares them).
 */

const FIXED_DATE = new Date(Date.UTC(2021, 0, 1));

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK = (sheetName: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${sheetName}" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;

function xmlEscape(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** An inline-string cell (no shared strings needed). */
export function textCell(ref: string, text: string): string {
  return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${xmlEscape(text)}</t></is></c>`;
}

export function numberCell(ref: string, n: number): string {
  return `<c r="${ref}"><v>${n}</v></c>`;
}

/** A worksheet part from rows of cell XML, with an optional <dimension> claim. */
export function sheetXml(rows: readonly (readonly [number, string])[], dimension?: string): string {
  const body = rows.map(([r, cells]) => `<row r="${r}">${cells}</row>`).join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${dimension ? `<dimension ref="${dimension}"/>` : ""}<sheetData>${body}</sheetData></worksheet>`;
}

/** A one-sheet .xlsx package around a worksheet part. */
export async function xlsxPackage(sheet: string, sheetName = "Sheet1"): Promise<Uint8Array> {
  const zip = new JSZip();
  const add = (name: string, data: string) => zip.file(name, data, { date: FIXED_DATE, createFolders: false });
  add("[Content_Types].xml", CONTENT_TYPES);
  add("_rels/.rels", ROOT_RELS);
  add("xl/workbook.xml", WORKBOOK(sheetName));
  add("xl/_rels/workbook.xml.rels", WORKBOOK_RELS);
  add("xl/sharedStrings.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>`);
  add("xl/worksheets/sheet1.xml", sheet);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 9 } });
}

/** A small well-formed sheet: a title and a few values (nothing a 自评表 reader would find). */
const SMALL = sheetXml([
  [1, textCell("A1", "说明") + numberCell("B1", 1)],
  [2, textCell("A2", "本表用于测试") + numberCell("B2", 2)],
]);

/** The local file header of the sheet part, located by its name, to damage its data. */
function sheetDataOffset(bytes: Uint8Array, name: string): number {
  const needle = new TextEncoder().encode(name);
  for (let i = 0; i + 30 + needle.length < bytes.length; i++) {
    if (bytes[i] !== 0x50 || bytes[i + 1] !== 0x4b || bytes[i + 2] !== 0x03 || bytes[i + 3] !== 0x04) continue;
    const nameLength = bytes[i + 26] | (bytes[i + 27] << 8);
    const extraLength = bytes[i + 28] | (bytes[i + 29] << 8);
    const found = bytes.subarray(i + 30, i + 30 + nameLength);
    if (nameLength === needle.length && found.every((b, k) => b === needle[k])) return i + 30 + nameLength + extraLength;
  }
  throw new Error(`${name} not in the package`);
}

export interface CraftedFile {
  readonly name: string;
  /** What the reader must conclude: unreadable (exit 2), or read (the file is checked). */
  readonly outcome: "unreadable" | "read";
  readonly what: string;
  /** False for the large ones, made at test time only (a few hundred KB of zip is no fixture). */
  readonly committed?: false;
  readonly bytes: () => Promise<Uint8Array>;
}

export const CRAFTED: readonly CraftedFile[] = [
  {
    name: "hostile-empty.xlsx",
    outcome: "unreadable",
    what: "0 bytes",
    bytes: async () => new Uint8Array(0),
  },
  {
    name: "hostile-truncated-half.xlsx",
    outcome: "unreadable",
    what: "a valid package cut in half (no central directory)",
    bytes: async () => {
      const full = await xlsxPackage(SMALL);
      return full.slice(0, Math.floor(full.length / 2));
    },
  },
  {
    name: "hostile-truncated-header.xlsx",
    outcome: "unreadable",
    what: "the first 10 bytes of a package: a zip signature and nothing else",
    bytes: async () => (await xlsxPackage(SMALL)).slice(0, 10),
  },
  {
    name: "hostile-damaged-sheet.xlsx",
    outcome: "unreadable",
    what: "the central directory intact, the worksheet's deflated data overwritten (CRC mismatch)",
    bytes: async () => {
      const full = await xlsxPackage(SMALL);
      const at = sheetDataOffset(full, "xl/worksheets/sheet1.xml");
      const out = full.slice();
      for (let i = at; i < at + 24 && i < out.length; i++) out[i] = 0xff;
      return out;
    },
  },
  {
    name: "hostile-control-chars.xlsx",
    outcome: "unreadable",
    what: "a raw ESC and BEL in a cell's text: not XML 1.0, so not a well-formed package (Excel writes _x001B_)",
    bytes: async () => xlsxPackage(sheetXml([[1, `<c r="A1" t="inlineStr"><is><t>\u001b[31m红字\u0007</t></is></c>`]])),
  },
  {
    name: "hostile-zip-without-workbook.xlsx",
    outcome: "unreadable",
    what: "a well-formed zip holding a text file, no workbook",
    bytes: async () => {
      const zip = new JSZip();
      zip.file("readme.txt", "这不是工作簿", { date: FIXED_DATE, createFolders: false });
      return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    },
  },
  {
    name: "hostile-csv.xlsx",
    outcome: "unreadable",
    what: "CSV text (with formula-like cells) renamed .xlsx",
    bytes: async () => new TextEncoder().encode("部门名称,=cmd|' /C calc'!A0\n全年预算数,+1\n全年执行数,@SUM(1+1)\n"),
  },
  {
    name: "hostile-ole.xls",
    outcome: "unreadable",
    what: "an OLE compound file header (an old .xls, or an encrypted .xlsx)",
    bytes: async () => {
      const out = new Uint8Array(1024);
      out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
      return out;
    },
  },
  {
    name: "hostile-xlsx-named.xls",
    outcome: "read",
    what: "a good .xlsx package with a .xls name",
    bytes: async () => xlsxPackage(SMALL),
  },
  {
    name: "hostile-dimension-bomb.xlsx",
    outcome: "read",
    what: "a sheet claiming A1:XFD1048576 and holding its two far corners",
    bytes: async () => xlsxPackage(sheetXml([[1, textCell("A1", "说明")], [1_048_576, numberCell("XFD1048576", 1)]], "A1:XFD1048576")),
  },
  {
    name: "hostile-beyond-xfd.xlsx",
    outcome: "unreadable",
    what: "cells beyond Excel's limits: column XFE (16,385) and row 1,048,577 (Excel refuses it too)",
    bytes: async () =>
      xlsxPackage(sheetXml([[1, textCell("A1", "说明") + numberCell("XFE1", 7)], [1_048_577, numberCell("A1048577", 8)]], "A1:XFE1048577")),
  },
  {
    name: "hostile-many-rows.xlsx",
    outcome: "read",
    what: "120,000 rows of cells (past the 100,000-row cap), about 1 MB zipped",
    committed: false,
    bytes: async () => {
      const rows: [number, string][] = [];
      for (let r = 1; r <= 120_000; r++) rows.push([r, numberCell(`A${r}`, r) + numberCell(`B${r}`, r % 7)]);
      return xlsxPackage(sheetXml(rows, "A1:B120000"));
    },
  },
  {
    name: "hostile-wide-row.xlsx",
    outcome: "read",
    what: "one row with 16,384 cells (every column to XFD)",
    bytes: async () => {
      const cells: string[] = [];
      for (let c = 0; c < 16_384; c++) cells.push(numberCell(`${columnName(c)}1`, c));
      return xlsxPackage(sheetXml([[1, cells.join("")]], "A1:XFD1"));
    },
  },
];

