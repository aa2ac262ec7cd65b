import { copyFileSync, mkdirSync, readFileSync, readdirSync, statSync } from "node:fs";
import * as path from "node:path";
import { readGrids } from "../../src/xlsx";
import { filledSeedProject } from "./fillTemplate";
import { ensureCliBuilt, jixiao, removeTempDirs, ROOT, tempDir } from "./runJixiao";

/** `jixiao score` as a process: a scored copy, the input untouched, idempotence, --in-place. */

// Each test spawns the CLI; a loaded machine must not trip the 5 s default.
jest.setTimeout(180_000);

beforeAll(() => ensureCliBuilt(), 240_000);
afterAll(() => removeTempDirs());

const EXAMPLE = path.join(ROOT, "examples", "shifeng-2020.xlsx");

async function projectGrid(file: string) {
  const outcome = await readGrids(new Uint8Array(readFileSync(file)));
  if (!outcome.ok) throw new Error(outcome.detail);
  const grid = outcome.grids.find((g) => g.sheetName === "项目支出绩效自评表");
  if (!grid) throw new Error("no project sheet");
  return grid;
}

/** Every cell holding a jixiao formula: address → [formula, cached value]. */
async function ownedCells(file: string): Promise<Map<string, [string, unknown]>> {
  const grid = await projectGrid(file);
  const owned = new Map<string, [string, unknown]>();
  grid.formulas?.forEach((row, r) =>
    row.forEach((f, c) => {
      // A marked score or one of jixiao's arithmetic formulas (layout/formulas.ts), with what it shows.
      if (f?.includes('N("jixiao")') || (f && /^=IF\(/.test(f) && grid.values[r][c] !== null)) owned.set(`${String.fromCharCode(65 + c)}${r + 1}`, [f, grid.values[r][c]]);
    }),
  );
  return owned;
}

const tempFiles = (dir: string) => readdirSync(dir).filter((n) => n.endsWith(".tmp"));

describe("jixiao score", () => {
  let dir: string;
  let filled: string;
  beforeAll(async () => {
    dir = tempDir();
    filled = await filledSeedProject(dir, jixiao);
  }, 120_000);

  it("writes the computed cells into a copy and leaves the input's bytes unchanged", async () => {
    const before = readFileSync(filled);
    const out = path.join(dir, "scored.xlsx");
    const run = jixiao(["score", filled, "-o", out]);
    expect(run.code).toBe(0);
    expect(readFileSync(filled).equals(before)).toBe(true);
    const written = /写入 (\d+) 个单元格 → (.+)$/m.exec(run.stdout);
    expect(written?.[2]).toBe(out);
    const owned = await ownedCells(out);
    expect(Number(written?.[1])).toBe(owned.size);
    expect(owned.size).toBeGreaterThanOrEqual(4);
    // 执行率 and 得分 are jixiao's formulas with their values cached for any reader. The seed's scores
    // are typed as text ("10　"), which SUM cannot add: 总分 and 等级 get the marked figures instead.
    const values = [...owned.values()];
    expect(values).toContainEqual([expect.stringContaining("ROUND(F7*MAX(0,MIN(E7/D7,1)),2)"), 10]);
    expect(values).toContainEqual(['=98+N("jixiao")', 98]);
    expect(values).toContainEqual(['="等级：优"&T(N("jixiao"))', "等级：优"]);
    expect(run.stdout).toContain("项目支出绩效自评表：总分 98.00，等级 优");
    expect(await ownedCells(filled)).toEqual(new Map());
  });

  it("writes 0 cells when run on its own output, and the result still checks as 98.00 优", () => {
    const once = path.join(dir, "once.xlsx");
    const twice = path.join(dir, "twice.xlsx");
    expect(jixiao(["score", filled, "-o", once]).code).toBe(0);
    const run = jixiao(["score", once, "-o", twice]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`写入 0 个单元格 → ${twice}`);
    const check = jixiao(["check", "--json", twice]);
    expect(check.code).toBe(0);
    expect(JSON.parse(check.stdout).files[0].sheets[0]).toMatchObject({ total: "98.00", grade: "优" });
  });

  it("refuses to write over its input without --in-place, however the path is spelled", () => {
    const before = readFileSync(filled);
    for (const output of [filled, path.join(dir, ".", "..", path.basename(dir), "filled.xlsx")]) {
      const run = jixiao(["score", filled, "-o", output]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain("--in-place");
    }
    expect(readFileSync(filled).equals(before)).toBe(true);
  });

  it("rewrites the input atomically with --in-place, then leaves it alone when nothing changes", async () => {
    const work = tempDir();
    const file = path.join(work, "项目.xlsx");
    copyFileSync(filled, file);
    const first = jixiao(["score", file, "--in-place"]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/写入 [1-9]\d* 个单元格/);
    expect((await ownedCells(file)).size).toBeGreaterThanOrEqual(4);
    expect(tempFiles(work)).toEqual([]);
    expect(readdirSync(work)).toEqual(["项目.xlsx"]);

    const scored = readFileSync(file);
    const mtime = statSync(file).mtimeMs;
    const second = jixiao(["score", file, "--in-place"]);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain("写入 0 个单元格");
    expect(readFileSync(file).equals(scored)).toBe(true);
    expect(statSync(file).mtimeMs).toBe(mtime);
  });

  it("never overwrites a score the user typed (the seed's own sheets: 0 cells)", () => {
    const out = path.join(tempDir(), "seed-scored.xlsx");
    const run = jixiao(["score", EXAMPLE, "-o", out]);
    // Written, but the seed's tables still have errors: exit 1, as the help says.
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("写入 0 个单元格");
    expect(run.stdout).toMatch(/表中还有 \d+ 个错误/);
  });

  it("refuses an output that is a folder before scoring, and exits 2", () => {
    const work = tempDir();
    const target = path.join(work, "a-folder.xlsx");
    mkdirSync(target);
    const run = jixiao(["score", filled, "-o", target, "--force"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("输出路径是一个文件夹");
    expect(run.stdout).toBe("");
    expect(readdirSync(work)).toEqual(["a-folder.xlsx"]);
    expect(readdirSync(target)).toEqual([]);
  });

  it.each([
    ["error.encrypted.xlsx", "密码"],
    ["error.not-xlsx.xlsx", "不是 .xlsx 文件"],
    ["error.corrupt.xlsx", "文件已损坏"],
  ])("exits 2 without writing anything for %s", (name, message) => {
    const work = tempDir();
    const out = path.join(work, "out.xlsx");
    const run = jixiao(["score", path.join(ROOT, "test", "fixtures", "files", name), "-o", out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(readdirSync(work)).toEqual([]);
  });

  it.each([
    [["score", "a.xlsx"], "-o"],
    [["score", "a.xlsx", "b.xlsx", "-o", "c.xlsx"], "一个输入文件"],
    [["score", "a.xlsx", "--in-place", "-o", "b.xlsx"], "--in-place"],
  ])("exits 2 for %j", (args, mention) => {
    const run = jixiao(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(mention);
  });
});
