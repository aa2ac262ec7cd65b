import type { SheetKind, SheetInput } from "../domain/input";
import { parseAddress } from "./address";
import { classifyLabel, isTitleText } from "./labels";
import { readSheet } from "./readSheet";
import { LEVEL1_LABELS, LEVEL2_LABELS } from "./templateDefaults";
import type { TemplateCell, TemplateSheet } from "./templateSheet";
import { renderTemplate, templateGrid, TEMPLATE_NAMES } from "./templateSpec";
import { inputCellAddresses } from "./writePatch";

const KINDS: readonly SheetKind[] = ["overall", "project"];
const NOW = new Date(2025, 2, 15);

function readTemplate(t: TemplateSheet): SheetInput {
  const out = readSheet(templateGrid(t));
  if (out.status !== "read") throw new Error(`template did not read: ${JSON.stringify(out)}`);
  expect(out.diagnostics).toEqual([]);
  return out.input;
}

/** The cells holding a value (top-left of their merge, or unmerged). */
function valueCells(t: TemplateSheet): TemplateCell[] {
  const covered = new Set<string>();
  for (const range of t.merges) {
    const [a, b] = range.split(":").map(parseAddress);
    if (!a || !b) continue;
    for (let r = a.row; r <= b.row; r++)
      for (let c = a.col; c <= b.col; c++) if (r !== a.row || c !== a.col) covered.add(`${r},${c}`);
  }
  return t.cells.filter((c) => {
    const p = parseAddress(c.address);
    return p && !covered.has(`${p.row},${p.col}`);
  });
}

function computedSlots(input: SheetInput): string[] {
  const f = input.funds;
  return [
    f?.total.rate?.address,
    f?.total.score?.address,
    ...(f?.groups.flat().map((r) => r.rate?.address) ?? []),
    ...input.indicators.map((i) => i.score.address),
    input.footer?.total?.address,
    input.footer?.grade?.address,
  ].filter((a): a is string => a !== undefined);
}

