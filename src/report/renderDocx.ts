import {
  AlignmentType,
  BorderStyle,
  convertMillimetersToTwip,
  Document,
  Footer,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type ISectionOptions,
  type IRunOptions,
} from "docx";
import { JIXIAO_VERSION } from "../domain/version";
import type { AttachmentTable, TableCellModel } from "./attachmentTables";
import type { Block, Run } from "./reportOutline";
import { FONT, INDENT_TWIPS, LINE_TWIPS, PAGE, SIZE } from "./reportStyles";

/**
 * Blocks and tables → a .docx, through the `docx` package (no OOXML written here). Returns bytes
 * (Packer's "uint8array" output works in Node and in browsers alike).
 */

export interface Attachment {
  /** "附件1". */
  readonly label: string;
  readonly tables: readonly AttachmentTable[];
  /** Shown when the workbook has no sheet for this attachment. */
  readonly missing: string;
  readonly notes: readonly string[];
}

export interface DocxContent {
  readonly title: string;
  readonly blocks: readonly Block[];
  readonly attachments: readonly Attachment[];
  /** Header text on every page (草稿), or null. */
  readonly header: string | null;
}

type Face = keyof typeof FONT;

function run(text: string, face: Face, size: number, extra: Partial<IRunOptions> = {}): TextRun {
  return new TextRun({
    text,
    font: { eastAsia: FONT[face], ascii: FONT.latin, hAnsi: FONT.latin, cs: FONT.latin },
    size: size * 2,
    ...extra,
  });
}

const exactLines = { line: LINE_TWIPS, lineRule: LineRuleType.EXACT } as const;

function bodyRun(r: Run): TextRun {
  // A placeholder is highlighted so nobody files it unfilled.
  return run(r.text, "body", SIZE.body, r.placeholder ? { highlight: "yellow" } : {});
}

function blockParagraphs(b: Block): (Paragraph | Table)[] {
  switch (b.kind) {
    case "title":
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { line: 700, lineRule: LineRuleType.EXACT, after: LINE_TWIPS },
          children: [run(b.text, "title", SIZE.title)],
        }),
      ];
    case "heading1":
      return [new Paragraph({ indent: { firstLine: INDENT_TWIPS }, spacing: exactLines, keepNext: true, children: [run(b.text, "heading1", SIZE.body)] })];
    case "heading2":
      return [new Paragraph({ indent: { firstLine: INDENT_TWIPS }, spacing: exactLines, keepNext: true, children: [run(b.text, "heading2", SIZE.body)] })];
    case "heading3":
      return [new Paragraph({ indent: { firstLine: INDENT_TWIPS }, spacing: exactLines, keepNext: true, children: [run(b.text, "body", SIZE.body, { bold: true })] })];
    case "paragraph":
      return [new Paragraph({ indent: { firstLine: INDENT_TWIPS }, spacing: exactLines, alignment: AlignmentType.JUSTIFIED, children: b.runs.map(bodyRun) })];
    case "attachmentList":
      return b.lines.map(
        (line, i) =>
          new Paragraph({
            // 附件： sits two characters in, a blank line above; later lines align under the first item.
            indent: { left: i === 0 ? INDENT_TWIPS : INDENT_TWIPS + 3 * SIZE.body * 20 },
            spacing: { ...exactLines, before: i === 0 ? LINE_TWIPS : 0 },
            children: [run(line, "body", SIZE.body)],
          }),
      );
    case "errorBox":
      return [errorBox(b.title, b.lines), new Paragraph({ children: [] })];
  }
}

function errorBox(title: string, lines: readonly string[]): Table {
  const border = { style: BorderStyle.SINGLE, size: 18, color: "C00000" };
  const para = (text: string, bold = false): Paragraph =>
    new Paragraph({ spacing: { after: 60 }, children: [run(text, "body", SIZE.box, { bold, color: bold ? "C00000" : undefined })] });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: [
      new TableRow({
        children: [
          new TableCell({
            margins: { top: 120, bottom: 120, left: 160, right: 160 },
            children: [para(title, true), ...lines.map((l) => para(l))],
          }),
        ],
      }),
    ],
  });
}

function pageNumberFooter(align: "right" | "left"): Footer {
  // "— 1 —", one character in from the edge on its side (GB/T 9704 7.5).
  return new Footer({
    children: [
      new Paragraph({
        alignment: align === "right" ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: align === "right" ? { right: SIZE.pageNumber * 20 } : { left: SIZE.pageNumber * 20 },
        children: [
          run("— ", "pageNumber", SIZE.pageNumber),
          new TextRun({ children: [PageNumber.CURRENT], font: FONT.pageNumber, size: SIZE.pageNumber * 2 }),
          run(" —", "pageNumber", SIZE.pageNumber),
        ],
      }),
    ],
  });
}

