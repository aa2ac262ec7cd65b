import type { Grid, MergedArea } from "../layout/grid";
import { gridFromLoaded, parseAreasAddress } from "./gridFromRange";
import { MARK_MARKER } from "./problemMarks";
import type { XlConditionalFormat, XlConditionalFormatCollection, XlRange, XlRangeAreas, XlRequestContext, XlWorksheet } from "./officeTypes";

/**
 * Reading sheets in ONE sync. Worksheets are enumerated without a listing round trip by
 * chaining `getFirst()` → `getNextOrNullObject()` a fixed number of times and queueing each
 * link's reads before the sync; links past the last sheet are null objects (and so are the
 * ranges derived from them), which the collector skips. A workbook with more sheets than the
 * chain continues from the last link in one more sync.
 *
 * Each sheet is read from A1 to the last used cell (`A1.getBoundingRect(getUsedRange(true))`,
 * getUsedRange returns A1 on a blank sheet, never throws), cut to READ_WINDOW so a large data
 * sheet elsewhere in the workbook cannot blow the payload limit.
 */

/** Evaluation tables fit well inside this; the rest of a big sheet is not read. */
export const READ_WINDOW = "A1:AD500";
export const READ_WINDOW_ROWS = 500;
export const READ_WINDOW_COLUMNS = 30;
/** Links queued per sync when enumerating sheets. */
export const SHEET_CHAIN_LENGTH = 128;

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
}

/** One sheet as read: its Grid and the proxies the write batch needs. */
export interface ReadSheet {
  readonly id: string;
  readonly name: string;
  readonly protected: boolean;
  readonly grid: Grid;
  /** The used area reached past READ_WINDOW. */
  readonly truncated: boolean;
  readonly worksheet: XlWorksheet;
  readonly marks: readonly ExistingMark[];
}

interface PendingRead {
  readonly worksheet: XlWorksheet;
  readonly range: XlRange;
  readonly bounds: XlRange;
  readonly merges: XlRangeAreas | null;
  readonly formats: XlConditionalFormatCollection | null;
}

/** Queues the reads of one sheet (no sync). */
export function queueSheetRead(worksheet: XlWorksheet, options: ReadOptions): PendingRead {
  worksheet.load("id, name, visibility, protection/protected");
  const bounds = worksheet.getRange("A1").getBoundingRect(worksheet.getUsedRange(true));
  bounds.load("rowCount, columnCount");
  const range = bounds.getIntersection(READ_WINDOW);
  range.load("values, formulas, numberFormat, valueTypes, rowIndex, columnIndex");
  let merges: XlRangeAreas | null = null;
  if (options.merges) {
    merges = range.getMergedAreasOrNullObject();
    merges.load("address");
  }
  let formats: XlConditionalFormatCollection | null = null;
  if (options.marks) {
    formats = worksheet.getRange().conditionalFormats;
    formats.load("items/type, items/customOrNullObject/rule/formula");
  }
  return { worksheet, range, bounds, merges, formats };
}

/** After the sync: the sheet read, or undefined for a null link past the last sheet. */
export function collectSheetRead(pending: PendingRead): ReadSheet | undefined {
  const ws = pending.worksheet;
  if (ws.isNullObject) return undefined;
  const merges: MergedArea[] =
    pending.merges && !pending.merges.isNullObject ? parseAreasAddress(pending.merges.address) : [];
  const grid = gridFromLoaded(ws.name, pending.range, merges);
  const truncated = pending.bounds.rowCount > READ_WINDOW_ROWS || pending.bounds.columnCount > READ_WINDOW_COLUMNS;
  return {
    id: ws.id,
    name: ws.name,
    protected: ws.protection.protected,
    grid,
    truncated,
    worksheet: ws,
    marks: pending.formats ? existingMarks(pending.formats) : [],
  };
}

function existingMarks(formats: XlConditionalFormatCollection): ExistingMark[] {
  const marks: ExistingMark[] = [];
  for (const format of formats.items) {
    if (format.type !== "Custom" || format.customOrNullObject.isNullObject) continue;
    const formula = format.customOrNullObject.rule.formula;
    if (typeof formula === "string" && formula.includes(MARK_MARKER)) marks.push({ formula, format });
  }
  return marks;
}

/**
 * Queues the reads of every worksheet, syncs once (more only past SHEET_CHAIN_LENGTH sheets)
 * and returns them in tab order, hidden sheets included.
 */
export async function readAllSheets(
  context: XlRequestContext,
  options: ReadOptions,
  chainLength: number = SHEET_CHAIN_LENGTH,
): Promise<{ sheets: ReadSheet[]; syncs: number }> {
  return readChain(context, context.workbook.worksheets.getFirst(), options, chainLength);
}

/** One sync per `chainLength` sheets: queue the links from `first`, sync, continue if the chain did not run out. */
async function readChain(
  context: XlRequestContext,
  first: XlWorksheet,
  options: ReadOptions,
  chainLength: number,
): Promise<{ sheets: ReadSheet[]; syncs: number }> {
  const links: XlWorksheet[] = [first];
  while (links.length < chainLength) links.push(links[links.length - 1].getNextOrNullObject());
  const pending = links.map((link) => queueSheetRead(link, options));
  await context.sync();
  const read = pending.map(collectSheetRead);
  const sheets = read.filter((s): s is ReadSheet => s !== undefined);
  // The chain ran out inside this batch: every sheet has been read.
  if (read[read.length - 1] === undefined) return { sheets, syncs: 1 };
  const rest = await readChain(context, links[links.length - 1].getNextOrNullObject(), options, chainLength);
  return { sheets: [...sheets, ...rest.sheets], syncs: 1 + rest.syncs };
}

/**
 * The cautious path, for a client that refuses calls on null objects: list the sheets (one
 * sync), then read them (one more).
 */
export async function readListedSheets(
  context: XlRequestContext,
  options: ReadOptions,
): Promise<{ sheets: ReadSheet[]; syncs: number }> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const pending = worksheets.items.map((w) => queueSheetRead(w, options));
  await context.sync();
  return { sheets: pending.map(collectSheetRead).filter((s): s is ReadSheet => s !== undefined), syncs: 2 };
}

/** Reads one worksheet by id (the live path), in one sync; undefined when it is gone. */
export async function readSheetById(
  context: XlRequestContext,
  worksheetId: string,
  options: ReadOptions,
): Promise<ReadSheet | undefined> {
  const pending = queueSheetRead(context.workbook.worksheets.getItemOrNullObject(worksheetId), options);
  await context.sync();
  return collectSheetRead(pending);
}
