import { profiles } from "../domain/profiles";
import { parseAddress } from "./address";
import { renderTemplate, textAreas, textsCutOff } from "./templateSpec";
import { textLines } from "./textFit";

/** Issue 14, print: no cell's text needs more lines than its row (or merged rows) can show. */

const LONG = "联络帮扶，立足光彩事业，积极引导非公有制企业履行社会责任并开展光彩事业帮扶活动";
const variants = [
  ["blank", {}],
  ["sample", { sample: true }],
  ["long names", { sample: true, department: `株洲市石峰区工商业联合会${LONG}`, projectName: LONG }],
  ["hubei", { sample: true, profile: profiles.hubei }],
] as const;

describe.each(["overall", "project"] as const)("%s template print layout", (kind) => {
  it.each(variants)("%s: every text fits its cell", (_name, options) => {
    expect(textsCutOff(renderTemplate(kind, { year: 2024, ...options }))).toEqual([]);
  });
});

describe.each(["overall", "project"] as const)("%s template row heights", (kind) => {
  it("are written for every printed row: a row left to the host prints at its 12.75 pt default, not one line of text", () => {
    const t = renderTemplate(kind, { year: 2024 });
    const last = parseAddress(t.print.area.split(":")[1] ?? "")?.row ?? -1;
    expect(last).toBeGreaterThan(20);
    const missing = Array.from({ length: last + 1 }, (_, r) => r).filter((r) => t.rowHeights[r] === undefined);
    expect(missing).toEqual([]);
  });
});

describe("text lines", () => {
  it("counts CJK characters as two width units and keeps explicit breaks", () => {
    expect(textLines("年度项目资金（万元）", 10)).toBeGreaterThan(2);
    expect(textLines("年度项目\n资金\n（万元）", 10)).toBe(3);
    expect(textLines("abc", 10)).toBe(1);
  });

  it("the narrow funds label breaks into at most three lines", () => {
    const t = renderTemplate("project", { year: 2024 });
    const heading = textAreas(t).find((a) => String(a.cell.value).includes("资金"));
    expect(heading?.lines).toBeLessThanOrEqual(3);
    expect(parseAddress(heading?.cell.address ?? "")?.col).toBe(0);
  });
});
