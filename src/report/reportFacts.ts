import type { RawCell } from "../domain/cells";
import type { Decimal } from "../domain/decimal";
import type { Diagnostic } from "../domain/diagnostics";
import type { FundsRowInput, IndicatorInput, SheetKind } from "../domain/input";
import { amountUnitFromHeading, parseAmount } from "../domain/parse/amount";
import type { Grade, SheetResult } from "../domain/result";
import { ratio, type Ratio, type Wan } from "../domain/units";
import { parseAddress } from "../layout/address";
import type { SheetCheck, WorkbookCheck } from "../layout/checkWorkbook";
import { rawCellAt } from "../layout/grid";
import { cellInline } from "./cellShown";

/**
 * The figures a report states, gathered from the checked tables (SheetInput + SheetResult).
 * Every number in the report's prose comes from here; nothing is typed by hand.
 */

export interface FundsLine {
  /** The row's label without 其中：("当年财政拨款"). */
  readonly label: string;
  readonly budget: Wan | null;
  readonly executed: Wan | null;
}

/** One sub-row group: its heading where the table names one (按收入性质分, 按支出性质分). */
export interface FundsGroup {
  readonly label: string;
  readonly lines: readonly FundsLine[];
}

export interface FundsFacts {
  readonly initialBudget: Wan | null;
  readonly budget: Wan | null;
  readonly executed: Wan | null;
  readonly rate: Ratio | null;
  readonly weight: Decimal;
  readonly score: Decimal | null;
  /** The sub-row groups (by source; by nature where the table has 按…分 rows). */
  readonly groups: readonly FundsGroup[];
}

/** An indicator that scored below its 分值. */
export interface LostPoints {
  readonly sheetName: string;
  readonly kind: SheetKind;
  /** The project's name (project sheets), else "". */
  readonly owner: string;
  readonly level2: string;
  readonly name: string;
  readonly nameCell: string;
  readonly target: string;
  readonly actual: string;
  readonly weight: Decimal;
  readonly score: Decimal;
  /** 偏差原因分析及改进措施 as the sheet gives it; "" when blank. */
  readonly note: string;
}

export interface SheetFacts {
  readonly check: SheetCheck;
  readonly sheetName: string;
  readonly kind: SheetKind;
  readonly department: string;
  /** The project's name (project sheets); "" when missing. */
  readonly name: string;
  readonly year: number | null;
  readonly funds: FundsFacts | null;
  readonly total: Decimal | null;
  readonly grade: Grade | null;
  readonly statedTotal: Decimal | null;
  readonly statedGrade: Grade | null;
  readonly expected: string;
  readonly achieved: string;
  readonly indicatorCount: number;
  readonly lost: readonly LostPoints[];
}

export interface ReportFacts {
  readonly department: string;
  readonly year: number | null;
  readonly overall: readonly SheetFacts[];
  readonly projects: readonly SheetFacts[];
  /** Errors left in the tables (sheets read but wrong, and sheets that could not be read). */
  readonly errors: readonly Diagnostic[];
  readonly draft: boolean;
}

function amount(cell: RawCell | undefined, unit: ReturnType<typeof amountUnitFromHeading>): Wan | null {
  const a = parseAmount(cell, unit);
  return a.status === "ok" ? a.value : null;
}

function fundsLine(row: FundsRowInput, unit: ReturnType<typeof amountUnitFromHeading>): FundsLine {
  return {
    label: cellInline(row.label).replace(/^其中[:：]?/, ""),
    budget: amount(row.annualBudget, unit),
    executed: amount(row.executed, unit),
  };
}

/**
 * The heading of a sub-row group ("按支出性质分"): a 按…分 cell left of the group's first label,
 * on the same row (a merged heading keeps its text in its top-left cell, the group's first row).
 */
