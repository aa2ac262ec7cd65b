import type { CellValue } from "../domain/cells";
import type { SheetKind } from "../domain/input";
import { profiles, type RuleProfile } from "../domain/profiles";
import { cellAddress, parseAddress, rangeAddress } from "./address";
import { computedFormulas } from "./formulas";
import type { Grid, MergedArea } from "./grid";
import { readSheet } from "./readSheet";
import { blankIndicators, level1Labels, LEVEL2_LABELS, PLACEHOLDER_NAME, sampleIndicators, type DefaultLevel1 } from "./templateDefaults";
import { heightForLines, linesInHeight, ROW_PADDING, textLines } from "./textFit";
import type { StyleRole, TemplateCell, TemplateSheet } from "./templateSheet";
import { FORMAT_AMOUNT, FORMAT_GENERAL, FORMAT_RATE, FORMAT_SCORE, TEMPLATE_STYLES } from "./templateStyles";

/**
 * The TemplateSpec: both sheet kinds as data (labels, blocks, merges, formats, roles,
 * validation lists, print setup), rendered for a year and a department. The same
 * TemplateSheet drives insertion in Excel (src/excel) and in .xlsx (src/xlsx).
 * Nine columns: A section labels, B–I the tables (templates.md).
 */

export const TEMPLATE_NAMES: Readonly<Record<SheetKind, string>> = {
  overall: "部门整体支出绩效自评表",
  project: "项目支出绩效自评表",
};

/** Broken where a person would break them, so that the narrow section column shows whole words. */
const FUNDS_HEADING: Readonly<Record<SheetKind, string>> = {
  overall: "资金情况\n（万元）",
  project: "年度项目\n资金\n（万元）",
};

