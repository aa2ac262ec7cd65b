import type {
  XlEventHandlerResult,
  XlEventHandlers,
  XlPageLayout,
  XlPageLayoutZoom,
  XlRange,
  XlRangeAreas,
  XlRuntime,
  XlSetting,
  XlSettingCollection,
  XlWorkbook,
  XlWorksheet,
  XlWorksheetChangedEvent,
  XlWorksheetCollection,
  XlWorksheetProtection,
} from "../../src/excel/officeTypes";
import {
  FakeExcelHost,
  FakeOfficeError,
  HostSheet,
  type Rect,
} from "./fakeHost";
import type {
  FakeRequestContext,
} from "./fakeExcel";
import {
  FakeProxy,
} from "./fakeProxy";
import {
  FakeRange,
  FakeRangeAreas,
  parseRect,
  type Areas,
} from "./fakeRange";

/** Fake workbook, runtime, settings and worksheets. */

// ---------- workbook, runtime, settings ----------

export class FakeRuntime extends FakeProxy<FakeExcelHost> implements XlRuntime {
  constructor(ctx: FakeRequestContext) {
    super(ctx, () => ctx.host, true);
  }
  get enableEvents(): boolean {
    return this.read("enableEvents");
  }
  set enableEvents(v: boolean) {
    this.write("enableEvents", (h) => (h.enableEvents = v), false);
  }
  protected scalar(name: string, ref: FakeExcelHost): unknown {
    if (name === "enableEvents") return ref.enableEvents;
    throw new Error(`fake: Runtime.${name}`);
  }
}

export class FakeWorkbook extends FakeProxy<FakeExcelHost> implements XlWorkbook {
  readonly worksheets: FakeWorksheets;
  readonly settings: FakeSettings;
  constructor(ctx: FakeRequestContext) {
    super(ctx, () => ctx.host, true);
    this.worksheets = new FakeWorksheets(ctx);
    this.settings = new FakeSettings(ctx);
  }
  protected scalar(name: string): unknown {
    throw new Error(`fake: Workbook.${name}`);
  }
}

class FakeSetting extends FakeProxy<string> implements XlSetting {
  get value(): unknown {
    return this.read("value");
  }
  protected scalar(name: string, key: string): unknown {
    if (name === "value") return this.ctx.host.settings.get(key);
    if (name === "key") return key;
    throw new Error(`fake: Setting.${name}`);
  }
}

class FakeSettings extends FakeProxy<Map<string, unknown>> implements XlSettingCollection {
  constructor(ctx: FakeRequestContext) {
    super(ctx, () => ctx.host.settings, true);
  }
  add(key: string, value: string | number | boolean): XlSetting {
    this.write("settings.add", (m) => m.set(key, value), false);
    return this.derive((r: () => string | null) => new FakeSetting(this.ctx, r), () => key);
  }
  getItemOrNullObject(key: string): XlSetting {
    return this.derive((r: () => string | null) => new FakeSetting(this.ctx, r), (m) => (m.has(key) ? key : null));
  }
  protected scalar(name: string): unknown {
    throw new Error(`fake: SettingCollection.${name}`);
  }
}

// ---------- worksheets ----------

const FORBIDDEN_NAME = /[[\]:*?/\\]/;

class FakeWorksheets extends FakeProxy<FakeExcelHost> implements XlWorksheetCollection {
  constructor(ctx: FakeRequestContext) {
    super(ctx, () => ctx.host, true);
  }
  get items(): XlWorksheet[] {
    return this.read("items");
  }
  readonly onChanged: XlEventHandlers = {
    add: (handler: (event: XlWorksheetChangedEvent) => Promise<unknown>): XlEventHandlerResult => {
      this.write("onChanged.add", (h) => h.handlers.add(handler), false);
      const host = this.ctx.host;
      return { remove: () => void host.handlers.delete(handler) };
    },
  };
  private sheet(f: (h: FakeExcelHost) => HostSheet | null): FakeWorksheet {
    return this.derive((r: () => HostSheet | null) => new FakeWorksheet(this.ctx, r), f);
  }
  getFirst(visibleOnly?: boolean): XlWorksheet {
    return this.sheet((h) => {
      const s = h.sheets.find((x) => !visibleOnly || x.visibility === "Visible");
      if (!s) throw new FakeOfficeError("ItemNotFound", "no worksheet");
      return s;
    });
  }
  getItem(key: string): XlWorksheet {
    return this.sheet((h) => {
      const s = h.findSheet(key);
      if (!s) throw new FakeOfficeError("ItemNotFound", `no worksheet ${key}`);
      return s;
    });
  }
  getItemOrNullObject(key: string): XlWorksheet {
    return this.sheet((h) => h.findSheet(key) ?? null);
  }
  add(name?: string): XlWorksheet {
    return this.sheet((h) => {
      h.beginChange();
      const n = name ?? `Sheet${h.sheets.length + 1}`;
      if (n.length > 31 || FORBIDDEN_NAME.test(n) || n.trim() === "" || /^'|'$/.test(n)) {
        throw new FakeOfficeError("InvalidArgument", `invalid sheet name ${n}`);
      }
      if (h.findSheet(n)) throw new FakeOfficeError("ItemAlreadyExists", `a sheet named ${n} exists`);
      const s = new HostSheet(h.newSheetId(), n);
      h.sheets.push(s);
      return s;
    });
  }
  protected override itemsOf(h: FakeExcelHost): FakeProxy<unknown>[] {
    return h.sheets.map((s) => new FakeWorksheet(this.ctx, () => s));
  }
  protected scalar(name: string): unknown {
    throw new Error(`fake: WorksheetCollection.${name}`);
  }
}

