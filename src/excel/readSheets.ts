import type { Grid, MergedArea } from "../layout/grid";
import { readSheet } from "../layout/readSheet";
import { gridFromLoaded, parseAreasAddress } from "./gridFromRange";
import { MARK_MARKER } from "./problemMarks";
import { errorCode, isCellEditModeError } from "./runExcel";
import type { XlConditionalFormat, XlConditionalFormatCollection, XlRange, XlRangeAreas, XlRequestContext, XlWorksheet } from "./officeTypes";

/**
 * Reading the workbook's evaluation sheets within Excel on the web's 5 MB payload limits:
 * 1. list the worksheets (one collection load: id, name, visibility, protection);
 * 2. probe every sheet: its used size and its top rows (PROBE_WINDOW). The probe IS the read of
 *    every sheet that fits in it (evaluation tables do), and tells which sheets hold a table;
 * 3. read the taller evaluation sheets in full (up to READ_WINDOW), in batches whose estimated
 *    response stays under PAYLOAD_BUDGET. Sheets that are no evaluation table are not read.
 * Each sheet is read from A1 to its last used cell (`A1.getBoundingRect(getUsedRange(true))`:
 * getUsedRange returns A1 on a blank sheet, never throws). No method is called on a proxy that
 * may be a null object. A batch refused for its size is split in two and retried.
 */

/** Evaluation tables fit well inside this; the rest of a big sheet is not read. */
export const READ_WINDOW = "A1:AD500";
export const READ_WINDOW_ROWS = 500;
export const READ_WINDOW_COLUMNS = 30;
/** Every sheet's first rows: enough to recognise a table, and the whole of a usual one. */
export const PROBE_WINDOW = "A1:AD60";
export const PROBE_ROWS = 60;
/** Response bytes one sync may ask for: Excel on the web refuses more than 5 MB. */
export const PAYLOAD_BUDGET = 4 * 1024 * 1024;
/** Bytes per cell assumed before any cell was measured (four arrays of JSON per cell). */
const MIN_BYTES_PER_CELL = 16;

export interface ReadOptions {
  /** Read merged areas (ExcelApi 1.13). */
  readonly merges: boolean;
  /** Read conditional formats to find jixiao's problem marks. */
  readonly marks: boolean;
}

/** A conditional format jixiao added earlier (its formula carries MARK_MARKER). */
export interface ExistingMark {
  readonly formula: string;
  readonly format: XlConditionalFormat;
  /** Its position (priority) in the sheet's collection as read: Excel addresses rules by it. */
  readonly position: number;
}

/** A worksheet as listed. */
export interface SheetEntry {
  readonly worksheet: XlWorksheet;
  readonly id: string;
  readonly name: string;
  /** "Visible", "Hidden" or "VeryHidden". */
  readonly visibility: string;
  readonly protected: boolean;
  /** Its properties are loaded with each read (a sheet got by id, not from the list). */
  readonly loadOnRead?: boolean;
}

/** One sheet as read: its Grid and the proxies the write batch needs. */
export interface ReadSheet extends SheetEntry {
  readonly grid: Grid;
  /** The used area reached past READ_WINDOW. */
  readonly truncated: boolean;
  /** Rows and columns from A1 to the last used cell. */
  readonly usedRows: number;
  readonly usedColumns: number;
  readonly marks: readonly ExistingMark[];
}

export interface WorkbookRead {
  readonly sheets: ReadSheet[];
  readonly syncs: number;
}

interface PendingRead {
  readonly entry: SheetEntry;
  readonly range: XlRange;
  readonly bounds: XlRange;
  readonly merges: XlRangeAreas | null;
  readonly formats: XlConditionalFormatCollection | null;
}

/** Lists the worksheets in tab order, hidden ones included (one sync). */
export async function listSheets(context: XlRequestContext): Promise<SheetEntry[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/id, items/name, items/visibility, items/protection/protected");
  await context.sync();
  return worksheets.items.map((worksheet) => ({
    worksheet,
    id: worksheet.id,
    name: worksheet.name,
    visibility: worksheet.visibility,
    protected: worksheet.protection.protected,
  }));
}

