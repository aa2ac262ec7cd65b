import type { XlConditionalFormat, XlConditionalFormatCollection, XlCustomConditionalFormat } from "../../src/excel/officeTypes";
import { assertFormulaLimits, FakeOfficeError, HostSheet, type HostConditionalFormat, type Rect } from "./fakeHost";
import type { FakeRequestContext } from "./fakeExcel";
import { FakeProxy } from "./fakeProxy";
import { intersects, type Areas } from "./fakeRange";

/**
 * Fake conditional formats, positional like Excel's: a sheet's rules are kept in priority order
 * (index 0 first), add() inserts at the top priority, and a ConditionalFormat proxy stands for a
 * POSITION in its collection (its id is its priority), looked up when each operation runs. So
 * deleting in list order shifts the later items and the next delete hits the wrong rule.
 */

/** A rule by position: the index-th rule of the sheet overlapping `rects`, at the time of use. */
interface CfRef {
  readonly sheet: HostSheet;
  readonly rects: readonly Rect[];
  readonly index: number;
}

function inCollection(sheet: HostSheet, rects: readonly Rect[]): HostConditionalFormat[] {
  return sheet.conditionalFormats.filter((cf) => cf.areas.some((a) => rects.some((r) => intersects(a, r))));
}

/** The rule a positional reference points at now; ItemNotFound past the end. */
function ruleAt({ sheet, rects, index }: CfRef): HostConditionalFormat {
  const cf = inCollection(sheet, rects)[index];
  if (!cf) throw new FakeOfficeError("ItemNotFound", `no conditional format at priority ${index}`);
  return cf;
}

let cfIds = 1;

export class FakeConditionalFormats extends FakeProxy<Areas> implements XlConditionalFormatCollection {
  get items(): XlConditionalFormat[] {
    return this.read("items");
  }
  add(type: "Custom"): XlConditionalFormat {
    return this.derive((r: () => CfRef | null) => new FakeConditionalFormat(this.ctx, r), ({ sheet, rects }) => {
      this.ctx.host.beginChange();
      const cf: HostConditionalFormat = { id: `{cf-${cfIds++}}`, type, areas: rects.map((x) => ({ ...x })) };
      // "Adds a new conditional format to the collection at the first/top priority."
      sheet.conditionalFormats.unshift(cf);
      return { sheet, rects, index: 0 };
    });
  }
  protected override itemsOf({ sheet, rects }: Areas): FakeProxy<unknown>[] {
    return inCollection(sheet, rects).map((_, index) => new FakeConditionalFormat(this.ctx, () => ({ sheet, rects, index })));
  }
  protected scalar(name: string): unknown {
    throw new Error(`fake: ConditionalFormatCollection.${name}`);
  }
}

class FakeConditionalFormat extends FakeProxy<CfRef> implements XlConditionalFormat {
  get type(): string {
    return this.read("type");
  }
  get custom(): XlCustomConditionalFormat {
    return this.nav("custom", () =>
      this.derive((r: () => CfRef | null) => new FakeCustomFormat(this.ctx, r), (ref) => {
        if (ruleAt(ref).type !== "Custom") throw new FakeOfficeError("InvalidOperation", "not a custom conditional format");
        return ref;
      }),
    );
  }
  get customOrNullObject(): XlCustomConditionalFormat {
    return this.nav("customOrNullObject", () =>
      this.derive((r: () => CfRef | null) => new FakeCustomFormat(this.ctx, r), (ref) => (ruleAt(ref).type === "Custom" ? ref : null)),
    );
  }
  delete(): void {
    this.write("conditionalFormat.delete", (ref) => {
      const cf = ruleAt(ref);
      ref.sheet.conditionalFormats = ref.sheet.conditionalFormats.filter((x) => x !== cf);
    });
  }
  protected override child(name: string): FakeProxy<unknown> | undefined {
    if (name === "custom") return this.custom as FakeCustomFormat;
    if (name === "customOrNullObject") return this.customOrNullObject as FakeCustomFormat;
    return undefined;
  }
  protected scalar(name: string, ref: CfRef): unknown {
    if (name === "type") return ruleAt(ref).type;
    // Excel: id and priority are the position in the collection.
    if (name === "id" || name === "priority") return String(ref.index);
    throw new Error(`fake: ConditionalFormat.${name}`);
  }
}

class FakeCfRule extends FakeProxy<CfRef> {
  get formula(): string {
    return this.read("formula");
  }
  set formula(v: string) {
    this.write("rule.formula", (ref) => {
      assertFormulaLimits(v);
      ruleAt(ref).formula = v;
    }, true, v);
  }
  protected scalar(name: string, ref: CfRef): unknown {
    if (name === "formula") return ruleAt(ref).formula ?? "";
    throw new Error(`fake: ConditionalFormatRule.${name}`);
  }
}

class FakeCfColor extends FakeProxy<CfRef> {
  constructor(
    ctx: FakeRequestContext,
    resolve: () => CfRef | null,
    private readonly key: "fill" | "fontColor",
  ) {
    super(ctx, resolve);
  }
  get color(): string {
    return this.read("color");
  }
  set color(v: string) {
    this.write(`cf.${this.key}`, (ref) => (ruleAt(ref)[this.key] = v));
  }
  protected scalar(name: string, ref: CfRef): unknown {
    if (name === "color") return ruleAt(ref)[this.key];
    throw new Error(`fake: ${name}`);
  }
}

class FakeCustomFormat extends FakeProxy<CfRef> implements XlCustomConditionalFormat {
  get rule(): FakeCfRule {
    return this.nav("rule", () => this.derive((r: () => CfRef | null) => new FakeCfRule(this.ctx, r), (x) => x));
  }
  get format(): { readonly fill: FakeCfColor; readonly font: FakeCfColor } {
    const fill = this.nav("fill", () => this.derive((r: () => CfRef | null) => new FakeCfColor(this.ctx, r, "fill"), (x) => x));
    const font = this.nav("font", () => this.derive((r: () => CfRef | null) => new FakeCfColor(this.ctx, r, "fontColor"), (x) => x));
    return { fill, font };
  }
  protected override child(name: string): FakeProxy<unknown> | undefined {
    if (name === "rule") return this.rule;
    return undefined;
  }
  protected scalar(name: string): unknown {
    throw new Error(`fake: CustomConditionalFormat.${name}`);
  }
}

/** The address of a sheet's cell, for assertions. */