class FakeProtection extends FakeProxy<HostSheet> implements XlWorksheetProtection {
  get protected(): boolean {
    return this.read("protected");
  }
  protected scalar(name: string, s: HostSheet): unknown {
    if (name === "protected") return s.protected;
    throw new Error(`fake: WorksheetProtection.${name}`);
  }
}

class FakePageLayout extends FakeProxy<HostSheet> implements XlPageLayout {
  private set(key: string, v: unknown): void {
    this.write(`pageLayout.${key}`, (s) => (s.pageLayout[key] = v));
  }
  get paperSize(): Excel.PageLayout["paperSize"] {
    return this.read("paperSize");
  }
  set paperSize(v: Excel.PageLayout["paperSize"]) {
    this.set("paperSize", v);
  }
  get orientation(): Excel.PageLayout["orientation"] {
    return this.read("orientation");
  }
  set orientation(v: Excel.PageLayout["orientation"]) {
    this.set("orientation", v);
  }
  get centerHorizontally(): boolean {
    return this.read("centerHorizontally");
  }
  set centerHorizontally(v: boolean) {
    this.set("centerHorizontally", v);
  }
  get zoom(): XlPageLayoutZoom {
    return this.read("zoom");
  }
  set zoom(v: XlPageLayoutZoom) {
    this.set("zoom", { ...v });
  }
  setPrintArea(area: string): void {
    this.set("printArea", area);
  }
  setPrintTitleRows(rows: string): void {
    if (!/^\$\d+:\$\d+$/.test(rows)) throw new FakeOfficeError("InvalidArgument", `print title rows ${rows}`);
    this.set("printTitleRows", rows);
  }
  protected scalar(name: string, s: HostSheet): unknown {
    return s.pageLayout[name];
  }
}

/** "A1", "A1:C3", "A:C", "3:5", or the whole sheet. */
class FakeWorksheet extends FakeProxy<HostSheet> implements XlWorksheet {
  get id(): string {
    return this.read("id");
  }
  get name(): string {
    return this.read("name");
  }
  get visibility(): string {
    return this.read("visibility");
  }
  get protection(): XlWorksheetProtection {
    return this.nav("protection", () => this.derive((r: () => HostSheet | null) => new FakeProtection(this.ctx, r), (s) => s));
  }
  get pageLayout(): XlPageLayout {
    return this.nav("pageLayout", () => this.derive((r: () => HostSheet | null) => new FakePageLayout(this.ctx, r), (s) => s));
  }
  protected override child(name: string): FakeProxy<unknown> | undefined {
    if (name === "protection") return this.protection as FakeProtection;
    return undefined;
  }
  getNextOrNullObject(visibleOnly?: boolean): XlWorksheet {
    return this.derive(
      (r: () => HostSheet | null) => new FakeWorksheet(this.ctx, r),
      (s) => {
        const sheets = this.ctx.host.sheets;
        return sheets.slice(sheets.indexOf(s) + 1).find((x) => !visibleOnly || x.visibility === "Visible") ?? null;
      },
    );
  }
  private range(f: (s: HostSheet) => Rect): FakeRange {
    return this.derive((r: () => Areas | null) => new FakeRange(this.ctx, r), (s) => ({ sheet: s, rects: [f(s)] }));
  }
  getUsedRange(valuesOnly?: boolean): XlRange {
    return this.range((s) => {
      const keys = [...s.cells.keys()];
      if (!valuesOnly) keys.push(...s.numberFormats.keys(), ...s.formats.keys());
      if (keys.length === 0) return { top: 0, left: 0, bottom: 0, right: 0 };
      const cells = keys.map((k) => k.split(",").map(Number));
      return {
        top: Math.min(...cells.map(([r]) => r)),
        left: Math.min(...cells.map(([, c]) => c)),
        bottom: Math.max(...cells.map(([r]) => r)),
        right: Math.max(...cells.map(([, c]) => c)),
      };
    });
  }
  getRange(address?: string): XlRange {
    return this.range(() => parseRect(address));
  }
  getRanges(address?: string): XlRangeAreas {
    return this.derive(
      (r: () => Areas | null) => new FakeRangeAreas(this.ctx, r),
      (s) => ({ sheet: s, rects: address === undefined ? [parseRect(undefined)] : address.split(/[,;]/).map((a) => parseRect(a)) }),
    );
  }
  activate(): void {
    this.write("activate", (s) => {
      // Excel shows only visible sheets; a hidden or very hidden one cannot be made active.
      if (s.visibility !== "Visible") throw new FakeOfficeError("InvalidOperation", `worksheet ${s.name} is ${s.visibility}; it cannot be activated`);
      this.ctx.host.activeSheetId = s.id;
    }, false);
  }
  protected scalar(name: string, s: HostSheet): unknown {
    switch (name) {
      case "id":
        return s.id;
      case "name":
        return s.name;
      case "visibility":
        return s.visibility;
      default:
        throw new Error(`fake: Worksheet.${name}`);
    }
  }
}