/** Queues the read of one sheet's used area cut to `window` (no sync). */
function queueRead(entry: SheetEntry, window: string, options: ReadOptions): PendingRead {
  const ws = entry.worksheet;
  if (entry.loadOnRead) ws.load("id, name, visibility, protection/protected");
  const bounds = ws.getRange("A1").getBoundingRect(ws.getUsedRange(true));
  bounds.load("rowCount, columnCount");
  const range = bounds.getIntersection(window);
  range.load("values, formulas, numberFormat, valueTypes, rowIndex, columnIndex");
  let merges: XlRangeAreas | null = null;
  if (options.merges) {
    merges = range.getMergedAreasOrNullObject();
    merges.load("address");
  }
  let formats: XlConditionalFormatCollection | null = null;
  if (options.marks) {
    formats = ws.getRange().conditionalFormats;
    formats.load("items/type, items/customOrNullObject/rule/formula");
  }
  return { entry, range, bounds, merges, formats };
}

function collectRead(pending: PendingRead): ReadSheet {
  const merges: MergedArea[] =
    pending.merges && !pending.merges.isNullObject ? parseAreasAddress(pending.merges.address) : [];
  const grid = gridFromLoaded(pending.entry.name, pending.range, merges);
  const truncated = pending.bounds.rowCount > READ_WINDOW_ROWS || pending.bounds.columnCount > READ_WINDOW_COLUMNS;
  const { rowCount: usedRows, columnCount: usedColumns } = pending.bounds;
  const { worksheet, id, name, visibility } = pending.entry;
  return {
    worksheet,
    id,
    name,
    visibility,
    protected: pending.entry.protected,
    grid,
    truncated,
    usedRows,
    usedColumns,
    marks: pending.formats ? existingMarks(pending.formats) : [],
  };
}

function existingMarks(formats: XlConditionalFormatCollection): ExistingMark[] {
  const marks: ExistingMark[] = [];
  formats.items.forEach((format, position) => {
    if (format.type !== "Custom" || format.customOrNullObject.isNullObject) return;
    const formula = format.customOrNullObject.rule.formula;
    if (typeof formula === "string" && formula.includes(MARK_MARKER)) marks.push({ formula, format, position });
  });
  return marks;
}

function isPayloadError(error: unknown): boolean {
  const code = errorCode(error);
  return code === "ResponsePayloadSizeLimitExceeded" || code === "RequestPayloadSizeLimitExceeded";
}

/**
 * Reads `entries` cut to `window` in one sync; a batch refused for its size is split in two and
 * each half retried (one more sync per split).
 */
async function readBatch(
  context: XlRequestContext,
  entries: readonly SheetEntry[],
  window: string,
  options: ReadOptions,
): Promise<WorkbookRead> {
  if (entries.length === 0) return { sheets: [], syncs: 0 };
  const pending = entries.map((e) => queueRead(e, window, options));
  try {
    await context.sync();
    return { sheets: pending.map(collectRead), syncs: 1 };
  } catch (error) {
    if (!isPayloadError(error) || entries.length === 1) throw error;
    const half = Math.ceil(entries.length / 2);
    const first = await readBatch(context, entries.slice(0, half), window, options);
    const second = await readBatch(context, entries.slice(half), window, options);
    return { sheets: [...first.sheets, ...second.sheets], syncs: 1 + first.syncs + second.syncs };
  }
}

/** JSON bytes of the four arrays read for a sheet, per cell (for the next batch's estimate). */
function bytesPerCell(sheets: readonly ReadSheet[]): number {
  let bytes = 0;
  let cells = 0;
  for (const s of sheets) {
    const g = s.grid;
    bytes += JSON.stringify([g.values, g.formulas, g.numberFormats]).length * 4 / 3;
    cells += g.values.reduce((n, row) => n + row.length, 0);
  }
  return cells === 0 ? MIN_BYTES_PER_CELL : Math.max(MIN_BYTES_PER_CELL, Math.ceil(bytes / cells));
}

