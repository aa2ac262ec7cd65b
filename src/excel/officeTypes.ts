/**
 * The exact slice of the Office.js Excel API the adapter calls, as structural interfaces.
 * The adapter is written against these, the test fake implements exactly these and nothing
 * more, and the type assertion at the bottom proves the real `Excel.RequestContext` satisfies
 * them (tsc fails if a member here is not in @types/office-js with a compatible type).
 * Only types of `Excel` are used here, never the runtime global.
 */

/** Every proxy: `isNullObject` is readable only after the sync that resolved the proxy. */
export interface XlProxy {
  readonly isNullObject: boolean;
}

export interface XlRequestContext {
  readonly workbook: XlWorkbook;
  readonly runtime: XlRuntime;
  sync(): Promise<unknown>;
}

export interface XlRuntime {
  /** Turns this add-in's event handlers off and on (ExcelApi 1.8). */
  enableEvents: boolean;
}

export interface XlWorkbook {
  readonly worksheets: XlWorksheetCollection;
  readonly settings: XlSettingCollection;
}

export interface XlWorksheetChangedEvent {
  readonly worksheetId: string;
  readonly address: string;
  readonly source: string;
  /** ExcelApi 1.14: "ThisLocalAddin" when this add-in made the change. */
  readonly triggerSource?: string;
}

export interface XlEventHandlerResult {
  /** The context the handler was registered in (removal must run in it). */
  readonly context?: unknown;
  remove(): void;
}

export interface XlEventHandlers {
  add(handler: (event: XlWorksheetChangedEvent) => Promise<unknown>): XlEventHandlerResult;
}

export interface XlWorksheetCollection {
  readonly items: XlWorksheet[];
  /** ExcelApi 1.9 for the collection-level event. */
  readonly onChanged: XlEventHandlers;
  getFirst(visibleOnly?: boolean): XlWorksheet;
  getItem(key: string): XlWorksheet;
  getItemOrNullObject(key: string): XlWorksheet;
  add(name?: string): XlWorksheet;
  load(propertyNames: string): XlWorksheetCollection;
}

export interface XlWorksheetProtection {
  readonly protected: boolean;
}

export interface XlPageLayoutZoom {
  horizontalFitToPages?: number;
  verticalFitToPages?: number;
  scale?: number;
}

export interface XlPageLayout {
  paperSize: Excel.PageLayout["paperSize"];
  orientation: Excel.PageLayout["orientation"];
  centerHorizontally: boolean;
  zoom: XlPageLayoutZoom;
  setPrintArea(printArea: string): void;
  setPrintTitleRows(printTitleRows: string): void;
}

export interface XlWorksheet extends XlProxy {
  readonly id: string;
  readonly name: string;
  readonly visibility: string;
  readonly protection: XlWorksheetProtection;
  readonly pageLayout: XlPageLayout;
  getNextOrNullObject(visibleOnly?: boolean): XlWorksheet;
  getUsedRange(valuesOnly?: boolean): XlRange;
  getRange(address?: string): XlRange;
  getRanges(address?: string): XlRangeAreas;
  activate(): void;
  load(propertyNames: string): XlWorksheet;
}

export interface XlBorder {
  style: Excel.RangeBorder["style"];
  color: string;
}

export interface XlBorderCollection {
  getItem(index: "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight"): XlBorder;
}

export interface XlRangeFormat {
  readonly fill: { color: string };
  readonly font: { bold: boolean; size: number; color: string };
  readonly borders: XlBorderCollection;
  readonly protection: { locked: boolean };
  horizontalAlignment: Excel.RangeFormat["horizontalAlignment"];
  verticalAlignment: Excel.RangeFormat["verticalAlignment"];
  wrapText: boolean;
  columnWidth: number;
  rowHeight: number;
}

export interface XlListValidation {
  inCellDropDown: boolean;
  source: string | XlRange;
}

export interface XlDataValidation {
  rule: { list?: XlListValidation };
}

export interface XlCustomConditionalFormat extends XlProxy {
  readonly rule: { formula: string };
  readonly format: { readonly fill: { color: string }; readonly font: { color: string } };
}

export interface XlConditionalFormat {
  readonly type: string;
  readonly custom: XlCustomConditionalFormat;
  readonly customOrNullObject: XlCustomConditionalFormat;
  delete(): void;
}

export interface XlConditionalFormatCollection {
  readonly items: XlConditionalFormat[];
  add(type: "Custom"): XlConditionalFormat;
  load(propertyNames: string): XlConditionalFormatCollection;
}

export interface XlRange extends XlProxy {
  readonly address: string;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Office.js types cell arrays as any[][]
  values: any[][];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  formulas: any[][];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  numberFormat: any[][];
  readonly valueTypes: string[][];
  readonly format: XlRangeFormat;
  readonly dataValidation: XlDataValidation;
  readonly conditionalFormats: XlConditionalFormatCollection;
  getBoundingRect(anotherRange: XlRange | string): XlRange;
  getIntersection(anotherRange: XlRange | string): XlRange;
  /** ExcelApi 1.13; fails past 512 merged areas. */
  getMergedAreasOrNullObject(): XlRangeAreas;
  merge(across?: boolean): void;
  select(): void;
  load(propertyNames: string): XlRange;
}

export interface XlRangeAreas extends XlProxy {
  /** "Sheet1!A1:B2, Sheet1!C3" */
  readonly address: string;
  readonly format: XlRangeFormat;
  readonly conditionalFormats: XlConditionalFormatCollection;
  load(propertyNames: string): XlRangeAreas;
}

export interface XlSetting extends XlProxy {
  readonly value: unknown;
  load(propertyNames: string): XlSetting;
}

export interface XlSettingCollection {
  add(key: string, value: string | number | boolean): XlSetting;
  getItemOrNullObject(key: string): XlSetting;
}

/** Options of `Excel.run` the adapter passes. */
export interface XlRunOptions {
  /** Wait until the user leaves cell-edit mode instead of failing the batch (ExcelApi 1.11). */
  readonly delayForCellEdit?: boolean;
}

/** Runs a batch in a fresh request context: `Excel.run` in Excel, the fake in tests. */
export type RunExcel = <T>(batch: (context: XlRequestContext) => Promise<T>, options?: XlRunOptions) => Promise<T>;

// tsc-only proof that the real API satisfies the slice above.
type Assignable<Source, Target> = [Source] extends [Target] ? true : never;
export const REAL_CONTEXT_FITS: Assignable<Excel.RequestContext, XlRequestContext> = true;
export const REAL_EVENT_FITS: Assignable<Excel.WorksheetChangedEventArgs, XlWorksheetChangedEvent> = true;
