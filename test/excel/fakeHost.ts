import type { CellValue } from "../../src/domain/cells";
import { ownedValue } from "../../src/domain/ownership";
import { evaluate } from "./formulaEval";
import { cellAddress, parseAddress, rangeAddress } from "../../src/layout/address";
import type { Grid, MergedArea } from "../../src/layout/grid";
import type { XlWorksheetChangedEvent } from "../../src/excel/officeTypes";

/**
 * The workbook behind the fake request context: what Excel holds. Tests build sheets here,
 * act as the user (typing, inserting rows, co-authors' edits) and inspect the result.
 */

export const MAX_ROWS = 1048576;
/** Excel on the web refuses requests and responses over 5 MB (RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded). */
export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** A text value inside a formula may not exceed 255 characters; a formula 8192. */
export const MAX_FORMULA_LITERAL = 255;
export const MAX_FORMULA_LENGTH = 8192;
export const MAX_COLUMNS = 16384;

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = "OfficeExtension.Error";
  }
}

export interface CellFormat {
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  fontSize?: number;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  borders?: string[];
  locked?: boolean;
}

export interface HostCell {
  value: Exclude<CellValue, null>;
  formula?: string;
}

export interface HostConditionalFormat {
  readonly id: string;
  readonly type: string;
  formula?: string;
  fill?: string;
  fontColor?: string;
  areas: Rect[];
}

export interface HostValidation {
  area: Rect;
  list: string;
}

export class HostSheet {
  readonly cells = new Map<string, HostCell>();
  readonly numberFormats = new Map<string, string>();
  readonly formats = new Map<string, CellFormat>();
  merges: Rect[] = [];
  conditionalFormats: HostConditionalFormat[] = [];
  validations: HostValidation[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  pageLayout: Record<string, unknown> = {};
  visibility = "Visible";
  protected = false;
  constructor(
    readonly id: string,
    public name: string,
  ) {}

  static key(row: number, col: number): string {
    return `${row},${col}`;
  }

  /** Recalculates every formula, as Excel does after each change (a few passes settle jixiao's chains). */
  recalc(): void {
    const get = (r: number, c: number) => this.cells.get(HostSheet.key(r, c))?.value ?? null;
    for (let pass = 0; pass < 4; pass++) {
      for (const cell of this.cells.values()) if (cell.formula) cell.value = evaluate(cell.formula, get) ?? "";
    }
  }

  mergeAt(row: number, col: number): Rect | undefined {
    return this.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
  }
}

export interface FakeHostOptions {
  /** ExcelApi 1.13: Range.getMergedAreasOrNullObject. */
  readonly mergedAreas?: boolean;
  /** ExcelApi 1.14: events carry triggerSource. */
  readonly triggerSource?: boolean;
  /** ExcelApi 1.11: Excel.run({ delayForCellEdit }) waits instead of failing. */
  readonly delayForCellEdit?: boolean;
  /**
   * Model a host that raises the add-in's own change events even with enableEvents off
   * (to prove no loop follows even then).
   */
  readonly ownEventsLeak?: boolean;
  /** Model a client that fails a batch calling methods on a null object (instead of propagating null). */
  readonly refuseNullCalls?: boolean;
  /** Request and response size limit in bytes (Excel on the web: 5 MB, the default); false for none. */
  readonly payloadLimit?: number | false;
}

export interface Counters {
  syncs: number;
  /** Cell writes (values, formulas or number format of one cell) applied by the add-in. */
  cellsWritten: number;
  /** Queued operations executed (loads, sets, method calls, object creations). */
  operations: number;
  runs: number;
  /** The largest response (loaded properties, as JSON) one sync delivered (refused ones are not). */
  maxResponseBytes: number;
}

type Handler = (event: XlWorksheetChangedEvent) => Promise<unknown>;

function coerce(text: string, numberFormat: string | undefined): { value: Exclude<CellValue, null>; format?: string } {
  if (numberFormat === "@") return { value: text };
  const s = text.trim();
  if (/^[-+]?\d+(\.\d+)?$/.test(s)) return { value: Number(s) };
  const pct = /^([-+]?\d+(\.\d+)?)%$/.exec(s);
  if (pct) return { value: Number(pct[1]) / 100, format: "0%" };
  if (/^(true|false)$/i.test(s)) return { value: s.toLowerCase() === "true" };
  return { value: text };
}

/** The longest "…" text literal of a formula ("" inside one is an escaped quote). */
export function longestFormulaLiteral(formula: string): number {
  let longest = 0;
  const literal = /"((?:[^"]|"")*)"/g;
  for (let m = literal.exec(formula); m; m = literal.exec(formula)) longest = Math.max(longest, m[1].replace(/""/g, '"').length);
  return longest;
}

