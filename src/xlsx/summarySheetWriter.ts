import { cellAddress, parseAddress } from "../layout/address";
import type { Grid } from "../layout/grid";
import { uniqueSheetName } from "../layout/sheetName";
import { isSummarySheet, SUMMARY_COLUMN_WIDTHS, SUMMARY_SHEET_NAME, type SummaryCell } from "../layout/summarySheet";
import { addWorksheet } from "./addWorksheet";
import { packageOf, type WorkbookHandle } from "./handles";
import type { PackageBook } from "./packageBook";
import { markRecalculation } from "./recalculation";
import { parseCellRef } from "./sheetReader";
import { cellXml } from "./sheetPatcher";
import { StylesEditor } from "./stylesEditor";
import { applyEdits, findElements, prefixOf, type ElementSpan, type TextEdit } from "./textEdits";
import { attr, escapeXml, isSml, SML } from "./xmlStream";

/**
 * Puts the 汇总表 (layout/summarySheet.ts) into a workbook read from a file, inside its original
 * package: a new worksheet part added at the end of the tabs (addWorksheet.ts), or jixiao's own
 * 汇总表 refreshed in its part (its cells and links; the rest of that part stays). Every other
 * part stays byte for byte, except the ones a new sheet must change (workbook.xml, its
 * relationships, [Content_Types].xml, styles.xml for the title's font and the number formats). A sheet named 汇总表 that is not jixiao's is left alone (the
 * summary gets the next free name). Formulas carry their cached results (so a viewer that does not
 * calculate shows the figures) and the workbook asks for a full calculation on load.
 */

const TRANSITIONAL_SML = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** jixiao's 汇总表 among the sheets read: the one named 汇总表 first, else any with its title and header. */
function existingSummary(grids: readonly Grid[]): Grid | undefined {
  return grids.find((g) => g.sheetName === SUMMARY_SHEET_NAME && isSummarySheet(g)) ?? grids.find(isSummarySheet);
}

/** The sheet's cell styles: the title's, the header's, and one per number format. */
function summaryStyles(styles: StylesEditor): { title: number; header: number; format: (code: string) => number } {
  const formats = new Map<string, number>();
  return {
    title: styles.styleWithFont(0, { bold: true, size: 14 }),
    header: styles.styleWithFont(0, { bold: true }),
    format: (code) => {
      let s = formats.get(code);
      if (s === undefined) formats.set(code, (s = styles.styleWithFormat(0, code)));
      return s;
    },
  };
}

/** A cell of the sheet as XML, by position. */
interface PlacedCell {
  readonly row: number;
  readonly col: number;
  readonly xml: string;
}

/** The summary's cells and links as XML in the namespace prefix `p` ("" or "x:"). */
function summaryContent(cells: readonly SummaryCell[], styles: StylesEditor, p: string): { cells: PlacedCell[]; links: string[] } {
  const look = summaryStyles(styles);
  const placed: PlacedCell[] = [];
  const links: string[] = [];
  for (const c of cells) {
    const at = parseAddress(c.address);
    if (!at) continue;
    const style = at.row === 0 ? look.title : at.row === 1 ? look.header : c.numberFormat !== undefined ? look.format(c.numberFormat) : 0;
    const s = style ? ` s="${style}"` : "";
    const xml =
      c.formula !== undefined
        ? cellXml(p, c.address, style, c.formula.replace(/^=/, ""), c.value ?? null)
        : `<${p}c r="${c.address}"${s} t="inlineStr"><${p}is><${p}t xml:space="preserve">${escapeXml(c.text ?? "")}</${p}t></${p}is></${p}c>`;
    placed.push({ row: at.row, col: at.col, xml });
    if (c.link !== undefined) links.push(`<${p}hyperlink ref="${c.address}" location="${escapeXml(c.link, true)}" display="${escapeXml(String(c.value ?? ""), true)}"/>`);
  }
  return { cells: placed, links };
}

