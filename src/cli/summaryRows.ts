import { cellText } from "../domain/parse/normalize";
import { amountUnitFromHeading, parseAmount } from "../domain/parse/amount";
import type { RawCell } from "../domain/cells";
import type { SheetInput, SheetKind } from "../domain/input";
import type { Grade } from "../domain/result";
import type { Lang } from "../i18n/translate";
import { cliText } from "./cliText";
import type { JsonFile, JsonSheet } from "./report";

/**
 * The reviewer's summary: one row per evaluation sheet (and one per file that has none or cannot
 * be read), worst first. Plain data (decimal strings), so the same rows go into --json, the .xlsx
 * and the .csv, and cross from a worker thread to the main one.
 */

export type RowStatus = "unreadable" | "broken" | "noSheets" | "read";

export interface SummaryRow {
  readonly file: string;
  /** The format LibreOffice converted the file from ("xls", "et", "csv" …), or null. */
  readonly converted: string | null;
  readonly status: RowStatus;
  readonly sheet: string | null;
  readonly department: string | null;
  readonly project: string | null;
  readonly kind: SheetKind | null;
  /** 全年预算数 / 全年执行数 of the funds total row, in 万元 (decimal strings), or the text as typed. */
  readonly budget: string | null;
  readonly executed: string | null;
  /** 执行率 as a ratio (1 = 100%), full precision. */
  readonly executionRate: string | null;
  readonly total: string | null;
  readonly statedTotal: string | null;
  readonly grade: Grade | null;
  /** The grade stands only once the errors are corrected (待更正). */
  readonly gradeProvisional: boolean;
  readonly errors: number;
  readonly warnings: number;
  /** The first three problems (errors, then warnings), in words, each with its cell. */
  readonly problems: readonly string[];
}

/** One diagnostic of the second sheet (问题清单). */
export interface ProblemRow {
  readonly file: string;
  readonly sheet: string;
  readonly cell: string;
  readonly severity: string;
  readonly code: string;
  readonly message: string;
}

/** A grade is provisional while the sheet has errors (one helper: the engine may say so itself). */
export function isGradeProvisional(sheet: Pick<JsonSheet, "diagnostics">): boolean {
  return sheet.diagnostics.some((d) => d.severity === "error");
}

/** The grade as the summary shows it: 优, or 优（待更正） while errors remain. */
export function gradeText(row: Pick<SummaryRow, "grade" | "gradeProvisional">, lang: Lang): string {
  if (!row.grade) return "";
  return row.gradeProvisional ? cliText(lang, "sum.provisional", { grade: row.grade }) : row.grade;
}

function amount(cell: RawCell | undefined, heading: RawCell | undefined): string | null {
  const parsed = parseAmount(cell, amountUnitFromHeading(heading ? cellText(heading.value) : ""));
  if (parsed.status === "ok") return parsed.value.toFixed();
  return parsed.status === "invalid" ? parsed.shown : null;
}

function text(cell: RawCell | undefined): string | null {
  const t = cell ? cellText(cell.value).trim() : "";
  return t === "" ? null : t;
}

const SEVERITY_RANK: Readonly<Record<string, number>> = { error: 0, warning: 1, info: 2 };

/** The rows of one checked file: `inputs` are the sheets the reader located (by sheet name). */
export function summaryRowsOf(
  json: JsonFile,
  inputs: ReadonlyMap<string, SheetInput>,
  lang: Lang,
): SummaryRow[] {
  const base = { file: json.file, converted: json.converted ?? null };
  const empty = {
    sheet: null,
    department: null,
    project: null,
    kind: null,
    budget: null,
    executed: null,
    executionRate: null,
    total: null,
    statedTotal: null,
    grade: null,
    gradeProvisional: false,
    warnings: 0,
  };
  if (json.error !== undefined) {
    return [{ ...base, ...empty, status: "unreadable", errors: 1, problems: [cliText(lang, "sum.unreadable", { reason: json.error })] }];
  }
  if (json.sheets.length === 0) {
    return [{ ...base, ...empty, status: "noSheets", errors: 0, problems: [cliText(lang, "sum.noSheets")] }];
  }
  return json.sheets.map((s): SummaryRow => {
    const input = inputs.get(s.sheet);
    const problems = s.diagnostics
      .filter((d) => d.severity !== "info")
      .sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity])
      .slice(0, 3)
      .map((d) => `${d.cell}${lang === "zh-CN" ? "：" : ": "}${d.message}`);
    return {
      ...base,
      status: input ? "read" : "broken",
      sheet: s.sheet,
      department: text(input?.department),
      project: text(input?.projectName),
      kind: s.kind,
      budget: amount(input?.funds?.total.annualBudget, input?.funds?.heading),
      executed: amount(input?.funds?.total.executed, input?.funds?.heading),
      executionRate: s.executionRate,
      total: s.total,
      statedTotal: s.statedTotal,
      grade: s.grade,
      gradeProvisional: s.grade !== null && isGradeProvisional(s),
      errors: s.diagnostics.filter((d) => d.severity === "error").length,
      warnings: s.diagnostics.filter((d) => d.severity === "warning").length,
      problems: problems.length > 0 || input ? problems : [cliText(lang, "sum.broken")],
    };
  });
}

export function problemRowsOf(json: JsonFile, lang: Lang): ProblemRow[] {
  return json.sheets.flatMap((s) =>
    s.diagnostics.map((d) => ({
      file: json.file,
      sheet: s.sheet,
      cell: d.cell,
      severity: cliText(lang, `severity.${d.severity}`).replace(/^\[|\]$/g, ""),
      code: d.code,
      message: d.message,
    })),
  );
}

const STATUS_RANK: Readonly<Record<RowStatus, number>> = { unreadable: 0, broken: 1, read: 2, noSheets: 3 };

const num = (s: string | null): number => (s === null ? -Infinity : Number(s));

/** Worst first: unreadable, broken, then most errors, most warnings, lowest total; then by file and sheet. */
export function worstFirst(a: SummaryRow, b: SummaryRow): number {
  return (
    STATUS_RANK[a.status] - STATUS_RANK[b.status] ||
    b.errors - a.errors ||
    b.warnings - a.warnings ||
    num(a.total) - num(b.total) ||
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    (a.sheet ?? "").localeCompare(b.sheet ?? "")
  );
}
