import { folderOf, relationshipsPartOf } from "./opcPackage";
import type { PackageBook } from "./packageBook";
import { applyEdits, findElements, prefixOf, withAttribute } from "./textEdits";
import { attr, CONTENT_TYPES, isSml, PACKAGE_RELS } from "./xmlStream";

/**
 * After jixiao changed formulas, Excel must not trust what it saved about them:
 * - calcChain.xml lists the formula cells in the order Excel last calculated them; a listed cell
 *   that no longer holds a formula makes Excel "repair" the file. The part is optional (Excel
 *   rebuilds it), so it is dropped, with its relationship and its content type.
 * - fullCalcOnLoad="1" on <calcPr>: Excel recalculates the whole workbook when it opens it, so the
 *   user's own formulas that refer to jixiao's cells show values computed from the new ones.
 */
export function markRecalculation(book: PackageBook): void {
  const chain = book.model.calcChainPart;
  const wb = book.model.workbookPart;
  if (chain && book.text(chain) !== undefined) {
    book.remove(chain);
    const folder = folderOf(wb);
    const relsPart = relationshipsPartOf(wb);
    const chainTarget = chain.slice(folder.length);
    removeElements(book, relsPart, (tag) => tag.local === "Relationship" && tag.uri === PACKAGE_RELS && /\/calcChain$/.test(attr(tag, "Type") ?? "") && [chainTarget, `/${chain}`].includes(attr(tag, "Target") ?? ""));
    removeElements(book, "[Content_Types].xml", (tag) => tag.local === "Override" && tag.uri === CONTENT_TYPES && (attr(tag, "PartName") ?? "").toLowerCase() === `/${chain}`.toLowerCase());
  }
  const text = book.text(wb);
  if (text === undefined) return;
  const spans = findElements(text, (_tag, depth) => depth <= 1);
  const root = spans[0];
  const calcPr = spans.find((s) => s.depth === 1 && isSml(s.tag, "calcPr"));
  if (calcPr) {
    const open = text.slice(calcPr.start, calcPr.openEnd);
    const updated = withAttribute(open, "fullCalcOnLoad", "1");
    if (updated !== open) book.setText(wb, applyEdits(text, [{ at: calcPr.start, length: open.length, text: updated }]));
    return;
  }
  // CT_Workbook's sequence: calcPr comes after definedNames and before these.
  const after = new Set(["oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr", "smartTagTypes", "webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst"]);
  const next = spans.find((s) => s.depth === 1 && after.has(s.tag.local));
  const at = next ? next.start : root.end - `</${root.tag.name}>`.length;
  book.setText(wb, applyEdits(text, [{ at, length: 0, text: `<${prefixOf(root.tag)}calcPr fullCalcOnLoad="1"/>` }]));
}

function removeElements(book: PackageBook, part: string, pick: Parameters<typeof findElements>[1]): void {
  const text = book.text(part);
  if (text === undefined) return;
  const found = findElements(text, (tag, depth) => depth === 1 && pick(tag, depth));
  if (found.length) book.setText(part, applyEdits(text, found.map((s) => ({ at: s.start, length: s.end - s.start, text: "" }))));
}
