import * as path from "node:path";
import type { SheetInput } from "../domain/input";
import { profileByName } from "../domain/profiles";
import type { Lang } from "../i18n/translate";
import { checkWorkbook } from "../layout/checkWorkbook";
import { hiddenSheets } from "../layout/grid";
import { readGrids } from "../xlsx/readGrids";
import { sniffFormat } from "../xlsx/sniffFormat";
import { cliText } from "./cliText";
import { convertToXlsx } from "./convertLegacy";
import { formatOfName } from "./discover";
import { nodeInflateRaw } from "./nodeInflate";
import { errorText, readInput } from "./files";
import { fileErrorMessage, jsonReport, reportSummary, textReport, type FileError, type FileOutcome, type JsonFile, type ReportSummary } from "./report";
import { problemRowsOf, summaryRowsOf, type ProblemRow, type SummaryRow } from "./summaryRows";

/**
 * One file, start to end: read (regular files only, capped), convert when it is an .xls/.et/.ods/
 * .csv, check, and turn the outcome into plain, cloneable report pieces — what a worker thread
 * sends back. Never throws: an unreadable file is a report too.
 */

export interface CheckTask {
  readonly file: string;
  readonly profile: string;
  readonly lang: Lang;
  /** LibreOffice for .xls/.et/.csv, when on the PATH. */
  readonly soffice?: string;
  /** What the command prints: each file's JSON object, or its block of the text report. */
  readonly output: "json" | "text";
  /** A summary table is written: the file's rows for it are wanted. */
  readonly summary: boolean;
}

/**
 * What the command needs of one file, and nothing more: built where the file was checked (a worker
 * thread), so the main thread only prints and collects.
 */
export interface FileReport {
  readonly file: string;
  /** The file's part of standard output: its JSON object (indented for the files array) or its text block. */
  readonly out: string;
  /** Why the file could not be read, in words (absent when it was read). */
  readonly error?: string;
  readonly counts: ReportSummary;
  /** The summary's rows (empty without a summary). */
  readonly rows: readonly SummaryRow[];
  readonly problems: readonly ProblemRow[];
}

/** JSON of `value`, indented to sit `spaces` in within the report's document. */
export function jsonAt(value: unknown, spaces: number): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${" ".repeat(spaces)}`);
}

/** A file's JSON object as it sits in the report's files array. */
export function jsonFileText(json: JsonFile): string {
  return jsonAt(json, 4);
}

interface Checked {
  readonly outcome: FileOutcome;
  readonly converted?: string;
  readonly inputs: ReadonlyMap<string, SheetInput>;
}

const failed = (file: string, error: FileError): Checked => ({ outcome: { file, ok: false, error }, inputs: new Map() });

async function checkOutcome(task: CheckTask): Promise<Checked> {
  const { file } = task;
  const profile = profileByName(task.profile);
  const input = readInput(file);
  if (!input.ok) return failed(file, input.error);
  let bytes = input.bytes;
  let converted: string | undefined;
  const extension = path.extname(file).toLowerCase();
  // The bytes decide: an .xls that is really an .xlsx is read as one.
  const sniffed = sniffFormat(bytes);
  if (sniffed !== "zip" && (formatOfName(file) === "legacy" || formatOfName(file) === "csv")) {
    if (!task.soffice) return failed(file, { reason: "needsConversion", detail: extension });
    const conversion = await convertToXlsx(bytes, extension, task.soffice);
    if (!conversion.ok) {
      // An OLE file LibreOffice cannot open is most likely password-protected (or damaged): say so.
      if (sniffed === "ole") return failed(file, { reason: "encrypted", detail: conversion.detail });
      return failed(file, { reason: "conversionFailed", detail: conversion.detail });
    }
    bytes = conversion.bytes;
    converted = extension.slice(1);
  }
  const read = await readGrids(bytes, { inflateRaw: nodeInflateRaw });
  if (!read.ok) return failed(file, { reason: read.reason, detail: read.detail });
  try {
    const check = checkWorkbook(read.grids, profile);
    const inputs = new Map(check.sheets.map((s) => [s.result.sheetName, s.input] as const));
    return {
      outcome: {
        file,
        ok: true,
        sheetNames: read.grids.map((g) => g.sheetName),
        check,
        truncated: read.truncated,
        hiddenSheets: new Map(hiddenSheets(read.grids).map((h) => [h.sheetName, h.visibility])),
        ...(read.unreadableSheets ? { unreadableSheets: read.unreadableSheets } : {}),
      },
      converted,
      inputs,
    };
  } catch (e) {
    // A bug of ours on one file must not stop the batch.
    return failed(file, { reason: "internal", detail: errorText(e) });
  }
}

/** The file's block of the text report, without the report's closing summary line. */
function textBlock(outcome: FileOutcome, converted: string | undefined, lang: Lang): string {
  const lines = textReport([outcome], lang).split("\n");
  // textReport ends with "", the summary line and a final newline.
  const block = lines.slice(0, -3);
  if (converted) block.splice(1, 0, `  ${cliText(lang, "file.converted", { format: `.${converted}` })}`);
  return block.map((l) => `${l}\n`).join("");
}

export async function checkFileReport(task: CheckTask): Promise<FileReport> {
  const { outcome, converted, inputs } = await checkOutcome(task);
  const counts = reportSummary([outcome]);
  const needJson = task.output === "json" || task.summary;
  const plain = needJson ? jsonReport([outcome], task.lang).files[0] : undefined;
  const json: JsonFile | undefined = plain && converted ? { ...plain, converted } : plain;
  const error = outcome.ok ? undefined : fileErrorMessage(outcome.error, task.lang);
  return {
    file: task.file,
    out: json && task.output === "json" ? jsonFileText(json) : textBlock(outcome, converted, task.lang),
    ...(error !== undefined ? { error } : {}),
    counts,
    rows: json && task.summary ? summaryRowsOf(json, inputs, task.lang) : [],
    problems: json && task.summary ? problemRowsOf(json, task.lang) : [],
  };
}
