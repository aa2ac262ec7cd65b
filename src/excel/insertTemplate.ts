import { columnName, parseAddress } from "../layout/address";
import type { CellStyle, StyleRole, TemplateCell, TemplateSheet } from "../layout/templateSheet";
import type { XlRangeFormat, XlRequestContext, XlWorksheet } from "./officeTypes";
import { uniqueSheetName } from "../layout/sheetName";

/**
 * Inserts a rendered template as a NEW sheet with a unique name, in two syncs: one to learn the
 * existing names, one to write. Existing sheets are never addressed, so they stay as they were.
 */
export async function insertTemplate(context: XlRequestContext, t: TemplateSheet): Promise<{ sheetName: string }> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const sheetName = uniqueSheetName(
    t.name,
    worksheets.items.map((w) => w.name),
  );
  const sheet = worksheets.add(sheetName);
  queueTemplate(sheet, t);
  sheet.activate();
  await context.sync();
  return { sheetName };
}

/** Excel column width in characters → points (Office.js widths are points): 7 px a digit + 5 px padding. */
export function charactersToPoints(characters: number): number {
  const pixels = Math.trunc(characters * 7 + 5);
  return Math.round(pixels * 0.75 * 100) / 100;
}

/** Text Excel would turn into a number, date, boolean or formula when written as a value. */
export function looksCoercible(text: string): boolean {
  const s = text.trim();
  return (
    /^[-+]?(\d[\d,]*)?(\.\d+)?%?$/.test(s) && /\d/.test(s) ||
    /^[=+@]/.test(s) ||
    /^(true|false)$/i.test(s) ||
    /^\d{1,4}[-/年.]\d{1,2}([-/月.]\d{1,2}日?)?$/.test(s)
  );
}

/** Addresses joined for `getRanges`, in chunks that keep each address string short. */
export function addressChunks(addresses: readonly string[], maxLength = 200): string[] {
  const chunks: string[] = [];
  let current = "";
  for (const a of addresses) {
    const next = current ? `${current},${a}` : a;
    if (current && next.length > maxLength) {
      chunks.push(current);
      current = a;
    } else current = next;
  }
  if (current) chunks.push(current);
  return chunks;
}

const H_ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const V_ALIGN = { top: "Top", middle: "Center", bottom: "Bottom" } as const;
const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;

function applyStyle(format: XlRangeFormat, style: CellStyle): void {
  if (style.fill) format.fill.color = style.fill;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.fontColor) format.font.color = style.fontColor;
  if (style.horizontal) format.horizontalAlignment = H_ALIGN[style.horizontal];
  if (style.vertical) format.verticalAlignment = V_ALIGN[style.vertical];
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.border) for (const edge of EDGES) format.borders.getItem(edge).style = "Continuous";
  if (style.locked !== undefined) format.protection.locked = style.locked;
}

/** The area a cell's style covers: its whole merged range when it is a merge's top-left cell. */
function styledAreas(t: TemplateSheet): Map<StyleRole, string[]> {
  const mergeOf = new Map<string, string>();
  for (const m of t.merges) mergeOf.set(m.split(":")[0].toUpperCase(), m);
  const byRole = new Map<StyleRole, string[]>();
  for (const cell of t.cells) {
    const area = mergeOf.get(cell.address.toUpperCase()) ?? cell.address;
    const list = byRole.get(cell.role) ?? [];
    list.push(area);
    byRole.set(cell.role, list);
  }
  return byRole;
}

function numberFormatOf(t: TemplateSheet, cell: TemplateCell): string | undefined {
  const format = cell.numberFormat ?? t.styles[cell.role].numberFormat;
  if (format) return format;
  // Keep label text such as "100" or "2020-12" as typed text, not a number or a date.
  return typeof cell.value === "string" && looksCoercible(cell.value) ? "@" : undefined;
}

/** Queues every operation that builds the template on an empty sheet (no sync). */
export function queueTemplate(sheet: XlWorksheet, t: TemplateSheet): void {
  t.columnWidths.forEach((width, col) => {
    const letter = columnName(col);
    sheet.getRange(`${letter}:${letter}`).format.columnWidth = charactersToPoints(width);
  });
  for (const [row, height] of Object.entries(t.rowHeights)) {
    const r = Number(row) + 1;
    sheet.getRange(`${r}:${r}`).format.rowHeight = height;
  }
  for (const [role, areas] of styledAreas(t)) {
    for (const chunk of addressChunks(areas)) applyStyle(sheet.getRanges(chunk).format, t.styles[role]);
  }
  const mergeOf = new Map(t.merges.map((m) => [m.split(":")[0].toUpperCase(), m]));
  for (const cell of t.cells) {
    if (!parseAddress(cell.address)) continue;
    // A cell's own lock overrides its role's (indicator 得分: computed look, open to typing).
    if (cell.locked !== undefined) {
      sheet.getRange(mergeOf.get(cell.address.toUpperCase()) ?? cell.address).format.protection.locked = cell.locked;
    }
    const format = numberFormatOf(t, cell);
    const needsRange = format !== undefined || cell.value !== null || cell.formula !== undefined;
    if (!needsRange) continue;
    const range = sheet.getRange(cell.address);
    if (format !== undefined) range.numberFormat = [[format]];
    // An arithmetic cell gets its formula (Excel computes the result); any other cell its value.
    if (cell.formula) range.formulas = [[cell.formula]];
    else if (cell.value !== null) range.values = [[cell.value]];
  }
  // After the values: a merge keeps only its top-left value.
  for (const m of t.merges) sheet.getRange(m).merge(false);
  for (const v of t.validations) {
    sheet.getRange(v.range).dataValidation.rule = { list: { inCellDropDown: true, source: v.list.join(",") } };
  }
  const layout = sheet.pageLayout;
  layout.paperSize = "A4";
  layout.orientation = t.print.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.centerHorizontally = true;
  // Fit to one page wide; the height is left to Excel (see docs/MANUAL_CHECKLIST.md).
  layout.zoom = { horizontalFitToPages: 1 };
  layout.setPrintArea(t.print.area);
  const [first, last = first] = t.print.titleRows.split(":");
  layout.setPrintTitleRows(`$${first}:$${last}`);
}