/** <sheetData> of the cells, rows and cells in order. */
function sheetDataXml(cells: readonly PlacedCell[], p: string): string {
  const rows = new Map<number, PlacedCell[]>();
  for (const c of cells) rows.set(c.row, [...(rows.get(c.row) ?? []), c]);
  const body = [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(([row, list]) => `<${p}row r="${row + 1}">${[...list].sort((a, b) => a.col - b.col).map((c) => c.xml).join("")}</${p}row>`)
    .join("");
  return `<${p}sheetData>${body}</${p}sheetData>`;
}

function dimensionXml(cells: readonly PlacedCell[], p: string): string {
  const lastRow = Math.max(0, ...cells.map((c) => c.row));
  const lastCol = Math.max(SUMMARY_COLUMN_WIDTHS.length - 1, ...cells.map((c) => c.col));
  return `<${p}dimension ref="A1:${cellAddress(lastRow, lastCol)}"/>`;
}

const hyperlinksXml = (links: readonly string[], p: string): string => (links.length ? `<${p}hyperlinks>${links.join("")}</${p}hyperlinks>` : "");

/** A new part: frozen title and header, column widths, the cells, links to each sheet, page setup. */
function newSummaryXml(cells: readonly SummaryCell[], styles: StylesEditor, ns: string): string {
  const content = summaryContent(cells, styles, "");
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet xmlns="${ns}">` +
    // Printed on one page wide (landscape A4): nine columns do not fit a portrait page.
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
    dimensionXml(content.cells, "") +
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/>' +
    '<selection pane="bottomLeft" activeCell="A3" sqref="A3"/></sheetView></sheetViews>' +
    `<cols>${SUMMARY_COLUMN_WIDTHS.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join("")}</cols>` +
    sheetDataXml(content.cells, "") +
    hyperlinksXml(content.links, "") +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>' +
    "</worksheet>"
  );
}

/** CT_Worksheet's elements that come after <hyperlinks>. */
const AFTER_HYPERLINKS = new Set([
  "printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks", "customProperties", "cellWatches",
  "ignoredErrors", "smartTags", "drawing", "legacyDrawing", "legacyDrawingHF", "picture", "oleObjects", "controls",
  "webPublishItems", "tableParts", "extLst",
]);

/**
 * jixiao's existing 汇总表 with its cells and links written anew: its columns A–I are the
 * summary's (rows of sheets since deleted go), cells the user put beside them stay, and everything
 * else of the part (widths the user set, views, comments, drawings) is kept as it is.
 */
function refreshedSummaryXml(before: string, cells: readonly SummaryCell[], styles: StylesEditor): string {
  const spans = findElements(before, (tag, depth) => depth <= 1 || (depth === 3 && isSml(tag, "c")));
  const root = spans[0];
  const p = prefixOf(root.tag);
  const child = (local: string) => spans.find((s) => s.depth === 1 && isSml(s.tag, local));
  const content = summaryContent(cells, styles, p);
  const beside = spans.flatMap((s): PlacedCell[] => {
    const at = s.depth === 3 ? parseCellRef(attr(s.tag, "r") ?? "") : undefined;
    return at && at.col >= SUMMARY_COLUMN_WIDTHS.length ? [{ ...at, xml: before.slice(s.start, s.end) }] : [];
  });
  const all = [...content.cells, ...beside];
  const edits: TextEdit[] = [];
  const replace = (span: ElementSpan | undefined, xml: string): boolean => {
    if (span) edits.push({ at: span.start, length: span.end - span.start, text: xml });
    return span !== undefined;
  };
  replace(child("dimension"), dimensionXml(all, p));
  const sheetData = child("sheetData");
  if (!sheetData) throw new Error("the 汇总表's worksheet part has no sheetData");
  replace(sheetData, sheetDataXml(all, p));
  if (!replace(child("hyperlinks"), hyperlinksXml(content.links, p)) && content.links.length) {
    const next = spans.find((s) => s.depth === 1 && s.start > sheetData.start && AFTER_HYPERLINKS.has(s.tag.local));
    edits.push({ at: next ? next.start : root.end - `</${root.tag.name}>`.length, length: 0, text: hyperlinksXml(content.links, p) });
  }
  return applyEdits(before, edits);
}

/** Each <c> of a worksheet part as written, by its reference. */
function cellsOf(text: string): Map<string, string> {
  return new Map(findElements(text, (tag) => isSml(tag, "c")).map((s) => [attr(s.tag, "r") ?? "", text.slice(s.start, s.end)]));
}

/** How many cells differ between two versions of a part (present in one only, or written otherwise). */
function cellsChanged(before: string, after: string): number {
  const a = cellsOf(before);
  const b = cellsOf(after);
  let n = 0;
  for (const [ref, xml] of b) if (a.get(ref) !== xml) n++;
  for (const ref of a.keys()) if (!b.has(ref)) n++;
  return n;
}

/** The SpreadsheetML namespace of the workbook (strict packages get a strict sheet). */
function workbookNamespace(book: PackageBook): string {
  const text = book.text(book.model.workbookPart) ?? "";
  const root = findElements(text, (_tag, depth) => depth === 0)[0];
  return root && SML.has(root.tag.uri) ? root.tag.uri : TRANSITIONAL_SML;
}

/**
 * Puts the 汇总表 into a workbook read by readGrids (`grids`: its sheets as read, to find jixiao's
 * own 汇总表). Returns the sheet's name and how many of its cells changed: 0 on a second run over
 * the same workbook, which then leaves every part as it was.
 */
export function putSummarySheet(handle: WorkbookHandle, cells: readonly SummaryCell[], grids: readonly Grid[]): { sheetName: string; changed: number } {
  const book = packageOf(handle);
  const styles = new StylesEditor(book);
  const found = existingSummary(grids);
  const part = found && book.model.sheets.find((s) => s.name === found.sheetName && s.kind === "worksheet")?.part;
  if (found && part) {
    const before = book.text(part) ?? "";
    const xml = refreshedSummaryXml(before, cells, styles);
    const changed = cellsChanged(before, xml);
    if (changed > 0) {
      book.setText(part, xml);
      markRecalculation(book);
    }
    return { sheetName: found.sheetName, changed };
  }
  const sheetName = uniqueSheetName(SUMMARY_SHEET_NAME, book.model.sheets.map((s) => s.name));
  addWorksheet(book, sheetName, newSummaryXml(cells, styles, workbookNamespace(book)));
  markRecalculation(book);
  return { sheetName, changed: cells.length };
}
