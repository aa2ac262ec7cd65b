import { folderOf, relationshipsPartOf } from "./opcPackage";
import type { PackageBook } from "./packageBook";
import { BUILTIN_FORMATS, formatCode } from "./stylesPart";
import { applyEdits, findElements, prefixOf, withAttribute, type ElementSpan, type TextEdit } from "./textEdits";
import { attr, escapeXml, isSml } from "./xmlStream";

/**
 * Number formats for patched cells, copy-on-write: a cell gets a cell style (cellXfs entry) that is
 * its own style with the number format changed, added once and reused after — never the shared
 * style changed under every other cell that uses it.
 */

const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

const STYLES_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
const STYLES_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";

/** Elements of styleSheet that may come after cellXfs (CT_Stylesheet's sequence). */
const AFTER_CELL_XFS = new Set(["cellStyles", "dxfs", "tableStyles", "colors", "extLst"]);

export class StylesEditor {
  private part: string | null;

  constructor(private readonly book: PackageBook) {
    this.part = book.model.stylesPart;
  }

  /** The cell style to give a cell now styled `style` so that it shows `code`. */
  styleWithFormat(style: number, code: string): number {
    const part = this.ensurePart();
    const text = this.book.text(part) ?? MINIMAL_STYLES;
    const spans = findElements(text, (tag, depth) => depth === 0 || (isSml(tag, tag.local) && ["numFmts", "numFmt", "cellXfs", "xf"].includes(tag.local)) || depth === 1);
    const root = spans[0];
    const p = prefixOf(root.tag);
    const numFmts = spans.find((s) => s.depth === 1 && isSml(s.tag, "numFmts"));
    const cellXfs = spans.find((s) => s.depth === 1 && isSml(s.tag, "cellXfs"));
    const custom = new Map<number, string>();
    for (const s of spans) {
      if (s.depth !== 2 || !isSml(s.tag, "numFmt")) continue;
      const id = Number(attr(s.tag, "numFmtId"));
      if (Number.isInteger(id)) custom.set(id, attr(s.tag, "formatCode") ?? "");
    }
    const xfs = cellXfs ? spans.filter((s) => s.depth === 2 && isSml(s.tag, "xf") && s.start > cellXfs.start && s.end <= cellXfs.end) : [];
    const base = xfs[style];
    const wanted = code === "General" ? null : code;
    if (formatCode(base ? Number(attr(base.tag, "numFmtId") ?? 0) : 0, custom) === wanted) return style;

    const edits: TextEdit[] = [];
    let id = [...custom].find(([, c]) => c === code)?.[0];
    if (id === undefined) id = wanted === null ? 0 : Number(Object.entries(BUILTIN_FORMATS).find(([, c]) => c === code)?.[0] ?? NaN);
    if (!Number.isInteger(id)) {
      id = Math.max(163, ...custom.keys()) + 1;
      const element = `<${p}numFmt numFmtId="${id}" formatCode="${escapeXml(code, true)}"/>`;
      if (numFmts) edits.push(...appendChild(text, numFmts, element, custom.size + 1, p));
      else edits.push({ at: root.openEnd, length: 0, text: `<${p}numFmts count="1">${element}</${p}numFmts>` });
    }
    const baseText = base ? text.slice(base.start, base.end) : `<${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`;
    const baseOpen = base ? text.slice(base.start, base.openEnd) : baseText;
    const newOpen = withAttribute(withAttribute(baseOpen, "numFmtId", String(id)), "applyNumberFormat", "1");
    const xf = newOpen + baseText.slice(baseOpen.length);
    const same = xfs.findIndex((s) => text.slice(s.start, s.end) === xf);
    if (same >= 0 && edits.length === 0) return same;
    if (cellXfs) edits.push(...appendChild(text, cellXfs, xf, xfs.length + 1, p));
    else {
      const after = spans.find((s) => s.depth === 1 && AFTER_CELL_XFS.has(s.tag.local));
      edits.push({ at: after ? after.start : root.end - `</${root.tag.name}>`.length, length: 0, text: `<${p}cellXfs count="1">${xf}</${p}cellXfs>` });
    }
    this.book.setText(part, applyEdits(text, edits));
    return cellXfs ? xfs.length : 0;
  }