function headerOf(text: string | null): Header | undefined {
  if (text === null) return undefined;
  return new Header({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [run(text, "heading1", 12, { color: "C00000" })] })],
  });
}

function tableCell(c: TableCellModel, widthMm: number): TableCell {
  const lines = c.text === "" ? [""] : c.text.split("\n");
  return new TableCell({
    columnSpan: c.colSpan,
    rowSpan: c.rowSpan,
    width: { size: convertMillimetersToTwip(widthMm), type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { left: 60, right: 60, top: 30, bottom: 30 },
    children: lines.map(
      (line) =>
        new Paragraph({
          alignment: c.align === "left" ? AlignmentType.LEFT : AlignmentType.CENTER,
          // A heading row stays on the page of the row it heads.
          keepNext: c.bold === true,
          children: [run(line, "body", SIZE.table, { bold: c.bold })],
        }),
    ),
  });
}

/** Cells longer than this may split across pages. */
const LONG_CELL = 200;

/** The width a cell spans: the columns it covers, found by walking the row (rowSpans above included). */
function attachmentTable(t: AttachmentTable): Table {
  const covered: number[] = new Array(t.widthsMm.length).fill(0);
  const rows = t.rows.map((cells) => {
    let col = 0;
    const out: TableCell[] = [];
    for (const c of cells) {
      while (col < covered.length && covered[col] > 0) col++;
      const span = c.colSpan ?? 1;
      const width = t.widthsMm.slice(col, col + span).reduce((a, w) => a + w, 0);
      out.push(tableCell(c, width));
      for (let k = col; k < col + span && k < covered.length; k++) covered[k] = c.rowSpan ?? 1;
      col += span;
    }
    for (let k = 0; k < covered.length; k++) if (covered[k] > 0) covered[k]--;
    // Short rows stay whole; a row of long text (年度总体目标) may run on to the next page
    // rather than leave most of a page blank.
    const long = cells.some((c) => c.text.length > LONG_CELL);
    return new TableRow({ children: out, cantSplit: !long });
  });
  return new Table({
    width: { size: convertMillimetersToTwip(t.widthsMm.reduce((a, w) => a + w, 0)), type: WidthType.DXA },
    columnWidths: t.widthsMm.map((w) => convertMillimetersToTwip(w)),
    rows,
  });
}

function attachmentChildren(a: Attachment): (Paragraph | Table)[] {
  const label = new Paragraph({ children: [run(a.label, "heading1", SIZE.body)] });
  const note = (text: string): Paragraph => new Paragraph({ spacing: { before: 60 }, children: [run(text, "body", SIZE.table)] });
  if (a.tables.length === 0) return [label, new Paragraph({ children: [run(a.missing, "body", SIZE.body)] })];
  return a.tables.flatMap((t, i) => [
    ...(i === 0 ? [label] : []),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      pageBreakBefore: i > 0,
      spacing: { before: 120, after: 240 },
      children: [run(t.title, "title", SIZE.tableTitle)],
    }),
    attachmentTable(t),
    ...a.notes.map(note),
  ]);
}

function pageProperties(orientation: "portrait" | "landscape"): ISectionOptions["properties"] {
  const m = PAGE[orientation];
  return {
    page: {
      size: {
        width: convertMillimetersToTwip(PAGE.width),
        height: convertMillimetersToTwip(PAGE.height),
        orientation: orientation === "landscape" ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
      },
      margin: {
        top: convertMillimetersToTwip(m.top),
        bottom: convertMillimetersToTwip(m.bottom),
        left: convertMillimetersToTwip(m.left),
        right: convertMillimetersToTwip(m.right),
        header: convertMillimetersToTwip(15),
        footer: convertMillimetersToTwip(20),
      },
    },
  };
}

export async function renderDocx(content: DocxContent): Promise<Uint8Array> {
  const header = headerOf(content.header);
  const headers = header ? { default: header, even: headerOf(content.header) } : undefined;
  const footers = { default: pageNumberFooter("right"), even: pageNumberFooter("left") };
  const doc = new Document({
    title: content.title,
    creator: `jixiao ${JIXIAO_VERSION}`,
    description: `绩效自评助手 jixiao ${JIXIAO_VERSION}`,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { font: { eastAsia: FONT.body, ascii: FONT.latin, hAnsi: FONT.latin }, size: SIZE.body * 2, language: { value: "zh-CN", eastAsia: "zh-CN" } },
        },
      },
    },
    sections: [
      { properties: pageProperties("portrait"), headers, footers, children: content.blocks.flatMap(blockParagraphs) },
      ...content.attachments.map((a) => ({
        properties: pageProperties("landscape"),
        headers,
        footers,
        children: attachmentChildren(a),
      })),
    ],
  });
  return Packer.pack(doc, "uint8array");
}