/** Excel refuses a formula with a text literal over 255 characters or over 8192 characters in all. */
export function assertFormulaLimits(formula: string): void {
  if (formula.length > MAX_FORMULA_LENGTH) throw new FakeOfficeError("InvalidArgument", `a formula is limited to ${MAX_FORMULA_LENGTH} characters`);
  if (longestFormulaLiteral(formula) > MAX_FORMULA_LITERAL) {
    throw new FakeOfficeError("InvalidArgument", `text values in formulas are limited to ${MAX_FORMULA_LITERAL} characters`);
  }
}

/** What undo restores: every sheet's content, in tab order. */
type SheetState = Omit<HostSheet, "mergeAt">;

/** The host's formula evaluator, without the sheet: jixiao's marked values, anything else #NAME?. */
export function evaluateFormula(formula: string): Exclude<CellValue, null> {
  const v = ownedValue(formula);
  return v === undefined ? { error: "#NAME?" } : v;
}

export class FakeExcelHost {
  readonly sheets: HostSheet[] = [];
  readonly settings = new Map<string, unknown>();
  readonly handlers = new Set<Handler>();
  readonly counters: Counters = { syncs: 0, cellsWritten: 0, operations: 0, runs: 0, maxResponseBytes: 0 };
  /**
   * Excel's undo stack as Microsoft documents it for add-ins: each context.sync() that changed the
   * document is one entry (no mergeUndoGroup), each user edit is one entry.
   */
  readonly undoStack: { readonly sheets: SheetState[] }[] = [];
  private pendingUndo: { readonly sheets: SheetState[] } | undefined;
  activeSheetId: string | undefined;
  selection: { sheetId: string; address: string } | undefined;
  enableEvents = true;
  cellEditMode = false;
  private nextId = 1;
  private editEnded: (() => void)[] = [];
  /** Sheets the add-in changed in the current sync, for its change events. */
  changedBySync = new Map<string, Rect>();

  constructor(readonly options: FakeHostOptions = {}) {}

  resetCounters(): void {
    Object.assign(this.counters, { syncs: 0, cellsWritten: 0, operations: 0, runs: 0, maxResponseBytes: 0 });
  }

  get payloadLimit(): number | false {
    return this.options.payloadLimit ?? WEB_PAYLOAD_LIMIT;
  }

  // ---- undo ----

  private captureState(): { sheets: SheetState[] } {
    return { sheets: this.sheets.map((s) => structuredClone({ ...s }) as SheetState) };
  }

  /** Called before the add-in changes the document in a sync: the state the sync's undo entry restores. */
  beginChange(): void {
    this.pendingUndo ??= this.captureState();
  }

  /** After each add-in sync: one undo entry if it changed anything. */
  endSync(): void {
    if (this.pendingUndo) this.undoStack.push(this.pendingUndo);
    this.pendingUndo = undefined;
  }

  /** The user presses Ctrl+Z: the last entry is undone, and the sheets it restored raise change events. */
  undo(): void {
    const entry = this.undoStack.pop();
    if (!entry) throw new Error("fake: nothing to undo");
    const changed = entry.sheets.filter((before) => {
      const now = this.sheets.find((s) => s.id === before.id);
      return !now || JSON.stringify(structuredClone({ ...now })) !== JSON.stringify(before);
    });
    this.sheets.length = 0;
    for (const state of entry.sheets) {
      const sheet = new HostSheet(state.id, state.name);
      Object.assign(sheet, structuredClone(state));
      this.sheets.push(sheet);
    }
    for (const s of changed) this.dispatch(s.id, "A1", "Local", this.userTrigger());
  }

