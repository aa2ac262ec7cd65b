import type { XlConditionalFormat, XlConditionalFormatCollection, XlCustomConditionalFormat } from "../../src/excel/officeTypes";
import { FakeOfficeError, HostSheet, type HostConditionalFormat } from "./fakeHost";
import type { FakeRequestContext } from "./fakeExcel";
import { FakeProxy } from "./fakeProxy";
import { intersects, type Areas } from "./fakeRange";

/** Fake conditional formats: the custom rules jixiao's problem marks are made of. */


interface CfRef {
  readonly sheet: HostSheet;
  readonly cf: HostConditionalFormat;
}

let cfIds = 1;

export class FakeConditionalFormats extends FakeProxy<Areas> implements XlConditionalFormatCollection {
  get items(): XlConditionalFormat[] {
    return this.read("items");
  }
  add(type: "Custom"): XlConditionalFormat {
    return this.derive((r: () => CfRef | null) => new FakeConditionalFormat(this.ctx, r), ({ sheet, rects }) => {
      const cf: HostConditionalFormat = { id: `{cf-${cfIds++}}`, type, areas: rects.map((x) => ({ ...x })) };
      sheet.conditionalFormats.push(cf);
      return { sheet, cf };
    });
  }
  protected override itemsOf({ sheet, rects }: Areas): FakeProxy<unknown>[] {
    return sheet.conditionalFormats
      .filter((cf) => cf.areas.some((a) => rects.some((r) => intersects(a, r))))
      .map((cf) => new FakeConditionalFormat(this.ctx, () => ({ sheet, cf })));
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
        if (ref.cf.type !== "Custom") throw new FakeOfficeError("InvalidOperation", "not a custom conditional format");
        return ref;
      }),
    );
  }
  get customOrNullObject(): XlCustomConditionalFormat {
    return this.nav("customOrNullObject", () =>
      this.derive((r: () => CfRef | null) => new FakeCustomFormat(this.ctx, r), (ref) => (ref.cf.type === "Custom" ? ref : null)),
    );
  }
  delete(): void {
    this.write("conditionalFormat.delete", ({ sheet, cf }) => {
      sheet.conditionalFormats = sheet.conditionalFormats.filter((x) => x !== cf);
    });
  }
  protected override child(name: string): FakeProxy<unknown> | undefined {
    if (name === "custom") return this.custom as FakeCustomFormat;
    if (name === "customOrNullObject") return this.customOrNullObject as FakeCustomFormat;
    return undefined;
  }
  protected scalar(name: string, { cf }: CfRef): unknown {
    if (name === "type") return cf.type;
    if (name === "id") return cf.id;
    throw new Error(`fake: ConditionalFormat.${name}`);
  }
}

class FakeCfRule extends FakeProxy<CfRef> {
  get formula(): string {
    return this.read("formula");
  }
  set formula(v: string) {
    this.write("rule.formula", ({ cf }) => (cf.formula = v));
  }
  protected scalar(name: string, { cf }: CfRef): unknown {
    if (name === "formula") return cf.formula ?? "";
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
    this.write(`cf.${this.key}`, ({ cf }) => (cf[this.key] = v));
  }
  protected scalar(name: string, { cf }: CfRef): unknown {
    if (name === "color") return cf[this.key];
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