describe.each(KINDS)("renderTemplate(%s)", (kind) => {
  const t = renderTemplate(kind, { sample: true, now: NOW, department: "石峰区工商业联合会", projectName: "非公有制中小微企业发展项目" });
  const cellAt = (address: string) => t.cells.find((c) => c.address === address);

  it("is named and titled for last year by default, or the year asked for", () => {
    expect(t.name).toBe(TEMPLATE_NAMES[kind]);
    expect(cellAt("A1")?.value).toBe(`2024年度${TEMPLATE_NAMES[kind]}（示例）`);
    expect(renderTemplate(kind, { year: 2031 }).cells.find((c) => c.address === "A1")?.value).toBe(`2031年度${TEMPLATE_NAMES[kind]}`);
    expect(cellAt("C2")?.value).toBe("石峰区工商业联合会");
  });

  it("reads back: every label the template wrote is one the reader knows, at the cell it wrote", () => {
    const input = readTemplate(t);
    expect(input.kind).toBe(kind);
    for (const c of valueCells(t)) {
      if (typeof c.value !== "string") continue;
      if (c.role === "title") expect(isTitleText(c.value)).toBe(true);
      // Every label, header and section cell, and the 备注 line (its continuation is prose).
      if (c.role === "label" || c.role === "header" || c.role === "section" || (c.role === "note" && c.value.startsWith("备注"))) {
        expect([c.value, classifyLabel(c.value)]).toEqual([c.value, expect.any(String)]);
      }
    }
    const labels = [input.funds?.heading, input.funds?.total.label, ...(input.funds?.groups.flat().map((r) => r.label) ?? []), input.footer?.label];
    for (const l of labels) expect(l && cellAt(l.address)?.value).toBe(l?.value);
    expect(input.funds?.total.label.value).toBe("合计");
    expect(input.funds?.groups[0].map((r) => r.role)).toEqual(["appropriation", "carryOver", "other"]);
  });

  it("hands every input cell to the engine and leaves every computed cell to the patch", () => {
    const input = readTemplate(t);
    const inputs = inputCellAddresses(input);
    const computed = new Set(computedSlots(input));
    // 项目总投资, 子项目, 其中：财政拨款 and 项目总实施期 are descriptive: SheetInput has no place for them.
    const notRead = kind === "project" ? ["H3", "C4", "H4", "C5"] : [];
    const cells = valueCells(t);
    const inputRoles = cells.filter((c) => c.role === "input" || c.role === "inputNumber" || c.role === "inputText");
    expect(inputRoles.map((c) => c.address).filter((a) => !inputs.has(a))).toEqual(notRead);
    const computedRole = cells.filter((c) => c.role === "computed").map((c) => c.address);
    expect(new Set(computedRole)).toEqual(computed);
    for (const a of computedRole) expect(inputs.has(a)).toBe(false);
    for (const a of computedRole) expect(cellAt(a)?.value).toBeNull();
  });

  it("starts with the seed's indicators, weights adding up to 100 with the funds' 10", () => {
    const input = readTemplate(t);
    const weights = input.indicators.map((i) => Number(i.weight.value));
    expect(Number(input.funds?.total.weight?.value) + weights.reduce((a, b) => a + b, 0)).toBe(100);
    expect(Number(input.footer?.weight?.value)).toBe(100);
    const byLevel1 = new Map<string, number>();
    for (const i of input.indicators) byLevel1.set(String(i.level1.value), (byLevel1.get(String(i.level1.value)) ?? 0) + Number(i.weight.value));
    expect(Object.fromEntries(byLevel1)).toEqual({ "产出指标(50分)": 50, "效益指标(30分)": 30, "满意度指标(10分)": 10 });
    for (const i of input.indicators) {
      expect(LEVEL2_LABELS).toContain(i.level2.value);
      expect(i.actual.kind === "single" && i.actual.cell.value).toBeNull();
      expect(i.score.value).toBeNull();
      expect(String(i.target.kind === "single" && i.target.cell.value)).not.toMatch(/\{year\}/);
    }
    expect(input.indicators[0].name.value).toBe(kind === "project" ? "拨付协会发展经费" : "走访调研企业、商会");
    if (kind === "project") expect(input.projectName?.value).toBe("非公有制中小微企业发展项目");
  });

  it("formats amounts 0.00, rates 0.00%, scores 0.00; computed cells filled and locked, inputs open", () => {
    const input = readTemplate(t);
    const fmt = (a: string | undefined) => {
      const c = a ? cellAt(a) : undefined;
      return c && (c.numberFormat ?? t.styles[c.role].numberFormat);
    };
    expect(fmt(input.funds?.total.annualBudget.address)).toBe("0.00");
    expect(fmt(input.funds?.total.rate?.address)).toBe("0.00%");
    expect(fmt(input.funds?.total.score?.address)).toBe("0.00");
    expect(fmt(input.indicators[0].score.address)).toBe("0.00");
    expect(fmt(input.footer?.total?.address)).toBe("0.00");
    // Nothing coloured prints that the official form lacks (issue 14): no fill on any role.
    for (const role of Object.keys(t.styles) as (keyof typeof t.styles)[]) expect(t.styles[role].fill).toBeUndefined();
    expect(t.styles.computed.locked).toBe(true);
    for (const role of ["input", "inputNumber", "inputText"] as const) expect(t.styles[role].locked).toBe(false);
    // Judgement scores look computed but stay open for the user.
    expect(cellAt(input.indicators[0].score.address)).toMatchObject({ role: "computed", locked: false });
    expect(cellAt(input.footer?.total?.address ?? "")?.locked).toBeUndefined();
  });

  it("lists 一级/二级 over exactly the indicator rows, prints A4 fit to width", () => {
    const input = readTemplate(t);
    const rows = input.indicators.map((i) => parseAddress(i.name.address)?.row ?? -1);
    const span = `${Math.min(...rows) + 1}:${Math.max(...rows) + 1}`;
    expect(t.validations).toEqual([
      { range: `B${span.replace(":", ":B")}`, list: LEVEL1_LABELS },
      { range: `C${span.replace(":", ":C")}`, list: LEVEL2_LABELS },
    ]);
    expect(t.print).toMatchObject({ paper: "A4", fitToWidth: true, titleRows: "1:2" });
    const lastRow = Math.max(...t.cells.map((c) => parseAddress(c.address)?.row ?? 0));
    expect(t.print.area).toBe(`A1:I${lastRow + 1}`);
    expect(t.columnWidths).toHaveLength(9);
  });

  it("has no overlapping merges and no cell outside columns A–I", () => {
    const seen = new Set<string>();
    for (const range of t.merges) {
      const [a, b] = range.split(":").map(parseAddress);
      expect(a && b).toBeTruthy();
      if (!a || !b) continue;
      for (let r = a.row; r <= b.row; r++)
        for (let c = a.col; c <= b.col; c++) {
          expect(seen.has(`${r},${c}`)).toBe(false);
          seen.add(`${r},${c}`);
        }
    }
    for (const c of t.cells) expect(parseAddress(c.address)?.col).toBeLessThan(9);
    expect(new Set(t.cells.map((c) => c.address)).size).toBe(t.cells.length);
  });
});

describe("templateGrid", () => {
  it("holds values, formats and merges as a freshly inserted sheet reads", () => {
    const t = renderTemplate("overall", { sample: true, year: 2024 });
    const g = templateGrid(t);
    expect(g.sheetName).toBe("部门整体支出绩效自评表");
    expect(g.values[0][0]).toBe("2024年度部门整体支出绩效自评表（示例）");
    expect(g.merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: 8 });
    expect(g.numberFormats?.[3][6]).toBe("0.00%");
    expect(g.values.every((r) => r.length === 9)).toBe(true);
  });
});
