import { Writable } from "node:stream";
import * as path from "node:path";
import type { Lang } from "../i18n/translate";
import { tableWorkbook, type TableCell, type TableColumn, type TableSheet } from "../xlsx/summaryWriter";
import { cliText, type CliKey } from "./cliText";
import { gradeText, type ProblemRow, type SummaryRow } from "./summaryRows";

/**
 * The summary as tables: the .xlsx (汇总 + 问题清单) and the .csv share the same columns and the
 * same figures as the --json "table". Text from the submissions is data: in the .csv a field
 * starting with =, +, -, @, a tab or a carriage return gets a leading apostrophe (the usual guard
 * against CSV formula injection; Excel, WPS and LibreOffice then show it as text).
 */

interface Column {
  readonly key: CliKey;
  readonly width: number;
  readonly numberFormat?: string;
  /** A figure (written as a number) rather than text. */
  readonly figure?: boolean;
  readonly value: (row: SummaryRow, lang: Lang) => string | null;
}

const COLUMNS: readonly Column[] = [
  { key: "sum.col.file", width: 36, value: (r) => r.file },
  { key: "sum.col.converted", width: 8, value: (r) => (r.converted ? `.${r.converted}` : null) },
  { key: "sum.col.sheet", width: 24, value: (r) => r.sheet },
  { key: "sum.col.department", width: 22, value: (r) => r.department },
  { key: "sum.col.project", width: 24, value: (r) => r.project },
  { key: "sum.col.kind", width: 8, value: (r, lang) => (r.kind ? cliText(lang, `kind.${r.kind}`) : null) },
  { key: "sum.col.budget", width: 13, numberFormat: "#,##0.00####", figure: true, value: (r) => r.budget },
  { key: "sum.col.executed", width: 13, numberFormat: "#,##0.00####", figure: true, value: (r) => r.executed },
  { key: "sum.col.rate", width: 9, numberFormat: "0.00%", figure: true, value: (r) => r.executionRate },
  { key: "sum.col.total", width: 10, numberFormat: "0.00", figure: true, value: (r) => r.total },
  { key: "sum.col.statedTotal", width: 10, numberFormat: "0.00", figure: true, value: (r) => r.statedTotal },
  { key: "sum.col.grade", width: 12, value: (r, lang) => gradeText(r, lang) || null },
  { key: "sum.col.errors", width: 6, figure: true, value: (r) => String(r.errors) },
  { key: "sum.col.warnings", width: 6, figure: true, value: (r) => String(r.warnings) },
  { key: "sum.col.problems", width: 80, value: (r, lang) => r.problems.join(lang === "zh-CN" ? "；" : "; ") || null },
];

const PROBLEM_COLUMNS: readonly { key: CliKey; width: number; value: (p: ProblemRow) => string }[] = [
  { key: "sum.col.file", width: 36, value: (p) => p.file },
  { key: "sum.col.sheet", width: 24, value: (p) => p.sheet },
  { key: "sum.col.cell", width: 28, value: (p) => p.cell },
  { key: "sum.col.severity", width: 6, value: (p) => p.severity },
  { key: "sum.col.code", width: 22, value: (p) => p.code },
  { key: "sum.col.message", width: 90, value: (p) => p.message },
];

const NUMBER = /^-?\d+(\.\d+)?$/;

/** A figure as a number when it is one (a budget typed as text stays the text). */
function figureCell(value: string | null): TableCell {
  if (value === null) return null;
  return NUMBER.test(value) ? Number(value) : value;
}

/** A link that opens the checked file, relative to the summary's folder (the pair can move together). */
function fileLink(file: string, summaryDir: string): string {
  const relative = path.relative(summaryDir, path.resolve(file)).split(path.sep).join("/");
  return relative.replace(/%/g, "%25").replace(/#/g, "%23");
}

export async function summaryWorkbook(
  rows: readonly SummaryRow[],
  problems: readonly ProblemRow[],
  lang: Lang,
  summaryDir: string,
): Promise<Uint8Array> {
  const columns = (cols: readonly { key: CliKey; width: number; numberFormat?: string }[]): TableColumn[] =>
    cols.map((c) => ({ header: cliText(lang, c.key), width: c.width, ...(c.numberFormat ? { numberFormat: c.numberFormat } : {}) }));
  const summary: TableSheet = {
    name: cliText(lang, "sum.sheet.summary"),
    columns: columns(COLUMNS),
    rows: (function* () {
      for (const r of rows) {
        yield COLUMNS.map((c, i): TableCell => {
          const v = c.value(r, lang);
          if (i === 0) return { text: r.file, link: fileLink(r.file, summaryDir) };
          return c.figure ? figureCell(v) : v;
        });
      }
    })(),
  };
  const list: TableSheet = {
    name: cliText(lang, "sum.sheet.problems"),
    columns: columns(PROBLEM_COLUMNS),
    rows: (function* () {
      for (const p of problems) yield PROBLEM_COLUMNS.map((c) => c.value(p));
    })(),
  };
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  await tableWorkbook([summary, list], sink);
  const out = Buffer.concat(chunks);
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}

const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field: text that could be read as a formula gets a leading apostrophe; quoted when needed. */
export function csvField(value: string | null, figure = false): string {
  if (value === null) return "";
  const text = !figure && FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The summary as CSV: UTF-8 with a byte-order mark (Excel then reads the Chinese right), CRLF lines. */
export function summaryCsv(rows: readonly SummaryRow[], lang: Lang): string {
  const lines = [COLUMNS.map((c) => csvField(cliText(lang, c.key))).join(",")];
  for (const r of rows) {
    lines.push(COLUMNS.map((c) => {
      const v = c.value(r, lang);
      return csvField(v, c.figure === true && v !== null && NUMBER.test(v));
    }).join(","));
  }
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
