import type { CellValue } from "../domain/cells";
import type { SheetKind } from "../domain/input";
import { cellAddress, parseAddress, rangeAddress } from "./address";
import type { Grid, MergedArea } from "./grid";
import {
  DEFAULT_INDICATORS,
  FUNDS_WEIGHT,
  LEVEL1_LABELS,
  LEVEL2_LABELS,
  TOTAL_WEIGHT,
  type DefaultLevel1,
} from "./templateDefaults";
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

const FUNDS_HEADING: Readonly<Record<SheetKind, string>> = {
  overall: "资金情况（万元）",
  project: "年度项目资金（万元）",
};

/** Columns B–H of the funds header; 得分 spans H:I. */
const FUNDS_HEADERS = ["年度资金总额", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分（分值×执行率）"];
const FUNDS_ROWS = ["合计", "其中：当年财政拨款", "上年结转资金", "其他资金"];
/** Columns B–I of the indicator header. */
const INDICATOR_HEADERS = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"];
const NOTES = [
  "备注：1.“执行率”=“全年执行数”/“全年预算数”；",
  "2.总分设置为100分，等级划分为：90分（含）—100分为优，80分（含）—90分为良，60分（含）—80分为中，60分以下为差。",
];
const COLUMN_WIDTHS = [6, 18, 14, 26, 14, 14, 10, 12, 28];
const LAST_COL = COLUMN_WIDTHS.length - 1;

export interface TemplateOptions {
  /** Defaults to last year (relative to `now`). */
  readonly year?: number;
  readonly department?: string;
  /** 专项名称 (project sheets). */
  readonly projectName?: string;
  /** The clock, for tests; defaults to the current date. */
  readonly now?: Date;
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

function renderFunds(b: SheetBuilder, row: number, kind: SheetKind): number {
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
    b.put(r, 5, total ? FUNDS_WEIGHT : null, total ? "inputNumber" : "label", total ? { numberFormat: FORMAT_GENERAL } : {});
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
        b.put(r, 3, fillYear(ind.name, year), "inputText");
        b.put(r, 4, fillYear(ind.target, year), "input");
        b.put(r, 5, null, "input");
        b.put(r, 6, ind.weight, "inputNumber", { numberFormat: FORMAT_GENERAL });
        b.put(r, 7, null, "computed", { numberFormat: FORMAT_SCORE, locked: false });
        b.put(r, 8, null, "inputText");
        // Two lines tall: names and targets wrap, and Excel/LibreOffice do not grow a row whose
        // cells were written by a program until someone edits it.
        b.heights[r] = 30;
        r++;
      }
    }
  }
  return { next: r, first: row + 1, last: r - 1 };
}

function renderFooter(b: SheetBuilder, row: number): number {
  b.area(row, 0, row, 5, "总分", "label");
  b.put(row, 6, TOTAL_WEIGHT, "label", { numberFormat: FORMAT_GENERAL });
  b.put(row, 7, null, "computed", { numberFormat: FORMAT_SCORE });
  b.put(row, 8, null, "computed", { numberFormat: FORMAT_GENERAL });
  NOTES.forEach((note, i) => b.area(row + 1 + i, 0, row + 1 + i, LAST_COL, note, "note"));
  b.heights[row + 2] = 30;
  return row + 1 + NOTES.length;
}

export function renderTemplate(kind: SheetKind, options: TemplateOptions = {}): TemplateSheet {
  const year = options.year ?? (options.now ?? new Date()).getFullYear() - 1;
  const b = new SheetBuilder();
  b.area(0, 0, 0, LAST_COL, `${year}年度${TEMPLATE_NAMES[kind]}`, "title");
  b.heights[0] = 36;
  b.area(1, 0, 1, 1, "部门名称", "label");
  b.area(1, 2, 1, LAST_COL, options.department ?? null, "input");
  let row = 2;
  if (kind === "project") row = renderProjectBlock(b, row, options.projectName);
  row = renderFunds(b, row, kind);
  row = renderGoals(b, row);
  const ind = renderIndicators(b, row, DEFAULT_INDICATORS[kind], year);
  const end = renderFooter(b, ind.next);
  const levelRows = (col: string) => `${col}${ind.first + 1}:${col}${ind.last + 1}`;
  return {
    kind,
    name: TEMPLATE_NAMES[kind],
    columnWidths: COLUMN_WIDTHS,
    rowHeights: b.heights,
    cells: b.cells,
    merges: b.merges,
    validations: [
      { range: levelRows("B"), list: LEVEL1_LABELS },
      { range: levelRows("C"), list: LEVEL2_LABELS },
    ],
    print: { paper: "A4", orientation: "portrait", fitToWidth: true, titleRows: "1:2", area: `A1:${cellAddress(end - 1, LAST_COL)}` },
    styles: TEMPLATE_STYLES,
  };
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
  for (const { row, col, cell } of placed) {
    values[row][col] = cell.value;
    numberFormats[row][col] = cell.numberFormat ?? t.styles[cell.role].numberFormat ?? null;
  }
  return { sheetName: t.name, values, numberFormats, merges };
}