/** Columns B–H of the funds header; 得分 spans H:I. */
const FUNDS_HEADERS = ["年度资金总额", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分（分值×执行率）"];
const FUNDS_ROWS = ["合计", "其中：当年财政拨款", "上年结转资金", "其他资金"];
/** Columns B–I of the indicator header. */
const INDICATOR_HEADERS = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"];
/** The notes under the table; the second follows the profile's total and grade bands. */
function notes(profile: RuleProfile): string[] {
  const total = profile.weights.total;
  const bands = profile.grade.bands;
  const parts = bands.map((b, i) => `${b.min}分（含）—${i === 0 ? total : bands[i - 1].min}分为${b.grade}`);
  const last = bands[bands.length - 1];
  return [
    "备注：1.“执行率”=“全年执行数”/“全年预算数”；",
    `2.总分设置为${total}分，等级划分为：${parts.join("，")}，${last ? `${last.min}分以下为差` : ""}。`,
  ];
}
// B and C wide enough for 其中：当年财政拨款 and 服务对象满意度指标 on one line in print.
const COLUMN_WIDTHS = [10, 20, 16, 26, 14, 14, 10, 12, 24];
const LAST_COL = COLUMN_WIDTHS.length - 1;

export interface TemplateOptions {
  /** Defaults to last year (relative to `now`). */
  readonly year?: number;
  readonly department?: string;
  /** 专项名称 (project sheets). */
  readonly projectName?: string;
  /** The clock, for tests; defaults to the current date. */
  readonly now?: Date;
  /** Fill the indicator rows with the seed report's, and say so in the title. Default: blank rows. */
  readonly sample?: boolean;
  /** The rule profile whose points, weights and grade bands the sheet shows. Default national. */
  readonly profile?: RuleProfile;
  /** The indicator rows to start with (a department's own list), instead of the blank or sample ones. */
  readonly indicators?: readonly DefaultLevel1[];
}

/** Collects cells and merges row by row (0-based indices). */
class SheetBuilder {
  readonly cells: TemplateCell[] = [];
  readonly merges: string[] = [];
  readonly heights: Record<number, number> = {};

  put(row: number, col: number, value: string | number | null, role: StyleRole, extra: Partial<TemplateCell> = {}): void {
    this.cells.push({ address: cellAddress(row, col), value, role, ...extra });
  }

  /** Puts a value in the top-left and styles every cell of the range alike, then merges it. */
  area(top: number, left: number, bottom: number, right: number, value: string | number | null, role: StyleRole, extra: Partial<TemplateCell> = {}): void {
    for (let r = top; r <= bottom; r++) {
      for (let c = left; c <= right; c++) this.put(r, c, r === top && c === left ? value : null, role, extra);
    }
    if (top !== bottom || left !== right) this.merges.push(rangeAddress(top, left, bottom, right));
  }
}

function fillYear(text: string, year: number): string {
  return text.replace(/\{year\}/g, String(year));
}

function renderProjectBlock(b: SheetBuilder, row: number, projectName: string | undefined): number {
  b.area(row, 0, row + 2, 0, "项目支出名称", "section");
  b.put(row, 1, "专项名称", "label");
  b.area(row, 2, row, 4, projectName ?? null, "input");
  b.area(row, 5, row, 6, "项目总投资（万元）", "label");
  b.area(row, 7, row, 8, null, "inputNumber", { numberFormat: FORMAT_AMOUNT });
  b.put(row + 1, 1, "支出方向名称（子项目）", "label");
  b.area(row + 1, 2, row + 1, 4, null, "input");
  b.area(row + 1, 5, row + 1, 6, "其中：财政拨款", "label");
  b.area(row + 1, 7, row + 1, 8, null, "inputNumber", { numberFormat: FORMAT_AMOUNT });
  b.put(row + 2, 1, "项目总实施期", "label");
  b.area(row + 2, 2, row + 2, 8, null, "input");
  return row + 3;
}

function renderFunds(b: SheetBuilder, row: number, kind: SheetKind, budgetWeight: number): number {
  b.area(row, 0, row + FUNDS_ROWS.length, 0, FUNDS_HEADING[kind], "section");
  FUNDS_HEADERS.forEach((h, i) => {
    if (i === FUNDS_HEADERS.length - 1) b.area(row, 1 + i, row, LAST_COL, h, "header");
    else b.put(row, 1 + i, h, "header");
  });
  b.heights[row] = 30;
  FUNDS_ROWS.forEach((label, i) => {
    const r = row + 1 + i;
    const total = i === 0;
    b.put(r, 1, label, "label");
    for (const c of [2, 3, 4]) b.put(r, c, null, "inputNumber", { numberFormat: FORMAT_AMOUNT });
    // 分值 and 得分 belong to the total row; on sub-rows those cells stay empty labels.
    b.put(r, 5, total ? budgetWeight : null, total ? "inputNumber" : "label", total ? { numberFormat: FORMAT_GENERAL } : {});
    b.put(r, 6, null, "computed", { numberFormat: FORMAT_RATE });
    b.area(r, 7, r, LAST_COL, null, total ? "computed" : "label", total ? { numberFormat: FORMAT_SCORE } : {});
  });
  return row + 1 + FUNDS_ROWS.length;
}

function renderGoals(b: SheetBuilder, row: number): number {
  b.area(row, 0, row + 1, 0, "年度总体目标", "section");
  b.area(row, 1, row, 4, "预期目标", "header");
  b.area(row, 5, row, LAST_COL, "实际完成情况", "header");
  b.area(row + 1, 1, row + 1, 4, null, "inputText");
  b.area(row + 1, 5, row + 1, LAST_COL, null, "inputText");
  b.heights[row + 1] = 120;
  return row + 2;
}

function renderIndicators(b: SheetBuilder, row: number, groups: readonly DefaultLevel1[], year: number): { next: number; first: number; last: number } {
  // A blank row's name is a grey placeholder the reader skips; its other cells are empty.
  const count = groups.reduce((n, g) => n + g.groups.reduce((m, l2) => m + l2.rows.length, 0), 0);
  b.area(row, 0, row + count, 0, "绩效指标", "section");
  INDICATOR_HEADERS.forEach((h, i) => b.put(row, 1 + i, h, "header"));
  b.heights[row] = 30;
  let r = row + 1;
  for (const l1 of groups) {
    const l1Rows = l1.groups.reduce((m, l2) => m + l2.rows.length, 0);
    b.area(r, 1, r + l1Rows - 1, 1, l1.level1, "input");
    for (const l2 of l1.groups) {
      b.area(r, 2, r + l2.rows.length - 1, 2, l2.level2, "input");
      for (const ind of l2.rows) {
        if (ind === null) b.put(r, 3, PLACEHOLDER_NAME, "placeholder");
        else b.put(r, 3, fillYear(ind.name, year), "inputText");
        b.put(r, 4, ind === null ? null : fillYear(ind.target, year), "input");
        b.put(r, 5, null, "input");
        b.put(r, 6, ind === null ? null : ind.weight, "inputNumber", { numberFormat: FORMAT_GENERAL });
        b.put(r, 7, null, "computed", { numberFormat: FORMAT_SCORE, locked: false });
        b.put(r, 8, null, "inputText");
        // Two lines tall at least: names and targets wrap, and Excel/LibreOffice do not grow a row
        // whose cells were written by a program until someone edits it.
        b.heights[r] = heightForLines(2);
        r++;
      }
    }
  }
  return { next: r, first: row + 1, last: r - 1 };
}

function renderFooter(b: SheetBuilder, row: number, profile: RuleProfile): number {
  b.area(row, 0, row, 5, "总分", "label");
  b.put(row, 6, profile.weights.total, "label", { numberFormat: FORMAT_GENERAL });
  b.put(row, 7, null, "computed", { numberFormat: FORMAT_SCORE });
  b.put(row, 8, null, "computed", { numberFormat: FORMAT_GENERAL });
  const lines = notes(profile);
  lines.forEach((note, i) => b.area(row + 1 + i, 0, row + 1 + i, LAST_COL, note, "note"));
  return row + 1 + lines.length;
}

/** Font size of a cell's role, points. */
function fontSizeOf(t: Pick<TemplateSheet, "styles">, cell: TemplateCell): number {
  return t.styles[cell.role].fontSize ?? 11;
}

/** Width in units of the area a cell shows its text in (its merge, or its column). */
function widthOf(columnWidths: readonly number[], area: MergedArea): number {
  let w = 0;
  for (let c = area.left; c <= area.right; c++) w += columnWidths[c] ?? 8.43;
  return w;
}

/** Every cell with text, with the area it shows it in and the lines it needs there. */
export function textAreas(t: TemplateSheet): { cell: TemplateCell; area: MergedArea; lines: number; fontSize: number }[] {
  const merges = t.merges.map(areaOf).filter((m): m is MergedArea => m !== undefined);
  const out: { cell: TemplateCell; area: MergedArea; lines: number; fontSize: number }[] = [];
  for (const cell of t.cells) {
    const p = parseAddress(cell.address);
    if (!p || cell.value === null || cell.value === "") continue;
    const area = merges.find((m) => m.top === p.row && m.left === p.col) ?? { top: p.row, left: p.col, bottom: p.row, right: p.col };
    const fontSize = fontSizeOf(t, cell);
    const text = typeof cell.value === "number" ? String(cell.value) : cell.value;
    const wraps = t.styles[cell.role].wrap === true;
    out.push({ cell, area, fontSize, lines: wraps ? textLines(text, widthOf(t.columnWidths, area), fontSize) : 1 });
  }
  return out;
}

/** Each text that needs more lines than its row (or merged rows) shows: "D14 needs 3 lines, shows 2". */
export function textsCutOff(t: TemplateSheet): string[] {
  const cut: string[] = [];
  for (const { cell, area, lines, fontSize } of textAreas(t)) {
    let height = 0;
    for (let r = area.top; r <= area.bottom; r++) height += rowHeightOf(t, r);
    // Each row of a taller area has its own padding; the lines must fit in what is left.
    const shows = linesInHeight(height - (area.bottom - area.top) * ROW_PADDING, fontSize);
    if (lines > shows) cut.push(`${cell.address} needs ${lines} lines, shows ${shows}`);
  }
  return cut;
}

/** The height of a row, points (the default where the template sets none). */
export function rowHeightOf(t: Pick<TemplateSheet, "rowHeights">, row: number): number {
  return t.rowHeights[row] ?? DEFAULT_ROW_HEIGHT;
}

const DEFAULT_ROW_HEIGHT = heightForLines(1);

/** Grows rows until every text fits its area: a one-row area by its row, a taller one by its last row. */
function fitHeights(t: TemplateSheet, heights: Record<number, number>): void {
  for (const { area, lines, fontSize } of textAreas(t)) {
    let have = 0;
    for (let r = area.top; r <= area.bottom; r++) have += heights[r] ?? DEFAULT_ROW_HEIGHT;
    const rows = area.bottom - area.top + 1;
    if (linesInHeight(have - (rows - 1) * ROW_PADDING, fontSize) >= lines) continue;
    const need = heightForLines(lines, fontSize) + (rows - 1) * ROW_PADDING;
    heights[area.bottom] = (heights[area.bottom] ?? DEFAULT_ROW_HEIGHT) + (need - have);
  }
}

/** The template's arithmetic cells get the formulas jixiao writes there (formulas.ts), read from the sheet itself. */
function withFormulas(t: TemplateSheet, profile: RuleProfile): TemplateSheet {
  // Blank rows are read as the indicator rows they will become, so the total spans all of them.
  const grid = templateGrid(t);
  const asRows = { ...grid, values: grid.values.map((r) => r.map((v) => (v === PLACEHOLDER_NAME ? "三级指标名称" : v))) };
  const read = readSheet(asRows);
  if (read.status !== "read") return t;
  const formulas = computedFormulas(read.input, profile);
  return {
    ...t,
    cells: t.cells.map((c) => {
      const f = formulas.get(c.address);
      if (!f) return c;
      // On a fresh sheet every formula shows nothing yet.
      return { ...c, formula: f.formula, value: null };
    }),
  };
}

export function renderTemplate(kind: SheetKind, options: TemplateOptions = {}): TemplateSheet {
  const year = options.year ?? (options.now ?? new Date()).getFullYear() - 1;
  const profile = options.profile ?? profiles.national;
  const b = new SheetBuilder();
  b.area(0, 0, 0, LAST_COL, `${year}年度${TEMPLATE_NAMES[kind]}${options.sample ? "（示例）" : ""}`, "title");
  b.heights[0] = 36;
  b.area(1, 0, 1, 1, "部门名称", "label");
  b.area(1, 2, 1, LAST_COL, options.department ?? null, "input");
  let row = 2;
  if (kind === "project") row = renderProjectBlock(b, row, options.projectName);
  row = renderFunds(b, row, kind, profile.weights.budget);
  row = renderGoals(b, row);
  const groups = options.indicators ?? (options.sample ? sampleIndicators(kind, profile) : blankIndicators(profile));
  const ind = renderIndicators(b, row, groups, year);
  const end = renderFooter(b, ind.next, profile);
  const levelRows = (col: string) => `${col}${ind.first + 1}:${col}${ind.last + 1}`;
  const sheet: TemplateSheet = {
    kind,
    name: TEMPLATE_NAMES[kind],
    columnWidths: COLUMN_WIDTHS,
    rowHeights: b.heights,
    cells: b.cells,
    merges: b.merges,
    validations: [
      { range: levelRows("B"), list: level1Labels(profile) },
      { range: levelRows("C"), list: LEVEL2_LABELS },
    ],
    print: { paper: "A4", orientation: "portrait", fitToWidth: true, titleRows: "1:2", area: `A1:${cellAddress(end - 1, LAST_COL)}` },
    styles: TEMPLATE_STYLES,
  };
  fitHeights(sheet, b.heights);
  // Every row gets its height written: a row left to the host prints at the host's default
  // (12.75 pt in Excel and LibreOffice), shorter than the one line of text the estimate allows for.
  for (let r = 0; r < end; r++) b.heights[r] ??= DEFAULT_ROW_HEIGHT;
  return withFormulas(sheet, profile);
}

function areaOf(range: string): MergedArea | undefined {
  const [a, z = a] = range.split(":");
  const p = parseAddress(a);
  const q = parseAddress(z);
  return p && q ? { top: p.row, left: p.col, bottom: q.row, right: q.col } : undefined;
}

/** The grid a freshly inserted template reads back as (values, number formats, merges). */
export function templateGrid(t: TemplateSheet): Grid {
  const placed = t.cells.flatMap((c) => {
    const p = parseAddress(c.address);
    return p ? [{ ...p, cell: c }] : [];
  });
  const merges = t.merges.map(areaOf).filter((m): m is MergedArea => m !== undefined);
  const rows = Math.max(0, ...placed.map((p) => p.row + 1), ...merges.map((m) => m.bottom + 1));
  const cols = Math.max(t.columnWidths.length, ...placed.map((p) => p.col + 1), ...merges.map((m) => m.right + 1));
  const values: CellValue[][] = Array.from({ length: rows }, () => Array<CellValue>(cols).fill(null));
  const numberFormats: (string | null)[][] = Array.from({ length: rows }, () => Array<string | null>(cols).fill(null));
  const formulas: (string | null)[][] = Array.from({ length: rows }, () => Array<string | null>(cols).fill(null));
  for (const { row, col, cell } of placed) {
    values[row][col] = cell.value;
    numberFormats[row][col] = cell.numberFormat ?? t.styles[cell.role].numberFormat ?? null;
    if (cell.formula) formulas[row][col] = cell.formula;
  }
  return { sheetName: t.name, values, numberFormats, formulas, merges };
}
