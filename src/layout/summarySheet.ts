import { isCellError, type CellValue } from "../domain/cells";
import { cellText } from "../domain/parse/normalize";
import type { SheetInput, SheetKind } from "../domain/input";
import type { SheetResult } from "../domain/result";
import { cellAddress, parseAddress } from "./address";
import type { WorkbookCheck } from "./checkWorkbook";
import { rawCellAt, type Grid } from "./grid";

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
  /** The formula's result as the workbook stands, for hosts that store one (.xlsx); absent when unknown. */
  readonly value?: number | string;
  /** Where the cell links to (`'项目 A'!A1`), for hosts that store hyperlinks beside the formula. */
  readonly link?: string;
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

/** What a cell of an evaluation sheet holds once scored (jixiao's write, else the value read). */
export type CellLookup = (sheetName: string, address: string) => CellValue;

/** IF(ref="","",ref): blank shows blank; an error or a logical value leaves the result unknown. */
function liveValue(v: CellValue): number | string | undefined {
  if (v === null || v === "") return "";
  return typeof v === "number" || typeof v === "string" ? v : undefined;
}

/** N(ref): numbers as they are, anything else 0. */
function numberValue(v: CellValue): number {
  return typeof v === "number" ? v : v === true ? 1 : 0;
}

/** TRIM(SUBSTITUTE(SUBSTITUTE(ref,"等级：",""),"等级:","")) — Excel's TRIM squeezes spaces only. */
function gradeValue(v: CellValue): string | undefined {
  if (v === null) return "";
  if (isCellError(v) || typeof v === "boolean") return undefined;
  return String(v).split("等级：").join("").split("等级:").join("").replace(/ +/g, " ").replace(/^ | $/g, "");
}

/** Row `r` (0-based) of the summary for one source; with `lookup`, each formula's current result. */
function rowWrites(s: SummarySource, r: number, lookup?: CellLookup): SummaryCell[] {
  const at = (col: number) => cellAddress(r, col);
  const ref = (address: string) => sheetRef(s.sheetName, address);
  const held = (address: string): CellValue => lookup?.(s.sheetName, address) ?? null;
  const withValue = (cell: SummaryCell, value: () => number | string | undefined): SummaryCell => {
    const v = lookup ? value() : undefined;
    return v === undefined ? cell : { ...cell, value: v };
  };
  const writes: SummaryCell[] = [
    withValue({ address: at(0), formula: `=HYPERLINK(${literal(`#${ref("A1")}`)},${literal(s.sheetName)})`, link: ref("A1") }, () => s.sheetName),
    { address: at(1), text: KIND_TEXT[s.kind] },
  ];
  const department = s.departmentCell;
  if (department) writes.push(withValue({ address: at(2), formula: live(ref(department)) }, () => liveValue(held(department))));
  const project = s.projectCell;
  if (project) writes.push(withValue({ address: at(3), formula: live(ref(project)) }, () => liveValue(held(project))));
  const { budgetCell, executedCell } = s;
  if (budgetCell && executedCell) {
    const budget = ref(budgetCell);
    const executed = ref(executedCell);
    writes.push(
      withValue({ address: at(4), formula: live(budget), numberFormat: "#,##0.00" }, () => liveValue(held(budgetCell))),
      withValue({ address: at(5), formula: live(executed), numberFormat: "#,##0.00" }, () => liveValue(held(executedCell))),
      withValue({ address: at(6), formula: `=IF(N(${budget})=0,"",N(${executed})/N(${budget}))`, numberFormat: "0.00%" }, () => {
        const b = numberValue(held(budgetCell));
        return b === 0 ? "" : numberValue(held(executedCell)) / b;
      }),
    );
  }
  const grade = ref(s.gradeCell);
  writes.push(
    withValue({ address: at(7), formula: live(ref(s.totalCell)), numberFormat: "0.00" }, () => liveValue(held(s.totalCell))),
    s.gradeLabelled
      ? withValue({ address: at(8), formula: `=TRIM(SUBSTITUTE(SUBSTITUTE(${grade},"等级：",""),"等级:",""))` }, () => gradeValue(held(s.gradeCell)))
      : withValue({ address: at(8), formula: live(grade) }, () => liveValue(held(s.gradeCell))),
  );
  return writes;
}

/** Every cell of the 汇总表: title, header, one row per evaluation sheet (in tab order). */
export function summarySheetWrites(sources: readonly SummarySource[], lookup?: CellLookup): SummaryCell[] {
  return [
    { address: "A1", text: SUMMARY_TITLE },
    ...SUMMARY_HEADERS.map((h, col) => ({ address: cellAddress(1, col), text: h })),
    ...sources.flatMap((s, i) => rowWrites(s, i + 2, lookup)),
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

/**
 * The 汇总表's cells for a checked workbook (its evaluation sheets in tab order), each formula with
 * its result once the check's patches are in (a cached value for .xlsx files).
 */
export function summaryCellsOf(check: WorkbookCheck): SummaryCell[] {
  return summarySheetWrites(
    check.sheets.map((s) => summarySource(s.input, s.result)),
    scoredLookup(check),
  );
}

/** A cell of a checked sheet after its patch: the value jixiao writes there, else the value read. */
function scoredLookup(check: WorkbookCheck): CellLookup {
  const bySheet = new Map(
    check.sheets.map((s) => [s.grid.sheetName, { grid: s.grid, writes: new Map(s.patch.writes.map((w) => [w.address, w.formula === "" ? null : w.value])) }]),
  );
  return (sheetName, address) => {
    const sheet = bySheet.get(sheetName);
    const at = parseAddress(address);
    if (!sheet || !at) return null;
    const written = sheet.writes.get(address);
    return written !== undefined ? written : rawCellAt(sheet.grid, at.row, at.col).value;
  };
}
