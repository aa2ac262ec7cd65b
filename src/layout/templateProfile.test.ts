import { profiles } from "../domain/profiles";
import { cellAddress } from "./address";
import { checkWorkbook } from "./checkWorkbook";
import { PLACEHOLDER_NAME } from "./templateDefaults";
import { renderTemplate, templateGrid } from "./templateSpec";

/** Issue 14: blank means blank; templates follow the chosen profile. */

describe.each(["overall", "project"] as const)("%s template", (kind) => {
  it("is blank by default: the indicator rows hold only grey placeholders, which the reader skips", () => {
    const t = renderTemplate(kind, { year: 2024 });
    const names = t.cells.filter((c) => /^D\d+$/.test(c.address) && c.role !== "header" && c.value !== null);
    expect(names.length).toBeGreaterThan(9);
    expect(names.every((c) => c.value === PLACEHOLDER_NAME && c.role === "placeholder")).toBe(true);
    expect(t.styles.placeholder.fontColor).toBe("#A6A6A6");
    expect(t.cells.find((c) => c.address === "A1")?.value).toBe(`2024年度${t.name}`);
  });

  it("--sample fills the seed's rows and says so in the title", () => {
    const t = renderTemplate(kind, { year: 2024, sample: true });
    expect(t.cells.find((c) => c.address === "A1")?.value).toBe(`2024年度${t.name}（示例）`);
    expect(t.cells.some((c) => c.value === (kind === "overall" ? "走访调研企业、商会" : "拨付协会发展经费"))).toBe(true);
  });

  it.each(["national", "hubei", "sichuan"] as const)("follows the %s profile and checks clean of weight diagnostics under it", (name) => {
    const profile = profiles[name];
    for (const sample of [false, true]) {
      const t = renderTemplate(kind, { year: 2024, department: "某局", projectName: "某项目", sample, profile });
      expect(t.cells.some((c) => c.value === profile.weights.budget && /^F\d+$/.test(c.address))).toBe(true);
      const check = checkWorkbook([templateGrid(t)], profile);
      const all = [...check.sheets.flatMap((s) => s.result.diagnostics), ...check.broken.flatMap((b) => b.diagnostics)];
      expect(all.filter((d) => /^WEIGHT|LEVEL2/.test(d.code)).map((d) => `${d.code}@${d.cell}`)).toEqual([]);
      if (sample) expect(check.sheets[0]?.result.weightTotal.toNumber()).toBe(profile.weights.total);
    }
  });

  it.each(["national", "hubei", "sichuan"] as const)("blank under %s: one TEMPLATE_UNFILLED at the first indicator cell, no grade", (name) => {
    const profile = profiles[name];
    const t = renderTemplate(kind, { year: 2024, department: "某局", profile });
    const grid = templateGrid(t);
    const check = checkWorkbook([grid], profile);
    expect(check.sheets).toEqual([]);
    expect(check.broken).toHaveLength(1);
    const [sheet] = check.broken;
    expect(sheet.unfilled).toBe(true);
    // The first placeholder row is the first indicator row: the message points there.
    const row = grid.values.findIndex((r) => r[3] === PLACEHOLDER_NAME);
    expect(sheet.diagnostics.map((d) => `${d.severity} ${d.code}@${d.cell}`)).toEqual([`error TEMPLATE_UNFILLED@${cellAddress(row, 3)}`]);
  });

  it.each(["national", "hubei", "sichuan"] as const)("--sample under %s: only what is not filled in yet, no grade", (name) => {
    const profile = profiles[name];
    const check = checkWorkbook([templateGrid(renderTemplate(kind, { year: 2024, sample: true, profile }))], profile);
    const [sheet] = check.sheets;
    const codes = new Set(sheet.result.diagnostics.map((d) => d.code));
    expect([...codes]).toEqual(["REQUIRED_MISSING"]);
    const fields = new Set(sheet.result.diagnostics.map((d) => d.params.field));
    expect([...fields].every((f) => ["部门名称", "项目名称", "全年预算数", "全年执行数", "实际完成值"].includes(String(f)))).toBe(true);
    expect(sheet.result.grade.value).toBeNull();
  });

  it("with an amount typed in but no indicator row, is a table missing its indicators, not an unfilled template", () => {
    const grid = templateGrid(renderTemplate(kind, { year: 2024, department: "某局" }));
    const total = grid.values.findIndex((r) => r[1] === "合计");
    const values = grid.values.map((r, i) => (i === total ? r.map((v, c) => (c === 3 ? 100 : v)) : r));
    const [sheet] = checkWorkbook([{ ...grid, values }]).broken;
    expect(sheet.unfilled).toBeUndefined();
    expect(sheet.diagnostics.map((d) => d.code)).toEqual(["REQUIRED_MISSING"]);
  });
});
