import type { Diagnostic, Severity } from "../domain/diagnostics";
import type { UnreadableSheet } from "../xlsx/readGrids";
import { qualifiedCell } from "../domain/diagnostics";
import { round2, type Decimal } from "../domain/decimal";
import type { ProjectHeaderField, SheetKind } from "../domain/input";
import type { Grade, SheetResult } from "../domain/result";
import { diagnosticMessage, formatDiagnostic } from "../i18n/formatDiagnostic";
import type { Lang } from "../i18n/translate";
import { visibleText } from "../i18n/visibleText";
import type { WorkbookCheck } from "../layout/checkWorkbook";
import { MAX_GRID_COLUMNS, MAX_GRID_ROWS } from "../xlsx/limits";
import type { TruncatedSheet, UnreadableReason } from "../xlsx/readGrids";
import { cliText } from "./cliText";

/**
 * The check report, as JSON and as text. Pure (no Node API): the browser checker can build the
 * same report from the same outcomes. Numbers are decimal strings; cells are `Sheet!A1`.
 */

export type FileErrorReason =
  | UnreadableReason
  | "io"
  | "tooLarge"
  | "internal"
  /** A FIFO, a device, a socket (or a link to one): never read. */
  | "notRegular"
  /** .xls/.et/.ods/.csv and no LibreOffice to convert it (detail: the extension). */
  | "needsConversion"
  /** LibreOffice could not convert it. */
  | "conversionFailed";

export interface FileError {
  readonly reason: FileErrorReason;
  readonly detail: string;
}

export type FileOutcome =
  | {
      readonly file: string;
      readonly ok: true;
      /** Every worksheet's name in tab order: sheets are reported in this order. */
      readonly sheetNames: readonly string[];
      readonly check: WorkbookCheck;
      readonly truncated: readonly TruncatedSheet[];
      /** Sheets whose tab is hidden, by name (where the reader knows it): said in the report. */
      readonly hiddenSheets?: ReadonlyMap<string, "hidden" | "veryHidden">;
      /** Sheets the workbook lists but that could not be read: never dropped without a word. */
      readonly unreadableSheets?: readonly UnreadableSheet[];
    }
  | { readonly file: string; readonly ok: false; readonly error: FileError };

export interface JsonIndicator {
  readonly cell: string;
  readonly name: string;
  readonly weight: string | null;
  readonly score: string | null;
  readonly suggested: string | null;
}

export interface JsonDiagnostic {
  readonly code: string;
  readonly severity: Severity;
  readonly cell: string;
  readonly message: string;
  /** A diagnostic standing for several cells (OPERATOR_INFERRED): each cell's own message. */
  readonly details?: readonly { readonly cell: string; readonly message: string }[];
}

export interface JsonSheet {
  readonly sheet: string;
  readonly kind: SheetKind;
  readonly executionRate: string | null;
  readonly fundsScore: string | null;
  readonly weightTotal: string | null;
  readonly total: string | null;
  readonly grade: Grade | null;
  readonly statedTotal: string | null;
  readonly statedGrade: Grade | null;
  /** Present only for a sheet whose tab is hidden. */
  readonly visibility?: "hidden" | "veryHidden";
  /** The sheet has errors: total and grade stand only once they are corrected. */
  readonly gradeProvisional: boolean;
  /** A project table's header fields as the sheet shows them (项目名称, 主管部门 …), when it fills any. */
  readonly header?: Readonly<Partial<Record<ProjectHeaderField, string>>>;
  readonly indicators: readonly JsonIndicator[];
  readonly diagnostics: readonly JsonDiagnostic[];
}

export interface JsonFile {
  readonly file: string;
  /** Read, and no error diagnostic in any sheet. */
  readonly ok: boolean;
  /** Why the file could not be read (absent when it was). */
  readonly error?: string;
  /** Checked through a copy converted by LibreOffice from this format ("xls", "et", "csv" …). */
  readonly converted?: string;
  readonly sheets: readonly JsonSheet[];
  /** Sheets listed by the workbook that were not read, with the reason (absent when none). */
  readonly unreadableSheets?: readonly { readonly sheet: string; readonly reason: string; readonly message: string }[];
}

export interface ReportSummary {
  readonly files: number;
  readonly sheets: number;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly unreadable: number;
}

export interface JsonReport {
  readonly files: readonly JsonFile[];
  readonly summary: Pick<ReportSummary, "files" | "sheets" | "errors" | "warnings">;
}

/** One reported sheet: a scored one, or one recognised but not readable as a table. */
interface SheetEntry {
  readonly sheet: string;
  readonly kind: SheetKind;
  readonly result: SheetResult | null;
  readonly diagnostics: readonly Diagnostic[];
  /** A template not filled in yet (TEMPLATE_UNFILLED), rather than a table that could not be read. */
  readonly unfilled?: true;
}

