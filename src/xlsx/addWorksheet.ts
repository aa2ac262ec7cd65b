import { folderOf, relationshipsPartOf } from "./opcPackage";
import type { PackageBook } from "./packageBook";
import { applyEdits, findElements, prefixOf } from "./textEdits";
import { attr, attrNamespace, escapeXml, isSml, OFFICE_RELS, PACKAGE_RELS } from "./xmlStream";

/**
 * A new worksheet in a read package, the way Excel adds one: its part under a free name beside the
 * other worksheets, a relationship from the workbook, a content-type override, and a <sheet> with
 * a fresh sheetId at the END of the tab list. Appending shifts no sheet's position, so defined
 * names' localSheetId, the active tab and every other index into the sheet list stay right.
 * Every other part is left as it is (docProps/app.xml keeps its old list of titles: Excel and
 * LibreOffice rebuild it on save and read the sheets from the workbook part).
 */

const WORKSHEET_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
const WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const TRANSITIONAL_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Inserts `element` before the closing tag of the element found by `pick` (the root when absent). */
function appendInto(text: string, element: (prefix: string) => string, pick?: (local: string, depth: number) => boolean): string {
  const spans = findElements(text, (tag, depth) => depth === 0 || (pick?.(tag.local, depth) ?? false));
  const parent = spans.find((s) => s.depth > 0) ?? spans[0];
  const closing = `</${parent.tag.name}>`;
  const body = element(prefixOf(parent.tag));
  if (text.slice(parent.start, parent.openEnd).endsWith("/>")) {
    const open = text.slice(parent.start, parent.openEnd - 2).replace(/\s+$/, "");
    return applyEdits(text, [{ at: parent.start, length: parent.end - parent.start, text: `${open}>${body}${closing}` }]);
  }
  return applyEdits(text, [{ at: parent.end - closing.length, length: 0, text: body }]);
}

/** A part name no entry of the package has (nor one jixiao added): `<folder>sheet<N>.xml`. */
function freePartName(book: PackageBook, folder: string): string {
  for (let n = 1; ; n++) {
    const name = `${folder}sheet${n}.xml`;
    if (!book.has(name) && !book.has(relationshipsPartOf(name))) return name;
  }
}

/** Adds a visible worksheet named `name` (a legal, unused name) holding `xml`; returns its part. */
export function addWorksheet(book: PackageBook, name: string, xml: string): string {
  const wb = book.model.workbookPart;
  const wbFolder = folderOf(wb);
  const relsPart = relationshipsPartOf(wb);
  const rels = book.text(relsPart) ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PACKAGE_RELS}"></Relationships>`;

  // Beside the other worksheets, wherever the producer put them; Excel's folder otherwise.
  const sibling = book.model.sheets.find((s) => s.kind === "worksheet" && s.part)?.part;
  const part = freePartName(book, sibling ? folderOf(sibling) : `${wbFolder}worksheets/`);

  const relTags = findElements(rels, (tag, depth) => depth === 1 && tag.local === "Relationship" && tag.uri === PACKAGE_RELS).map((s) => s.tag);
  const ids = new Set(relTags.map((t) => attr(t, "Id") ?? ""));
  // The worksheet relationship type as this package spells it (transitional or strict).
  const relType = relTags.map((t) => attr(t, "Type") ?? "").find((t) => t.endsWith("/worksheet")) ?? WORKSHEET_REL;
  let rid = `rId${ids.size + 1}`;
  for (let n = ids.size + 2; ids.has(rid); n++) rid = `rId${n}`;
  const target = part.startsWith(wbFolder) ? part.slice(wbFolder.length) : `/${part}`;
  book.setText(
    relsPart,
    appendInto(rels, (p) => `<${p}Relationship Id="${rid}" Type="${escapeXml(relType, true)}" Target="${escapeXml(target, true)}"/>`),
  );

  const wbText = book.text(wb);
  if (wbText === undefined) throw new Error(`${wb} is missing`);
  const sheetTags = findElements(wbText, (tag, depth) => depth === 2 && isSml(tag, "sheet")).map((s) => s.tag);
  const sheetId = Math.max(0, ...sheetTags.map((t) => Number(attr(t, "sheetId")) || 0)) + 1;
  // r:id in the namespace the workbook's own <sheet> elements use, declared on the new one.
  const relsNs = sheetTags.map((t) => attrNamespace(t, "id", OFFICE_RELS)).find((uri) => uri !== undefined) ?? TRANSITIONAL_RELS;
  book.setText(
    wb,
    appendInto(
      wbText,
      (p) => `<${p}sheet xmlns:r="${relsNs}" name="${escapeXml(name, true)}" sheetId="${sheetId}" r:id="${rid}"/>`,
      (local, depth) => depth === 1 && local === "sheets",
    ),
  );

  const types = book.text("[Content_Types].xml");
  if (types !== undefined) {
    book.setText(
      "[Content_Types].xml",
      appendInto(types, (p) => `<${p}Override PartName="/${escapeXml(part, true)}" ContentType="${WORKSHEET_TYPE}"/>`),
    );
  }
  book.setText(part, xml);
  book.sheetAdded({ name, state: "visible", part, kind: "worksheet" });
  return part;
}
