import {
  rangeAddress,
} from "../../src/layout/address";
import {
  parseAddress,
} from "../../src/layout/address";
import type {
  XlBorder,
  XlBorderCollection,
  XlConditionalFormatCollection,
  XlDataValidation,
  XlRange,
  XlRangeAreas,
  XlRangeFormat,
} from "../../src/excel/officeTypes";
import {
  FakeExcelHost,
  FakeOfficeError,
  HostSheet,
  MAX_COLUMNS,
  MAX_ROWS,
  type CellFormat,
  type Rect,
} from "./fakeHost";
import type {
  FakeRequestContext,
} from "./fakeExcel";
import { FakeConditionalFormats } from "./fakeConditionalFormats";
import {
  FakeProxy,
} from "./fakeProxy";

/** Fake ranges, range areas, formats, data validation and conditional formats. */

export function parseRect(address: string | undefined): Rect {
  if (address === undefined) return { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 };
  const a = address.replace(/\$/g, "").trim();
  const cols = /^([A-Z]{1,3}):([A-Z]{1,3})$/i.exec(a);
  if (cols) {
    const l = parseAddress(`${cols[1]}1`);
    const r = parseAddress(`${cols[2]}1`);
    if (l && r) return { top: 0, left: l.col, bottom: MAX_ROWS - 1, right: r.col };
  }
  const rows = /^(\d+):(\d+)$/.exec(a);
  if (rows) return { top: Number(rows[1]) - 1, left: 0, bottom: Number(rows[2]) - 1, right: MAX_COLUMNS - 1 };
  const [p, q = p] = a.split(":");
  const s = parseAddress(p);
  const e = parseAddress(q);
  if (!s || !e || a.split(":").length > 2) throw new FakeOfficeError("InvalidArgument", `bad address ${address}`);
  return { top: Math.min(s.row, e.row), left: Math.min(s.col, e.col), bottom: Math.max(s.row, e.row), right: Math.max(s.col, e.col) };
}