export function fundsGroupLabel(check: SheetCheck, group: readonly FundsRowInput[]): string {
  const at = group[0] ? parseAddress(group[0].label.address) : undefined;
  if (!at) return "";
  for (let col = 0; col < at.col; col++) {
    const text = cellInline(rawCellAt(check.grid, at.row, col)).replace(/^其中[:：]?/, "").replace(/[:：]$/, "");
    if (/^按.{1,8}分$/.test(text)) return text;
  }
  return "";
}

function fundsFacts(check: SheetCheck): FundsFacts | null {
  const input = check.input.funds;
  const result = check.result.funds;
  if (!input || !result) return null;
  const unit = amountUnitFromHeading(cellInline(input.heading));
  const total = fundsLine(input.total, unit);
  return {
    initialBudget: amount(input.total.initialBudget, unit),
    budget: total.budget,
    executed: total.executed,
    rate: result.executionRate?.value ? ratio(result.executionRate.value) : null,
    weight: result.weight,
    score: result.score?.value ?? null,
    groups: input.groups.map((g) => ({ label: fundsGroupLabel(check, g), lines: g.map((r) => fundsLine(r, unit)) })),
  };
}

/** The year of the title ("2020年度部门整体支出绩效自评表"), when it names one. */
function yearOf(check: SheetCheck): number | null {
  const at = parseAddress(check.input.titleCell);
  if (!at) return null;
  const title = rawCellAt(check.grid, at.row, at.col).value;
  const m = typeof title === "string" ? /((?:19|20)\d{2})\s*年/.exec(title) : null;
  return m ? Number(m[1]) : null;
}

function measureText(v: IndicatorInput["target"]): string {
  if (v.kind === "single") return cellInline(v.cell);
  return [v.nature, v.value, v.unit].map((c) => cellInline(c)).join("");
}

function lostPoints(check: SheetCheck, owner: string): LostPoints[] {
  const rows = new Map(check.input.indicators.map((i) => [i.name.address, i]));
  const lost: LostPoints[] = [];
  for (const r of check.result.indicators) {
    const input = rows.get(r.nameCell);
    const score = r.score.value;
    if (!input || r.weight === null || score === null || !score.lt(r.weight)) continue;
    lost.push({
      sheetName: check.result.sheetName,
      kind: check.result.kind,
      owner,
      level2: cellInline(input.level2),
      name: cellInline(input.name),
      nameCell: r.nameCell,
      target: measureText(input.target),
      actual: measureText(input.actual),
      weight: r.weight,
      score,
      note: cellInline(input.deviationNote),
    });
  }
  return lost;
}

function sheetFacts(check: SheetCheck): SheetFacts {
  const { input, result } = check;
  const name = input.kind === "project" ? cellInline(input.projectName) : "";
  return {
    check,
    sheetName: input.sheetName,
    kind: input.kind,
    department: cellInline(input.department),
    name,
    year: yearOf(check),
    funds: fundsFacts(check),
    total: result.total.value,
    grade: result.grade.value,
    statedTotal: result.statedTotal,
    statedGrade: result.statedGrade,
    expected: cellInline(input.goals?.expected),
    achieved: cellInline(input.goals?.achieved),
    indicatorCount: result.indicators.length,
    lost: lostPoints(check, name),
  };
}

function errorsOf(result: SheetResult): Diagnostic[] {
  return result.diagnostics.filter((d) => d.severity === "error");
}

export function reportFacts(check: WorkbookCheck): ReportFacts {
  const sheets = check.sheets.map(sheetFacts);
  const overall = sheets.filter((s) => s.kind === "overall");
  const projects = sheets.filter((s) => s.kind === "project");
  const errors = [
    ...check.broken.flatMap((b) => b.diagnostics.filter((d) => d.severity === "error")),
    ...check.sheets.flatMap((s) => errorsOf(s.result)),
  ];
  const first = [...overall, ...projects];
  return {
    department: first.map((s) => s.department).find((d) => d !== "") ?? "",
    year: first.map((s) => s.year).find((y) => y !== null) ?? null,
    overall,
    projects,
    errors,
    draft: errors.length > 0,
  };
}