  // ---- building ----

  addSheet(name: string, content: Partial<Pick<Grid, "values" | "formulas" | "numberFormats" | "merges">> = {}): HostSheet {
    const sheet = new HostSheet(`{sheet-${this.nextId++}}`, name);
    this.sheets.push(sheet);
    this.activeSheetId ??= sheet.id;
    content.values?.forEach((row, r) =>
      row.forEach((v, c) => {
        const formula = content.formulas?.[r]?.[c];
        if (formula) sheet.cells.set(HostSheet.key(r, c), { value: evaluateFormula(formula), formula });
        else if (v !== null && v !== "") sheet.cells.set(HostSheet.key(r, c), { value: v });
      }),
    );
    content.numberFormats?.forEach((row, r) =>
      row.forEach((f, c) => {
        if (f) sheet.numberFormats.set(HostSheet.key(r, c), f);
      }),
    );
    for (const m of content.merges ?? []) sheet.merges.push({ ...m });
    sheet.recalc();
    return sheet;
  }

  sheet(nameOrId: string): HostSheet {
    const s = this.findSheet(nameOrId);
    if (!s) throw new Error(`fake: no sheet ${nameOrId}`);
    return s;
  }

  findSheet(nameOrId: string): HostSheet | undefined {
    const k = nameOrId.toLowerCase();
    return this.sheets.find((s) => s.id === nameOrId || s.name.toLowerCase() === k);
  }

  newSheetId(): string {
    return `{sheet-${this.nextId++}}`;
  }

  // ---- reading back ----

  cell(sheetName: string, address: string): HostCell | undefined {
    const at = parseAddress(address);
    if (!at) throw new Error(`fake: bad address ${address}`);
    return this.sheet(sheetName).cells.get(HostSheet.key(at.row, at.col));
  }

  /** The sheet as a Grid (for assertions), read straight from the host. */
  gridOf(sheetName: string): Grid {
    const s = this.sheet(sheetName);
    let rows = 0;
    let cols = 0;
    for (const k of s.cells.keys()) {
      const [r, c] = k.split(",").map(Number);
      rows = Math.max(rows, r + 1);
      cols = Math.max(cols, c + 1);
    }
    const values: CellValue[][] = [];
    const formulas: (string | null)[][] = [];
    const numberFormats: (string | null)[][] = [];
    for (let r = 0; r < rows; r++) {
      values.push([]);
      formulas.push([]);
      numberFormats.push([]);
      for (let c = 0; c < cols; c++) {
        const cell = s.cells.get(HostSheet.key(r, c));
        values[r].push(cell?.value ?? null);
        formulas[r].push(cell?.formula ?? null);
        numberFormats[r].push(s.numberFormats.get(HostSheet.key(r, c)) ?? null);
      }
    }
    return { sheetName: s.name, values, formulas, numberFormats, merges: s.merges.map((m) => ({ ...m }) as MergedArea) };
  }

  /** Everything a sheet holds, as plain data, to compare a sheet before and after. */
  snapshot(sheetName: string): unknown {
    const s = this.sheet(sheetName);
    const sorted = <T>(m: Map<string, T>) => [...m.entries()].sort(([a], [b]) => a.localeCompare(b));
    return JSON.parse(
      JSON.stringify({
        id: s.id,
        name: s.name,
        cells: sorted(s.cells),
        numberFormats: sorted(s.numberFormats),
        formats: sorted(s.formats),
        merges: s.merges,
        conditionalFormats: s.conditionalFormats,
        validations: s.validations,
        columnWidths: [...s.columnWidths],
        rowHeights: [...s.rowHeights],
        pageLayout: s.pageLayout,
        visibility: s.visibility,
        protected: s.protected,
      }),
    );
  }

  // ---- the add-in's writes (called by the fake proxies at sync) ----

