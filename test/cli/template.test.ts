import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { renderTemplate, templateGrid } from "../../src/layout/templateSpec";
import { readGrids } from "../../src/xlsx";
import { filledSeedProject } from "./fillTemplate";
import { ensureCliBuilt, jixiao, removeTempDirs, tempDir } from "./runJixiao";

/** `jixiao template` as a process: the file, its labels, LibreOffice, and the seed round trip. */

// Each test spawns the CLI; a loaded machine must not trip the 5 s default.
jest.setTimeout(180_000);

beforeAll(() => ensureCliBuilt(), 240_000);
afterAll(() => removeTempDirs());

async function gridsOf(file: string) {
  const outcome = await readGrids(new Uint8Array(readFileSync(file)));
  if (!outcome.ok) throw new Error(`${outcome.reason}: ${outcome.detail}`);
  return outcome.grids;
}

function hasSoffice(): boolean {
  return spawnSync("sh", ["-c", "command -v soffice"], { encoding: "utf8" }).status === 0;
}

describe("jixiao template", () => {
  it.each(["overall", "project"] as const)("writes a %s template whose every label reads back", async (kind) => {
    const file = path.join(tempDir(), `${kind}.xlsx`);
    const run = jixiao(["template", "--kind", kind, "--sample", "--year", "2020", "--department", "石峰区工商业联合会", "-o", file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`已生成模板 → ${file}`);
    const expected = templateGrid(renderTemplate(kind, { sample: true, year: 2020, department: "石峰区工商业联合会" }));
    const [grid] = await gridsOf(file);
    expect(grid.sheetName).toBe(expected.sheetName);
    let labels = 0;
    expected.values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null) return;
        labels++;
        expect([r, c, grid.values[r]?.[c] ?? null]).toEqual([r, c, value]);
        expect(grid.formulas?.[r]?.[c] ?? null).toBeNull();
      }),
    );
    expect(labels).toBeGreaterThan(40);
    expect(grid.values[0][0]).toBe(`2020年度${expected.sheetName}（示例）`);
    const key = (m: { top: number; left: number }) => m.top * 100 + m.left;
    expect([...grid.merges].sort((a, b) => key(a) - key(b))).toEqual([...expected.merges].sort((a, b) => key(a) - key(b)));
  });

  it("is a well-formed package that LibreOffice opens (headless PDF export)", () => {
    const dir = tempDir();
    const file = path.join(dir, "project.xlsx");
    expect(jixiao(["template", "--kind", "project", "-o", file]).code).toBe(0);
    const bytes = readFileSync(file);
    expect(bytes.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    const text = bytes.toString("latin1");
    for (const part of ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/styles.xml", "xl/worksheets/sheet1.xml"]) {
      expect(text).toContain(part);
    }
    expect(hasSoffice()).toBe(true);
    const profile = `file://${path.join(dir, "lo-profile")}`;
    const r = spawnSync(
      "soffice",
      [`-env:UserInstallation=${profile}`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", dir, file],
      { encoding: "utf8", timeout: 180_000 },
    );
    expect(r.status).toBe(0);
    const pdf = path.join(dir, "project.pdf");
    expect(existsSync(pdf)).toBe(true);
    const content = readFileSync(pdf).toString("latin1");
    expect(content.startsWith("%PDF")).toBe(true);
    expect((content.match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeGreaterThanOrEqual(1);
  }, 240_000);

  it("writes a department that looks like a formula as text", async () => {
    const file = path.join(tempDir(), "t.xlsx");
    expect(jixiao(["template", "--kind", "overall", "--department", "=HYPERLINK(\"http://x\",\"y\")", "-o", file]).code).toBe(0);
    const [grid] = await gridsOf(file);
    expect(grid.values[1][2]).toBe("=HYPERLINK(\"http://x\",\"y\")");
    expect(grid.formulas?.[1]?.[2] ?? null).toBeNull();
  });

  it("does not overwrite a file unless --force", () => {
    const file = path.join(tempDir(), "exists.xlsx");
    writeFileSync(file, "keep me");
    const refused = jixiao(["template", "--kind", "project", "-o", file]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("文件已存在");
    expect(readFileSync(file, "utf8")).toBe("keep me");
    expect(jixiao(["template", "--kind", "project", "-o", file, "--force"]).code).toBe(0);
    expect(readFileSync(file).subarray(0, 2).toString()).toBe("PK");
  });

  it.each([
    [["template", "-o", "x.xlsx"], "--kind"],
    [["template", "--kind", "department", "-o", "x.xlsx"], "--kind"],
    [["template", "--kind", "project", "--year", "20", "-o", "x.xlsx"], "--year"],
    [["template", "--kind", "project"], "-o"],
  ])("exits 2 for %j", (args, mention) => {
    const dir = tempDir();
    const run = jixiao(args, dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(mention);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe("a fresh template checked at once under its own profile", () => {
  it.each(["national", "hubei", "sichuan"] as const)("%s: reads as a template not filled in yet, one error, no grade", (profile) => {
    const dir = tempDir();
    const file = path.join(dir, "t.xlsx");
    expect(jixiao(["template", "--kind", "project", "--profile", profile, "-o", file]).code).toBe(0);
    const text = jixiao(["check", "--profile", profile, file]);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain("尚未填写的模板，不计总分和等级");
    expect(text.stdout).not.toContain("未能读出这张表");
    const json = JSON.parse(jixiao(["check", "--json", "--profile", profile, file]).stdout) as {
      files: { ok: boolean; sheets: { total: string | null; grade: string | null; diagnostics: { code: string; severity: string; cell: string }[] }[] }[];
    };
    const [sheet] = json.files[0].sheets;
    expect(json.files[0].ok).toBe(false);
    expect(sheet).toMatchObject({ total: null, grade: null });
    expect(sheet.diagnostics).toEqual([expect.objectContaining({ code: "TEMPLATE_UNFILLED", severity: "error", cell: "项目支出绩效自评表!D14" })]);
  });
});

describe("template → the seed's project values typed in → check", () => {
  it("scores 98.00 优 without errors and exits 0", async () => {
    const filled = await filledSeedProject(tempDir(), jixiao);

    const run = jixiao(["check", "--json", filled]);
    const report = JSON.parse(run.stdout) as {
      files: { ok: boolean; sheets: { sheet: string; total: string; grade: string; executionRate: string; diagnostics: { severity: string }[] }[] }[];
    };
    const [sheet] = report.files[0].sheets;
    expect(sheet).toMatchObject({ sheet: "项目支出绩效自评表", total: "98.00", grade: "优", executionRate: "1" });
    expect(sheet.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(report.files[0].ok).toBe(true);
    expect(run.code).toBe(0);
  });
});