function sheetEntries(outcome: Extract<FileOutcome, { ok: true }>): SheetEntry[] {
  const entries: SheetEntry[] = [
    ...outcome.check.sheets.map((s) => ({
      sheet: s.result.sheetName,
      kind: s.result.kind,
      result: s.result,
      diagnostics: s.result.diagnostics,
    })),
    ...outcome.check.broken.map((b) => ({ sheet: b.sheetName, kind: b.kind, result: null, diagnostics: b.diagnostics, unfilled: b.unfilled })),
  ];
  const order = (name: string) => {
    const i = outcome.sheetNames.indexOf(name);
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  return entries.sort((a, b) => order(a.sheet) - order(b.sheet));
}

const score = (d: Decimal | null | undefined): string | null => (d ? round2(d).toFixed(2) : null);
const plain = (d: Decimal | null | undefined): string | null => (d ? d.toFixed() : null);

function countOf(diagnostics: readonly Diagnostic[], severity: Severity): number {
  return diagnostics.filter((d) => d.severity === severity).length;
}

export function fileErrorMessage(error: FileError, lang: Lang): string {
  switch (error.reason) {
    case "encrypted":
      return cliText(lang, "file.encrypted");
    case "notXlsx":
      return cliText(lang, "file.notXlsx", { detail: error.detail });
    case "corrupt":
      return cliText(lang, "file.corrupt", { detail: error.detail });
    case "beyondLimits":
      return cliText(lang, "file.beyondLimits", { detail: error.detail });
    case "io":
      if (error.detail === "ENOENT") return cliText(lang, "file.notFound");
      if (error.detail === "EACCES" || error.detail === "EPERM") return cliText(lang, "file.noAccess");
      if (error.detail === "EISDIR") return cliText(lang, "file.isFolder");
      return cliText(lang, "file.io", { detail: error.detail });
    case "tooLarge":
      return cliText(lang, "file.tooLarge", { size: error.detail, max: MAX_FILE_MB });
    case "internal":
      return cliText(lang, "file.internal", { detail: error.detail });
    case "notRegular":
      return cliText(lang, "file.notRegular", { detail: error.detail });
    case "needsConversion":
      return cliText(lang, "file.needsConversion", { detail: error.detail });
    case "conversionFailed":
      return cliText(lang, "file.conversionFailed", { detail: error.detail });
  }
}

/** The largest file the CLI reads; a 自评表 workbook is a few hundred KB. */
export const MAX_FILE_MB = 50;

function jsonSheet(e: SheetEntry, lang: Lang, hidden: "hidden" | "veryHidden" | undefined): JsonSheet {
  const r = e.result;
  return {
    sheet: e.sheet,
    kind: e.kind,
    ...(hidden ? { visibility: hidden } : {}),
    executionRate: plain(r?.funds?.executionRate?.value),
    fundsScore: score(r?.funds?.score?.value),
    weightTotal: plain(r?.weightTotal),
    total: score(r?.total.value),
    grade: r?.grade.value ?? null,
    statedTotal: score(r?.statedTotal),
    statedGrade: r?.statedGrade ?? null,
    gradeProvisional: r ? r.gradeProvisional === true : true,
    ...(r?.header && r.header.length > 0 ? { header: Object.fromEntries(r.header.map((h) => [h.field, h.text])) } : {}),
    indicators: (r?.indicators ?? []).map((i) => ({
      cell: qualifiedCell(e.sheet, i.nameCell),
      name: i.name,
      weight: plain(i.weight),
      score: score(i.score.value),
      suggested: score(i.suggested),
    })),
    diagnostics: e.diagnostics.map((d) => ({
      code: d.code,
      severity: d.severity,
      cell: qualifiedCell(d.sheet, d.cell),
      message: diagnosticMessage(d, lang),
      ...(d.details
        ? { details: d.details.map((x) => ({ cell: qualifiedCell(d.sheet, x.cell), message: diagnosticMessage({ ...d, ...x, details: undefined }, lang) })) }
        : {}),
    })),
  };
}

export function reportSummary(outcomes: readonly FileOutcome[]): ReportSummary {
  let sheets = 0;
  const all: Diagnostic[] = [];
  for (const o of outcomes) {
    if (!o.ok) continue;
    for (const e of sheetEntries(o)) {
      sheets++;
      all.push(...e.diagnostics);
    }
  }
  return {
    files: outcomes.length,
    sheets,
    errors: countOf(all, "error"),
    warnings: countOf(all, "warning"),
    infos: countOf(all, "info"),
    unreadable: outcomes.filter((o) => !o.ok).length,
  };
}

/** Why a listed sheet was not read, in words: a chart sheet is skipped, anything else is damage. */
export function unreadableSheetText(u: UnreadableSheet, lang: Lang): string {
  return u.reason === "notWorksheet"
    ? cliText(lang, "file.sheetNotWorksheet", { sheet: u.sheetName })
    : cliText(lang, "file.sheetUnreadable", { sheet: u.sheetName, detail: u.detail });
}

/** The `--json` document: exactly the shape the issue specifies. */
export function jsonReport(outcomes: readonly FileOutcome[], lang: Lang): JsonReport {
  const files = outcomes.map((o): JsonFile => {
    if (!o.ok) return { file: o.file, ok: false, error: fileErrorMessage(o.error, lang), sheets: [] };
    const sheets = sheetEntries(o).map((e) => jsonSheet(e, lang, o.hiddenSheets?.get(e.sheet)));
    const unread = (o.unreadableSheets ?? []).map((u) => ({ sheet: u.sheetName, reason: u.reason, message: unreadableSheetText(u, lang) }));
    return {
      file: o.file,
      ok: sheets.every((s) => s.diagnostics.every((d) => d.severity !== "error")),
      sheets,
      ...(unread.length ? { unreadableSheets: unread } : {}),
    };
  });
  const { files: f, sheets, errors, warnings } = reportSummary(outcomes);
  return { files, summary: { files: f, sheets, errors, warnings } };
}

/** 0 no error diagnostics; 1 some; 2 a file could not be read. */
export function exitCodeOf(outcomes: readonly FileOutcome[]): 0 | 1 | 2 {
  const s = reportSummary(outcomes);
  if (s.unreadable > 0) return 2;
  return s.errors > 0 ? 1 : 0;
}

/**
 * Cell text is data: control characters (terminal escapes included) and bidi controls never reach
 * the terminal raw; they are shown as `\uXXXX`, a line feed inside a line too (the one sanitiser).
 */
export const printable = visibleText;

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

function rateText(rate: Decimal | null | undefined): string | null {
  return rate ? `${round2(rate.times(100)).toFixed(2)}%` : null;
}

function sheetLines(e: SheetEntry, lang: Lang, hidden: "hidden" | "veryHidden" | undefined): string[] {
  const none = cliText(lang, "value.none");
  const lines = [`  ${cliText(lang, "sheet.heading", { sheet: e.sheet, kind: cliText(lang, `kind.${e.kind}`) })}`];
  if (hidden) lines.push(`    ${cliText(lang, "severity.warning")} ${cliText(lang, `sheet.${hidden}`, { sheet: e.sheet })}`);
  const r = e.result;
  if (!r) lines.push(`    ${cliText(lang, e.unfilled ? "sheet.unfilled" : "sheet.broken")}`);
  else {
    const total = score(r.total.value);
    const grade = r.grade.value;
    lines.push(
      `    ${cliText(lang, "sheet.figures", {
        rate: rateText(r.funds?.executionRate?.value) ?? none,
        fundsScore: score(r.funds?.score?.value) ?? none,
        total: total ?? none,
        grade: grade && r.gradeProvisional ? cliText(lang, "grade.provisional", { grade }) : (grade ?? none),
      })}`,
    );
    const statedTotal = score(r.statedTotal);
    if ((statedTotal !== null && statedTotal !== total) || (r.statedGrade !== null && r.statedGrade !== grade)) {
      lines.push(`    ${cliText(lang, "sheet.stated", { total: statedTotal ?? none, grade: r.statedGrade ?? none })}`);
    }
  }
  const sorted = [...e.diagnostics].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  for (const d of sorted) lines.push(`    ${cliText(lang, `severity.${d.severity}`)} ${formatDiagnostic(d, lang)}`);
  return lines;
}

/** The readable report: by file, then by sheet, then a summary line. */
export function textReport(outcomes: readonly FileOutcome[], lang: Lang): string {
  const lines: string[] = [];
  for (const o of outcomes) {
    lines.push(o.file);
    if (!o.ok) {
      lines.push(`  ${cliText(lang, "file.unreadable")} ${fileErrorMessage(o.error, lang)}`);
      continue;
    }
    for (const t of o.truncated) {
      lines.push(
        `  ${cliText(lang, "severity.warning")} ${cliText(lang, "file.truncated", {
          sheet: t.sheetName,
          rows: t.rows,
          columns: t.columns,
          maxRows: MAX_GRID_ROWS,
          maxColumns: MAX_GRID_COLUMNS,
        })}`,
      );
    }
    for (const u of o.unreadableSheets ?? []) lines.push(`  ${cliText(lang, "severity.warning")} ${unreadableSheetText(u, lang)}`);
    const entries = sheetEntries(o);
    if (entries.length === 0) lines.push(`  ${cliText(lang, "file.noSheets")}`);
    for (const e of entries) lines.push(...sheetLines(e, lang, o.hiddenSheets?.get(e.sheet)));
  }
  const s = reportSummary(outcomes);
  let summary = cliText(lang, "summary", { ...s });
  if (s.unreadable > 0) summary += cliText(lang, "summary.unreadable", { count: s.unreadable });
  lines.push("", summary);
  return lines.map(printable).join("\n") + "\n";
}
