import { Zip, ZipDeflate, zipSync, strToU8 } from "fflate";
import { concatBytes } from "../../src/xlsx/zipArchive";

/**
 * Workbooks built to exhaust a reader: a zip bomb (a few hundred KB of zip inflating to hundreds
 * of MB of sheet XML, made chunk by chunk so building it costs little memory), the same with
 * headers that lie about the size, and sheets with giant merged areas.
 */

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const FIXED = new Date(2021, 0, 1);

const STATIC_PARTS = (sheetName: string): Record<string, string> => ({
  "[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
  "_rels/.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  "xl/workbook.xml": `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${sheetName}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  "xl/_rels/workbook.xml.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
});

/** A one-sheet package whose sheet XML is `megabytes` MB of rows, deflated as it is made. */
export function zipBomb(megabytes = 300): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    chunks.push(chunk);
  });
  for (const [name, text] of Object.entries(STATIC_PARTS("炸弹"))) {
    const f = new ZipDeflate(name, { level: 1 });
    f.mtime = FIXED;
    zip.add(f);
    f.push(strToU8(text), true);
  }
  const sheet = new ZipDeflate("xl/worksheets/sheet1.xml", { level: 9 });
  sheet.mtime = FIXED;
  zip.add(sheet);
  sheet.push(strToU8(`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData>`));
  const row = '<row><c t="inlineStr"><is><t>部门名称</t></is></c><c><v>1</v></c></row>';
  const block = strToU8(row.repeat(Math.floor((1024 * 1024) / strToU8(row).length)));
  for (let i = 0; i < megabytes; i++) sheet.push(block);
  sheet.push(strToU8("</sheetData></worksheet>"), true);
  zip.end();
  return concatBytes(chunks);
}

/** The bomb with its sheet's declared size cut to `declared` bytes in both headers (a lying zip). */
export function lyingBomb(bomb: Uint8Array, declared = 4096): Uint8Array {
  const out = bomb.slice();
  const view = new DataView(out.buffer);
  const name = strToU8("xl/worksheets/sheet1.xml");
  for (let i = 0; i + 46 < out.length; i++) {
    const sig = view.getUint32(i, true);
    const [nameAt, sizeAt] = sig === 0x04034b50 ? [30, 22] : sig === 0x02014b50 ? [46, 24] : [0, 0];
    if (!nameAt || view.getUint16(i + nameAt - 4 - (sig === 0x02014b50 ? 14 : 0), true) !== name.length) continue;
    if (!out.subarray(i + nameAt, i + nameAt + name.length).every((b, k) => b === name[k])) continue;
    view.setUint32(i + sizeAt, declared, true);
  }
  return out;
}

/** A small sheet with one merged area `ref` (A1:J100000 is 1,000,000 cells). */
export function giantMerge(ref: string): Uint8Array {
  const parts: Record<string, [Uint8Array, { mtime: Date }]> = {};
  const sheet = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>说明</t></is></c></row><row r="2"><c r="A2"><v>2</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="${ref}"/></mergeCells></worksheet>`;
  for (const [name, text] of Object.entries({ ...STATIC_PARTS("合并"), "xl/worksheets/sheet1.xml": sheet })) parts[name] = [strToU8(text), { mtime: FIXED }];
  return zipSync(parts);
}