  private assertWritable(sheet: HostSheet, row: number, col: number, nonEmpty: boolean): void {
    const m = sheet.mergeAt(row, col);
    if (nonEmpty && m && (m.top !== row || m.left !== col)) {
      throw new FakeOfficeError("InvalidOperation", `${cellAddress(row, col)} is inside merged area ${rangeAddress(m.top, m.left, m.bottom, m.right)}; only its top-left cell holds a value`);
    }
    const locked = sheet.formats.get(HostSheet.key(row, col))?.locked ?? true;
    if (sheet.protected && locked) throw new FakeOfficeError("AccessDenied", `${sheet.name}!${cellAddress(row, col)} is locked on a protected sheet`);
  }

  private touched(sheet: HostSheet, row: number, col: number): void {
    this.counters.cellsWritten++;
    // Whether a write raises an event is decided when it happens (enableEvents at that moment).
    if (!this.enableEvents && this.options.ownEventsLeak !== true) return;
    const r = this.changedBySync.get(sheet.id);
    if (!r) this.changedBySync.set(sheet.id, { top: row, left: col, bottom: row, right: col });
    else Object.assign(r, { top: Math.min(r.top, row), left: Math.min(r.left, col), bottom: Math.max(r.bottom, row), right: Math.max(r.right, col) });
  }

  /** Writes one cell as typing (values) or as a formula (formulas) would. */
  writeCell(sheet: HostSheet, row: number, col: number, input: unknown, asFormula: boolean): void {
    const key = HostSheet.key(row, col);
    const empty = input === null || input === undefined || input === "";
    this.assertWritable(sheet, row, col, !empty);
    if (empty) sheet.cells.delete(key);
    else if (typeof input === "string" && input.startsWith("=")) {
      assertFormulaLimits(input);
      sheet.cells.set(key, { value: evaluateFormula(input), formula: input });
    } else if (typeof input === "string") {
      const c = coerce(input, sheet.numberFormats.get(key));
      sheet.cells.set(key, { value: c.value });
      if (c.format && !sheet.numberFormats.has(key)) sheet.numberFormats.set(key, c.format);
    } else if (typeof input === "number" || typeof input === "boolean") sheet.cells.set(key, { value: input });
    else throw new FakeOfficeError("InvalidArgument", `cannot write ${JSON.stringify(input)} (${asFormula ? "formulas" : "values"})`);
    sheet.recalc();
    this.touched(sheet, row, col);
  }

  writeNumberFormat(sheet: HostSheet, row: number, col: number, format: unknown): void {
    if (typeof format !== "string") throw new FakeOfficeError("InvalidArgument", "numberFormat must be a string");
    this.assertWritable(sheet, row, col, false);
    sheet.numberFormats.set(HostSheet.key(row, col), format);
    this.touched(sheet, row, col);
  }

  /** After each add-in sync: the change events its writes raised. */
  flushOwnEvents(): void {
    const changed = [...this.changedBySync];
    this.changedBySync.clear();
    const trigger = this.options.triggerSource ? "ThisLocalAddin" : undefined;
    for (const [id, r] of changed) {
      queueMicrotask(() => this.dispatch(id, rangeAddress(r.top, r.left, r.bottom, r.right), "Local", trigger));
    }
  }

  // ---- the user, the co-author, Excel itself ----

  private dispatch(worksheetId: string, address: string, source: string, triggerSource: string | undefined): void {
    const event: XlWorksheetChangedEvent =
      triggerSource === undefined ? { worksheetId, address, source } : { worksheetId, address, source, triggerSource };
    for (const h of this.handlers) void h(event);
  }

  private userTrigger(): string | undefined {
    return this.options.triggerSource ? "Others" : undefined;
  }