  /**
   * The cell style to give a cell now styled `style` so that its text is bold and/or of another
   * size: the workbook's default font (the first) with those changes, added once and reused after.
   */
  styleWithFont(style: number, change: { readonly bold?: boolean; readonly size?: number }): number {
    const part = this.ensurePart();
    const text = this.book.text(part) ?? MINIMAL_STYLES;
    const spans = findElements(text, (tag, depth) => depth <= 1 || (isSml(tag, tag.local) && ["font", "xf"].includes(tag.local) && depth === 2));
    const root = spans[0];
    const p = prefixOf(root.tag);
    const fontsEl = spans.find((s) => s.depth === 1 && isSml(s.tag, "fonts"));
    const cellXfs = spans.find((s) => s.depth === 1 && isSml(s.tag, "cellXfs"));
    const inside = (parent: ElementSpan | undefined, local: string) =>
      parent ? spans.filter((s) => s.depth === 2 && isSml(s.tag, local) && s.start > parent.start && s.end <= parent.end) : [];
    const fonts = inside(fontsEl, "font");
    const xfs = inside(cellXfs, "xf");
    if (!fontsEl || fonts.length === 0 || !cellXfs || xfs.length === 0) return style;
    const font = withFontChange(text.slice(fonts[0].start, fonts[0].end), p, change);
    const edits: TextEdit[] = [];
    let fontId = fonts.findIndex((f) => text.slice(f.start, f.end) === font);
    if (fontId < 0) {
      fontId = fonts.length;
      edits.push(...appendChild(text, fontsEl, font, fonts.length + 1, p));
    }
    const base = xfs[style] ?? xfs[0];
    const baseOpen = text.slice(base.start, base.openEnd);
    const xf = withAttribute(withAttribute(baseOpen, "fontId", String(fontId)), "applyFont", "1") + text.slice(base.openEnd, base.end);
    const same = xfs.findIndex((s) => text.slice(s.start, s.end) === xf);
    if (same >= 0 && edits.length === 0) return same;
    edits.push(...appendChild(text, cellXfs, xf, xfs.length + 1, p));
    this.book.setText(part, applyEdits(text, edits));
    return xfs.length;
  }

  /** The styles part, created (with its relationship and content type) when the package has none. */
  private ensurePart(): string {
    if (this.part) return this.part;
    const wb = this.book.model.workbookPart;
    const folder = folderOf(wb);
    let name = `${folder}styles.xml`;
    for (let i = 2; this.book.text(name) !== undefined; i++) name = `${folder}styles${i}.xml`;
    this.book.setText(name, MINIMAL_STYLES);
    const relsPart = relationshipsPartOf(wb);
    const rels = this.book.text(relsPart);
    if (rels !== undefined) {
      const ids = new Set([...rels.matchAll(/\sId\s*=\s*["']([^"']*)/g)].map((m) => m[1]));
      let rid = "rIdJixiaoStyles";
      for (let i = 2; ids.has(rid); i++) rid = `rIdJixiaoStyles${i}`;
      this.book.setText(relsPart, insertBeforeRootEnd(rels, `<Relationship Id="${rid}" Type="${STYLES_REL}" Target="${name.slice(folder.length)}"/>`));
    }
    const types = this.book.text("[Content_Types].xml");
    if (types !== undefined) {
      this.book.setText("[Content_Types].xml", insertBeforeRootEnd(types, `<Override PartName="/${name}" ContentType="${STYLES_TYPE}"/>`));
    }
    this.part = name;
    return name;
  }
}

/** Appends an element as the last child of `parent` and sets its count. */
function appendChild(text: string, parent: ElementSpan, element: string, count: number, p: string): TextEdit[] {
  const open = text.slice(parent.start, parent.openEnd);
  const counted = withAttribute(open, "count", String(count));
  if (open.endsWith("/>")) {
    return [{ at: parent.start, length: parent.end - parent.start, text: `${counted.slice(0, -2)}>${element}</${p}${parent.tag.local}>` }];
  }
  const closing = `</${parent.tag.name}>`;
  return [
    { at: parent.start, length: open.length, text: counted },
    { at: parent.end - closing.length, length: 0, text: element },
  ];
}

/** Children of <font> that come after <sz> (CT_Font's sequence). */
const AFTER_SZ = /<(?:\w+:)?(?:color|name|family|charset|scheme)\b/;

/** A <font> element made bold and/or resized, its children kept in the schema's order. */
function withFontChange(font: string, p: string, change: { readonly bold?: boolean; readonly size?: number }): string {
  if (font.endsWith("/>")) return withFontChange(`${font.slice(0, -2).replace(/\s+$/, "")}></${p}font>`, p, change);
  const openEnd = font.indexOf(">") + 1;
  const close = font.lastIndexOf("</");
  let body = font.slice(openEnd, close);
  if (change.bold) body = `<${p}b/>${body.replace(/<(?:\w+:)?b(?:\s[^>]*)?\/>/, "")}`;
  if (change.size !== undefined) {
    body = body.replace(/<(?:\w+:)?sz(?:\s[^>]*)?\/>/, "");
    const sz = `<${p}sz val="${change.size}"/>`;
    const after = AFTER_SZ.exec(body);
    body = after ? body.slice(0, after.index) + sz + body.slice(after.index) : body + sz;
  }
  return font.slice(0, openEnd) + body + font.slice(close);
}

/** Inserts before the root element's closing tag. */
export function insertBeforeRootEnd(text: string, element: string): string {
  const at = text.lastIndexOf("</");
  return text.slice(0, at) + element + text.slice(at);
}