export function quoteSheet(name: string): string {
  return /^[A-Za-z_\u4e00-\u9fff][\w\u4e00-\u9fff.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

// ---------- ranges ----------

export interface Areas {
  readonly sheet: HostSheet;
  readonly rects: readonly Rect[];
}

const MAX_CELLS_READ = 200_000;

function cellsOf(rect: Rect): [number, number][] {
  const size = (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
  if (size > MAX_CELLS_READ) throw new Error(`fake: range of ${size} cells is too large for this operation`);
  const out: [number, number][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) out.push([r, c]);
  return out;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

function rectAddress(r: Rect): string {
  if (r.left === 0 && r.right === MAX_COLUMNS - 1) return `${r.top + 1}:${r.bottom + 1}`;
  return rangeAddress(r.top, r.left, r.bottom, r.right);
}

function valueType(v: unknown): string {
  if (v === undefined || v === null) return "Empty";
  if (typeof v === "object") return "Error";
  if (typeof v === "number") return Number.isInteger(v) ? "Integer" : "Double";
  if (typeof v === "boolean") return "Boolean";
  return "String";
}

export class FakeRange extends FakeProxy<Areas> implements XlRange {
  get address(): string {
    return this.read("address");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get values(): unknown[][] {
    return this.read("values");
  }
  set values(v: unknown[][]) {
    this.writeCells("values", v, (h, s, r, c, x) => h.writeCell(s, r, c, x, false));
  }
  get formulas(): unknown[][] {
    return this.read("formulas");
  }
  set formulas(v: unknown[][]) {
    this.writeCells("formulas", v, (h, s, r, c, x) => h.writeCell(s, r, c, x, true));
  }
  get numberFormat(): unknown[][] {
    return this.read("numberFormat");
  }
  set numberFormat(v: unknown[][]) {
    this.writeCells("numberFormat", v, (h, s, r, c, x) => h.writeNumberFormat(s, r, c, x));
  }
  get valueTypes(): string[][] {
    return this.read("valueTypes");
  }
  get format(): XlRangeFormat {
    return this.nav("format", () => this.derive((r: () => Areas | null) => new FakeRangeFormat(this.ctx, r), (a) => a));
  }
  get dataValidation(): XlDataValidation {
    return this.nav("dataValidation", () => this.derive((r: () => Areas | null) => new FakeDataValidation(this.ctx, r), (a) => a));
  }
  get conditionalFormats(): XlConditionalFormatCollection {
    return this.nav("conditionalFormats", () => this.derive((r: () => Areas | null) => new FakeConditionalFormats(this.ctx, r), (a) => a));
  }

  private writeCells(
    what: string,
    input: unknown[][],
    put: (h: FakeExcelHost, s: HostSheet, row: number, col: number, x: unknown) => void,
  ): void {
    const copy = structuredClone(input);
    this.write(what, ({ sheet, rects }) => {
      const r = rects[0];
      const rows = r.bottom - r.top + 1;
      const cols = r.right - r.left + 1;
      if (copy.length !== rows || copy.some((row) => row.length !== cols)) {
        throw new FakeOfficeError("InvalidArgument", `${what}: the array is not ${rows}×${cols}`);
      }
      copy.forEach((row, i) => row.forEach((x, j) => put(this.ctx.host, sheet, r.top + i, r.left + j, x)));
    }, true, copy);
  }

  private other(another: XlRange | string, s: HostSheet): Rect {
    if (typeof another === "string") return parseRect(another);
    if (!(another instanceof FakeRange)) throw new Error("fake: not a fake range");
    const o = another.current();
    if (o === null) throw new FakeOfficeError("InvalidObjectPath", "argument is a null object");
    if (o.sheet !== s) throw new FakeOfficeError("InvalidArgument", "ranges on different sheets");
    return o.rects[0];
  }
  getBoundingRect(another: XlRange | string): XlRange {
    this.guard(another);
    return this.derive((r: () => Areas | null) => new FakeRange(this.ctx, r), ({ sheet, rects }) => {
      const o = this.other(another, sheet);
      const a = rects[0];
      return { sheet, rects: [{ top: Math.min(a.top, o.top), left: Math.min(a.left, o.left), bottom: Math.max(a.bottom, o.bottom), right: Math.max(a.right, o.right) }] };
    });
  }
  getIntersection(another: XlRange | string): XlRange {
    this.guard(another);
    return this.derive((r: () => Areas | null) => new FakeRange(this.ctx, r), ({ sheet, rects }) => {
      const o = this.other(another, sheet);
      const a = rects[0];
      if (!intersects(a, o)) throw new FakeOfficeError("ItemNotFound", "the ranges do not intersect");
      return { sheet, rects: [{ top: Math.max(a.top, o.top), left: Math.max(a.left, o.left), bottom: Math.min(a.bottom, o.bottom), right: Math.min(a.right, o.right) }] };
    });
  }
  getMergedAreasOrNullObject(): XlRangeAreas {
    return this.derive((r: () => Areas | null) => new FakeRangeAreas(this.ctx, r), ({ sheet, rects }) => {
      if (!this.ctx.host.options.mergedAreas) throw new FakeOfficeError("ApiNotFound", "getMergedAreasOrNullObject needs ExcelApi 1.13");
      const found = sheet.merges.filter((m) => intersects(m, rects[0]));
      if (found.length > 512) throw new FakeOfficeError("GeneralException", "more than 512 merged areas");
      return found.length === 0 ? null : { sheet, rects: found.map((m) => ({ ...m })) };
    });
  }
  merge(across?: boolean): void {
    if (across) throw new Error("fake: merge(across) not modelled");
    this.write("merge", ({ sheet, rects }) => {
      const m = rects[0];
      if (sheet.merges.some((x) => intersects(x, m))) throw new FakeOfficeError("InvalidOperation", `merge ${rectAddress(m)} overlaps a merged area`);
      // Excel keeps the top-left value only.
      for (const [r, c] of cellsOf(m)) if (r !== m.top || c !== m.left) sheet.cells.delete(HostSheet.key(r, c));
      sheet.merges.push({ ...m });
    });
  }
  select(): void {
    this.write("select", ({ sheet, rects }) => {
      if (this.ctx.host.activeSheetId !== sheet.id) throw new FakeOfficeError("InvalidSelection", "select a range on the active sheet only");
      this.ctx.host.selection = { sheetId: sheet.id, address: rectAddress(rects[0]) };
    }, false);
  }
  protected override child(name: string): FakeProxy<unknown> | undefined {
    if (name === "format") return this.format as FakeRangeFormat;
    return undefined;
  }
  protected scalar(name: string, { sheet, rects }: Areas): unknown {
    const r = rects[0];
    const grid = <T>(f: (row: number, col: number) => T): T[][] => {
      cellsOf(r);
      const out: T[][] = [];
      for (let i = r.top; i <= r.bottom; i++) {
        const row: T[] = [];
        for (let j = r.left; j <= r.right; j++) row.push(f(i, j));
        out.push(row);
      }
      return out;
    };
    const at = (i: number, j: number) => sheet.cells.get(HostSheet.key(i, j));
    switch (name) {
      case "address":
        return `${quoteSheet(sheet.name)}!${rectAddress(r)}`;
      case "rowIndex":
        return r.top;
      case "columnIndex":
        return r.left;
      case "rowCount":
        return r.bottom - r.top + 1;
      case "columnCount":
        return r.right - r.left + 1;
      case "values":
        return grid((i, j) => {
          const v = at(i, j)?.value;
          return v === undefined ? "" : typeof v === "object" ? v.error : v;
        });
      case "formulas":
        return grid((i, j) => {
          const c = at(i, j);
          return c === undefined ? "" : (c.formula ?? (typeof c.value === "object" ? c.value.error : c.value));
        });
      case "numberFormat":
        return grid((i, j) => sheet.numberFormats.get(HostSheet.key(i, j)) ?? "General");
      case "valueTypes":
        return grid((i, j) => valueType(at(i, j)?.value));
      default:
        throw new Error(`fake: Range.${name}`);
    }
  }
}

export class FakeRangeAreas extends FakeProxy<Areas> implements XlRangeAreas {
  get address(): string {
    return this.read("address");
  }
  get format(): XlRangeFormat {
    return this.nav("format", () => this.derive((r: () => Areas | null) => new FakeRangeFormat(this.ctx, r), (a) => a));
  }
  get conditionalFormats(): XlConditionalFormatCollection {
    return this.nav("conditionalFormats", () => this.derive((r: () => Areas | null) => new FakeConditionalFormats(this.ctx, r), (a) => a));
  }
  protected scalar(name: string, { sheet, rects }: Areas): unknown {
    if (name === "address") return rects.map((r) => `${quoteSheet(sheet.name)}!${rectAddress(r)}`).join(", ");
    throw new Error(`fake: RangeAreas.${name}`);
  }
}

// ---------- formats ----------

function eachCellFormat(a: Areas, set: (f: CellFormat) => void): void {
  for (const rect of a.rects) {
    for (const [r, c] of cellsOf(rect)) {
      const key = HostSheet.key(r, c);
      const f = a.sheet.formats.get(key) ?? {};
      set(f);
      a.sheet.formats.set(key, f);
    }
  }
}

class FakeFormatPart extends FakeProxy<Areas> {
  constructor(
    ctx: FakeRequestContext,
    resolve: () => Areas | null,
    private readonly part: string,
  ) {
    super(ctx, resolve);
  }
  protected setFormat(key: string, apply: (f: CellFormat) => void): void {
    this.write(`${this.part}.${key}`, (a) => eachCellFormat(a, apply));
  }
  protected scalar(name: string): unknown {
    throw new Error(`fake: ${this.part}.${name} is write-only in this fake`);
  }
}

class FakeFill extends FakeFormatPart {
  get color(): string {
    return this.read("color");
  }
  set color(v: string) {
    this.setFormat("color", (f) => (f.fill = v));
  }
}

class FakeFont extends FakeFormatPart {
  get bold(): boolean {
    return this.read("bold");
  }
  set bold(v: boolean) {
    this.setFormat("bold", (f) => (f.bold = v));
  }
  get size(): number {
    return this.read("size");
  }
  set size(v: number) {
    this.setFormat("size", (f) => (f.fontSize = v));
  }
  get color(): string {
    return this.read("color");
  }
  set color(v: string) {
    this.setFormat("color", (f) => (f.fontColor = v));
  }
}

class FakeCellProtection extends FakeFormatPart {
  get locked(): boolean {
    return this.read("locked");
  }
  set locked(v: boolean) {
    this.setFormat("locked", (f) => (f.locked = v));
  }
}

class FakeBorder extends FakeFormatPart implements XlBorder {
  get style(): Excel.RangeBorder["style"] {
    return this.read("style");
  }
  set style(v: Excel.RangeBorder["style"]) {
    const edge = this.edge;
    this.setFormat("style", (f) => (f.borders = [...new Set([...(f.borders ?? []), `${edge}:${v}`])]));
  }
  get color(): string {
    return this.read("color");
  }
  set color(v: string) {
    void v;
    throw new Error("fake: border colour not modelled");
  }
  edge = "";
}

class FakeRangeFormat extends FakeProxy<Areas> implements XlRangeFormat {
  private part<P extends FakeFormatPart>(name: string, C: new (ctx: FakeRequestContext, r: () => Areas | null, part: string) => P): P {
    return this.nav(name, () => this.derive((r: () => Areas | null) => new C(this.ctx, r, name), (a) => a));
  }
  get fill(): FakeFill {
    return this.part("fill", FakeFill);
  }
  get font(): FakeFont {
    return this.part("font", FakeFont);
  }
  get protection(): FakeCellProtection {
    return this.part("protection", FakeCellProtection);
  }
  get borders(): XlBorderCollection {
    return {
      getItem: (edge) => {
        const b = this.part(`border:${edge}`, FakeBorder);
        b.edge = edge;
        return b;
      },
    };
  }
  private setCells(key: string, apply: (f: CellFormat) => void): void {
    this.write(`format.${key}`, (a) => eachCellFormat(a, apply));
  }
  get horizontalAlignment(): Excel.RangeFormat["horizontalAlignment"] {
    return this.read("horizontalAlignment");
  }
  set horizontalAlignment(v: Excel.RangeFormat["horizontalAlignment"]) {
    this.setCells("horizontalAlignment", (f) => (f.horizontalAlignment = v));
  }
  get verticalAlignment(): Excel.RangeFormat["verticalAlignment"] {
    return this.read("verticalAlignment");
  }
  set verticalAlignment(v: Excel.RangeFormat["verticalAlignment"]) {
    this.setCells("verticalAlignment", (f) => (f.verticalAlignment = v));
  }
  get wrapText(): boolean {
    return this.read("wrapText");
  }
  set wrapText(v: boolean) {
    this.setCells("wrapText", (f) => (f.wrapText = v));
  }
  get columnWidth(): number {
    return this.read("columnWidth");
  }
  set columnWidth(v: number) {
    this.write("format.columnWidth", ({ sheet, rects }) => {
      for (const r of rects) for (let c = r.left; c <= r.right; c++) sheet.columnWidths.set(c, v);
    });
  }
  get rowHeight(): number {
    return this.read("rowHeight");
  }
  set rowHeight(v: number) {
    this.write("format.rowHeight", ({ sheet, rects }) => {
      for (const r of rects) for (let i = r.top; i <= r.bottom; i++) sheet.rowHeights.set(i, v);
    });
  }
  protected scalar(name: string): unknown {
    throw new Error(`fake: RangeFormat.${name} is write-only in this fake`);
  }
}

class FakeDataValidation extends FakeProxy<Areas> implements XlDataValidation {
  get rule(): XlDataValidation["rule"] {
    return this.read("rule");
  }
  set rule(v: XlDataValidation["rule"]) {
    const source = v.list?.source;
    if (typeof source !== "string") throw new Error("fake: only list validations with a text source are modelled");
    this.write("dataValidation.rule", ({ sheet, rects }) => {
      for (const area of rects) sheet.validations.push({ area: { ...area }, list: source });
    });
  }
  protected scalar(name: string): unknown {
    throw new Error(`fake: DataValidation.${name}`);
  }
}

