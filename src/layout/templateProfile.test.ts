import { profiles } from "../domain/profiles";
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
});