/** Splits sheets into batches whose estimated response fits the budget. */
export function budgetBatches<T>(items: readonly T[], bytesOf: (item: T) => number, budget: number = PAYLOAD_BUDGET): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let used = 0;
  for (const item of items) {
    const bytes = bytesOf(item);
    if (current.length > 0 && used + bytes > budget) {
      batches.push(current);
      current = [];
      used = 0;
    }
    current.push(item);
    used += bytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** True when the probe shows a table the layout reader recognises (title, funds or indicator header). */
function holdsTable(grid: Grid): boolean {
  return readSheet(grid).status !== "skipped";
}

/** List, probe, then read the tall evaluation sheets under the budget. */
async function readEvaluationSheets(
  context: XlRequestContext,
  entries: readonly SheetEntry[],
  options: ReadOptions,
): Promise<WorkbookRead> {
  const probe = await readBatch(context, entries, PROBE_WINDOW, options);
  const tables = probe.sheets.filter((s) => holdsTable(s.grid));
  // The probe window is as wide as READ_WINDOW: only rows below it are missing.
  const tall = tables.filter((s) => s.usedRows > PROBE_ROWS);
  const perCell = bytesPerCell(probe.sheets);
  const estimate = (s: ReadSheet): number =>
    Math.min(s.usedRows, READ_WINDOW_ROWS) * Math.min(s.usedColumns, READ_WINDOW_COLUMNS) * perCell;
  const full = new Map<string, ReadSheet>();
  let syncs = probe.syncs;
  for (const batch of budgetBatches(tall, estimate)) {
    // One budget batch after another by design: each must fit one response.
    const read = await readBatch(context, batch, READ_WINDOW, options);
    syncs += read.syncs;
    for (const s of read.sheets) full.set(s.id, s);
  }
  return { sheets: tables.map((s) => full.get(s.id) ?? s), syncs };
}

/**
 * Every evaluation sheet of the workbook, in tab order (hidden ones included, so the pane can
 * report them). Falls back to reading without merged areas when that call fails (a client
 * before ExcelApi 1.13, or more than 512 merged areas): one more sync.
 */
export async function readWorkbook(context: XlRequestContext, options: ReadOptions): Promise<WorkbookRead> {
  const entries = await listSheets(context);
  try {
    const read = await readEvaluationSheets(context, entries, options);
    return { sheets: read.sheets, syncs: 1 + read.syncs };
  } catch (error) {
    if (!options.merges || isCellEditModeError(error) || isPayloadError(error)) throw error;
    const read = await readEvaluationSheets(context, entries, { ...options, merges: false });
    return { sheets: read.sheets, syncs: 2 + read.syncs };
  }
}

/**
 * The live path: the given worksheets by id, found and read like readWorkbook's (probe, then the
 * taller tables) — ONE sync when the edited sheets' tables fit the probe, and a data sheet being
 * edited costs its first 60 rows only. A sheet deleted meanwhile fails getItem with
 * ItemNotFound; then the sheets are listed and the ones still there read (more syncs, rare).
 */
export async function readSheetsById(
  context: XlRequestContext,
  worksheetIds: readonly string[],
  options: ReadOptions,
): Promise<WorkbookRead> {
  const entries = worksheetIds.map((id) => byId(context.workbook.worksheets.getItem(id)));
  try {
    return await readEvaluationSheets(context, entries, options);
  } catch (error) {
    if (errorCode(error) !== "ItemNotFound") throw error;
    const listed = (await listSheets(context)).filter((e) => worksheetIds.includes(e.id));
    const read = await readEvaluationSheets(context, listed, options);
    return { sheets: read.sheets, syncs: 2 + read.syncs };
  }
}

/** A SheetEntry got by id: its fields are loaded with the read and readable after the sync. */
function byId(worksheet: XlWorksheet): SheetEntry {
  return {
    worksheet,
    loadOnRead: true,
    get id() {
      return worksheet.id;
    },
    get name() {
      return worksheet.name;
    },
    get visibility() {
      return worksheet.visibility;
    },
    get protected() {
      return worksheet.protection.protected;
    },
  };
}
