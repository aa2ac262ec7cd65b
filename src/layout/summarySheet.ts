import { cellText } from "../domain/parse/normalize";
import type { SheetInput, SheetKind } from "../domain/input";
import type { SheetResult } from "../domain/result";
import { cellAddress } from "./address";
import type { WorkbookCheck } from "./checkWorkbook";
import type { Grid } from "./grid";

/**
 * 汇总表: a sheet listing every evaluation sheet of the workbook, with live formulas to its
 * 部门, 项目, 全年预算数, 全年执行数, 执行率, 总分 and 等级 and a link to it, so it follows the sheets
 * as they change. Pure: the Excel adapter and the .xlsx writer put the same cells in.
 * Recognised on later runs by its title and header (checkWorkbook skips it).
 */

export const SUMMARY_SHEET_NAME = "汇总表";
export const SUMMARY_TITLE = "绩效自评汇总表";

export const SUMMARY_HEADERS = ["工作表", "类型", "部门", "项目", "全年预算数", "全年执行数", "执行率", "总分", "等级"] as const;

/** One cell of the 汇总表: a constant text or a formula (its result is the host's to compute). */
export interface SummaryCell {
  readonly address: string;
  readonly text?: string;
  readonly formula?: string;
  readonly numberFormat?: string;
}

export const SUMMARY_COLUMN_WIDTHS: readonly number[] = [26, 8, 24, 28, 12, 12, 9, 9, 8];

/** What the summary needs of one evaluation sheet: where its figures are. */
export interface SummarySource {
  readonly sheetName: string;
  readonly kind: SheetKind;
  readonly departmentCell?: string;
  readonly projectCell?: string;
  readonly budgetCell?: string;
  readonly executedCell?: string;
  readonly totalCell: string;
  readonly gradeCell: string;
  /** The grade cell holds "等级：优" (jixiao's form) rather than the bare grade. */
  readonly gradeLabelled: boolean;
}

export function summarySource(input: SheetInput, result: SheetResult): SummarySource {
  return {
    sheetName: input.sheetName,
    kind: input.kind,
    ...(input.department ? { departmentCell: input.department.address } : {}),
    ...(input.projectName ? { projectCell: input.projectName.address } : {}),
    ...(input.funds ? { budgetCell: input.funds.total.annualBudget.address, executedCell: input.funds.total.executed.address } : {}),
    totalCell: result.total.cell,
    gradeCell: result.grade.cell,
    gradeLabelled: input.footer?.gradeLabelled !== false,
  };
}

/**
 * A sheet name as a formula reference: always quoted (valid for every name), a quote doubled —
 * `'It''s (2)'!A1`, `'项目 A'!H24`.
 */
export function sheetRef(sheetName: string, address: string): string {
  return `'${sheetName.replace(/'/g, "''")}'!${address}`;
}

/** A text as a formula string literal: "a""b". */
function literal(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** The cell's value, blank when the cell is blank (a bare reference would show 0). */
function live(ref: string): string {
  return `=IF(${ref}="","",${ref})`;
}

const KIND_TEXT: Readonly<Record<SheetKind, string>> = { overall: "部门整体", project: "项目" };

/** Row `r` (0-based) of the summary for one source. */
function rowWrites(s: SummarySource, r: number): SummaryCell[] {
  const at = (col: number) => cellAddress(r, col);
  const ref = (address: string) => sheetRef(s.sheetName, address);
  const writes: SummaryCell[] = [
    { address: at(0), formula: `=HYPERLINK(${literal(`#${ref("A1")}`)},${literal(s.sheetName)})` },
    { address: at(1), text: KIND_TEXT[s.kind] },
  ];
  if (s.departmentCell) writes.push({ address: at(2), formula: live(ref(s.departmentCell)) });
  if (s.projectCell) writes.push({ address: at(3), formula: live(ref(s.projectCell)) });
  if (s.budgetCell && s.executedCell) {
    const budget = ref(s.budgetCell);
    const executed = ref(s.executedCell);
    writes.push(
      { address: at(4), formula: live(budget), numberFormat: "#,##0.00" },
      { address: at(5), formula: live(executed), numberFormat: "#,##0.00" },
      { address: at(6), formula: `=IF(N(${budget})=0,"",N(${executed})/N(${budget}))`, numberFormat: "0.00%" },
    );
  }
  const grade = ref(s.gradeCell);
  writes.push(
    { address: at(7), formula: live(ref(s.totalCell)), numberFormat: "0.00" },
    { address: at(8), formula: s.gradeLabelled ? `=TRIM(SUBSTITUTE(SUBSTITUTE(${grade},"等级：",""),"等级:",""))` : live(grade) },
  );
  return writes;
}

/** Every cell of the 汇总表: title, header, one row per evaluation sheet (in tab order). */
export function summarySheetWrites(sources: readonly SummarySource[]): SummaryCell[] {
  return [
    { address: "A1", text: SUMMARY_TITLE },
    ...SUMMARY_HEADERS.map((h, col) => ({ address: cellAddress(1, col), text: h })),
    ...sources.flatMap((s, i) => rowWrites(s, i + 2)),
  ];
}

/** A 汇总表 jixiao wrote: its title in A1 and its header in row 2 (it is not an evaluation sheet). */
export function isSummarySheet(grid: Grid): boolean {
  const cell = (r: number, c: number) => {
    const v = grid.values[r]?.[c] ?? null;
    return v === null ? "" : cellText(v).trim();
  };
  return cell(0, 0) === SUMMARY_TITLE && SUMMARY_HEADERS.every((h, col) => cell(1, col) === h);
}

/** The 汇总表's cells for a checked workbook (its evaluation sheets in tab order). */
export function summaryCellsOf(check: WorkbookCheck): SummaryCell[] {
  return summarySheetWrites(check.sheets.map((s) => summarySource(s.input, s.result)));
}