  /** The user types into a cell ("=…" types a formula). Raises a local change event. */
  userEdit(sheetName: string, address: string, input: string | number | null): void {
    const s = this.sheet(sheetName);
    const at = parseAddress(address);
    if (!at) throw new Error(`fake: bad address ${address}`);
    const m = s.mergeAt(at.row, at.col);
    if (m && (m.top !== at.row || m.left !== at.col)) throw new Error("fake: the user cannot type into a merged area's hidden cell");
    const key = HostSheet.key(at.row, at.col);
    this.undoStack.push(this.captureState());
    if (input === null || input === "") s.cells.delete(key);
    else if (typeof input === "string" && input.startsWith("=")) s.cells.set(key, { value: evaluateFormula(input), formula: input });
    else if (typeof input === "string") s.cells.set(key, { value: coerce(input, s.numberFormats.get(key)).value });
    else s.cells.set(key, { value: input });
    s.recalc();
    this.dispatch(s.id, address, "Local", this.userTrigger());
  }

  /** A co-author's edit arriving: the cell changes and a Remote event is raised. */
  remoteEdit(sheetName: string, address: string, input: string | number | null): void {
    const s = this.sheet(sheetName);
    const at = parseAddress(address);
    if (!at) throw new Error(`fake: bad address ${address}`);
    const key = HostSheet.key(at.row, at.col);
    if (input === null) s.cells.delete(key);
    else if (typeof input === "string" && input.startsWith("=")) s.cells.set(key, { value: evaluateFormula(input), formula: input });
    else s.cells.set(key, { value: input });
    s.recalc();
    this.dispatch(s.id, address, "Remote", this.userTrigger());
  }

  /** Inserts `count` rows before 1-based row `before`; cells, merges and marks move down. */
  insertRows(sheetName: string, before: number, count: number): void {
    this.shiftRows(this.sheet(sheetName), before - 1, count);
  }

  /** Deletes `count` rows starting at 1-based row `first`. */
  deleteRows(sheetName: string, first: number, count: number): void {
    this.shiftRows(this.sheet(sheetName), first - 1, -count);
  }

  private shiftRows(s: HostSheet, at: number, delta: number): void {
    const moveRow = (r: number): number | undefined => (r < at ? r : delta < 0 && r < at - delta ? undefined : r + delta);
    const moveMap = <T>(m: Map<string, T>): void => {
      const entries = [...m];
      m.clear();
      for (const [k, v] of entries) {
        const [r, c] = k.split(",").map(Number);
        const nr = moveRow(r);
        if (nr !== undefined) m.set(HostSheet.key(nr, c), v);
      }
    };
    moveMap(s.cells);
    moveMap(s.numberFormats);
    moveMap(s.formats);
    const moveRect = (x: Rect): Rect | undefined => {
      if (delta > 0) {
        if (x.top >= at) return { ...x, top: x.top + delta, bottom: x.bottom + delta };
        if (x.bottom >= at) return { ...x, bottom: x.bottom + delta };
        return x;
      }
      const gone = -delta;
      const cut = (r: number) => (r < at ? r : r < at + gone ? at : r - gone);
      const top = cut(x.top);
      const bottom = x.bottom < at ? x.bottom : x.bottom < at + gone ? at - 1 : x.bottom - gone;
      return bottom < top ? undefined : { ...x, top, bottom };
    };
    s.merges = s.merges.map(moveRect).filter((m): m is Rect => m !== undefined && (m.bottom > m.top || m.right > m.left));
    for (const cf of s.conditionalFormats) cf.areas = cf.areas.map(moveRect).filter((a): a is Rect => a !== undefined);
    s.conditionalFormats = s.conditionalFormats.filter((cf) => cf.areas.length > 0);
    s.validations = s.validations.flatMap((v) => {
      const area = moveRect(v.area);
      return area ? [{ ...v, area }] : [];
    });
    this.dispatch(s.id, `${at + 1}:${at + Math.abs(delta)}`, "Local", this.userTrigger());
  }

  enterCellEditMode(): void {
    this.cellEditMode = true;
  }

  exitCellEditMode(): void {
    this.cellEditMode = false;
    const waiting = this.editEnded;
    this.editEnded = [];
    for (const w of waiting) w();
  }

  /** A batch run with delayForCellEdit waits here until editing ends. */
  waitForEditEnd(): Promise<void> {
    return new Promise((resolve) => this.editEnded.push(resolve));
  }
}
