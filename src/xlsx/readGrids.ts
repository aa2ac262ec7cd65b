import type { Grid } from "../layout/grid";
import { packageHandle, type WorkbookHandle } from "./handles";
import { MAX_GRID_COLUMNS, MAX_GRID_ROWS } from "./limits";
import { OpcPackage } from "./opcPackage";
import { PackageBook } from "./packageBook";
import { readSheet, SheetDataError, SheetTooLargeError } from "./sheetReader";
import { asBytes, sniffFormat } from "./sniffFormat";
import { readCellFormats, readSharedStrings } from "./stylesPart";
import { NotWorkbookError, readWorkbookModel } from "./workbookPart";
import { ZipError, type RawInflater } from "./zipArchive";

export { MAX_GRID_COLUMNS, MAX_GRID_ROWS };

/** beyondLimits: a part or a sheet past what a 自评表 can be (a zip bomb, a whole-sheet merge). */
export type UnreadableReason = "encrypted" | "notXlsx" | "corrupt" | "beyondLimits";

/** A sheet cut down to the caps: how big it really was. */
export interface TruncatedSheet {
  readonly sheetName: string;
  readonly rows: number;
  readonly columns: number;
}

/**
 * A sheet of the workbook that was not read, and why: a chart sheet or macro sheet (no cells),
 * a worksheet part the package does not have, a damaged one, or one past the size caps.
 */
export interface UnreadableSheet {
  readonly sheetName: string;
  readonly reason: "notWorksheet" | "missingPart" | "corrupt" | "tooLarge";
  readonly detail: string;
}

export type ReadWorkbookOutcome =
  | {
      readonly ok: true;
      readonly grids: Grid[];
      /** Keep it to patch and write the same workbook later (applyPatches, writeWorkbook). */
      readonly workbook: WorkbookHandle;
      /** Sheets larger than MAX_GRID_ROWS × MAX_GRID_COLUMNS, read only up to the caps. */
      readonly truncated: readonly TruncatedSheet[];
      /** Sheets listed by the workbook but not read (never dropped without a word). */
      readonly unreadableSheets?: readonly UnreadableSheet[];
    }
  | { readonly ok: false; readonly reason: UnreadableReason; readonly detail: string };

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * Reads every worksheet of an .xlsx file: follows the package's relationships to the workbook, its
 * sheets, shared strings and styles, and reads nothing else (drawings, comments, charts…).
 * Never throws: an unreadable file is an outcome.
 */
export interface ReadOptions {
  /** A faster raw-DEFLATE inflater where the host has one (the CLI passes Node's zlib). */
  readonly inflateRaw?: RawInflater;
}

export async function readGrids(data: ArrayBuffer | Uint8Array, options: ReadOptions = {}): Promise<ReadWorkbookOutcome> {
  // The handle keeps these bytes to write the workbook again: a copy, so the caller's buffer is free.
  const bytes = asBytes(data).slice();
  const format = sniffFormat(bytes);
  if (format === "ole") {
    return {
      ok: false,
      reason: "encrypted",
      detail: "OLE compound file: a password-protected workbook or an old .xls",
    };
  }
  if (format !== "zip") return { ok: false, reason: "notXlsx", detail: "not a zip archive" };

  let book: PackageBook;
  let strings: string[];
  let formats: readonly (string | null)[];
  try {
    const pkg = new OpcPackage(bytes, options.inflateRaw);
    book = new PackageBook(pkg, readWorkbookModel(pkg));
    strings = readSharedStrings(pkg, book.model.sharedStringsPart);
    formats = readCellFormats(pkg, book.model.stylesPart).byStyle;
  } catch (e) {
    if (e instanceof NotWorkbookError) return { ok: false, reason: "notXlsx", detail: e.message };
    if (e instanceof ZipError && e.kind === "encrypted") return { ok: false, reason: "encrypted", detail: e.message };
    if (e instanceof ZipError && e.kind === "tooLarge") return { ok: false, reason: "beyondLimits", detail: e.message };
    return { ok: false, reason: "corrupt", detail: message(e) };
  }

  const ctx = { sharedStrings: strings, formats, date1904: book.model.date1904 };
  const grids: Grid[] = [];
  const truncated: TruncatedSheet[] = [];
  const unreadableSheets: UnreadableSheet[] = [];
  for (const sheet of book.model.sheets) {
    if (sheet.kind !== "worksheet") {
      unreadableSheets.push({ sheetName: sheet.name, reason: "notWorksheet", detail: `a ${sheet.kind}, not a worksheet` });
      continue;
    }
    if (!sheet.part) {
      unreadableSheets.push({ sheetName: sheet.name, reason: "missingPart", detail: "its worksheet part is missing from the package" });
      continue;
    }
    try {
      const { grid, size } = readSheet(book.pkg, sheet.part, sheet.name, ctx);
      // A hidden sheet is still checked; every face says it is hidden (Grid.visibility).
      grids.push(sheet.state === "hidden" || sheet.state === "veryHidden" ? { ...grid, visibility: sheet.state } : grid);
      if (size) truncated.push({ sheetName: sheet.name, ...size });
    } catch (e) {
      // Zip errors name their part already; the XML parser's do not.
      const detail =
        e instanceof ZipError ? e.message : `${sheet.part}: ${e instanceof SheetDataError ? e.message : `not well-formed XML (${message(e)})`}`;
      unreadableSheets.push({
        sheetName: sheet.name,
        reason: (e instanceof ZipError && e.kind === "tooLarge") || e instanceof SheetTooLargeError ? "tooLarge" : "corrupt",
        detail,
      });
    }
  }
  if (grids.length === 0) {
    const broken = unreadableSheets.find((s) => s.reason === "corrupt" || s.reason === "tooLarge");
    if (broken) return { ok: false, reason: broken.reason === "tooLarge" ? "beyondLimits" : "corrupt", detail: broken.detail };
    return { ok: false, reason: "notXlsx", detail: "a workbook without worksheets" };
  }
  return {
    ok: true,
    grids,
    workbook: packageHandle(book),
    truncated,
    ...(unreadableSheets.length ? { unreadableSheets } : {}),
  };
}
