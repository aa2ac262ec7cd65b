import { chmodSync, copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { ensureCliBuilt, jixiao, removeTempDirs, ROOT, tempDir } from "../cli/runJixiao";
import { CRAFTED, type CraftedFile } from "./craftFiles";

/**
 * Files from other offices, as the `jixiao` process sees them: empty, truncated, damaged, zips
 * without a workbook, CSV renamed .xlsx, an OLE .xls, a good .xlsx named .xls, a sheet claiming
 * A1:XFD1048576, cells beyond XFD, 120,000 rows, 16,384 columns. Each gets a clear message and
 * the right exit code, the other files of the run are still checked, no input byte changes and
 * nothing partial is left behind. (Corrupt, text-renamed and password-protected files are
 * test/cli's; the cases here are the rest.)
 */

// Each test spawns the CLI (a few hundred ms); a slow CI machine must not trip the 5 s default.
jest.setTimeout(120_000);

beforeAll(() => ensureCliBuilt(), 240_000);
afterAll(() => removeTempDirs());

let crafted: Awaited<ReturnType<typeof craftedFolder>>;
beforeAll(async () => {
  crafted = await craftedFolder();
}, 120_000);

const EXAMPLE = path.join(ROOT, "examples", "shifeng-2020.xlsx");

interface JsonFileReport {
  readonly file: string;
  readonly ok: boolean;
  readonly error?: string;
  readonly sheets: readonly unknown[];
}

/** Every crafted file written into a fresh folder, with its bytes kept to compare afterwards. */
async function craftedFolder(): Promise<{ dir: string; files: { file: CraftedFile; at: string; bytes: Buffer }[] }> {
  const dir = tempDir("jixiao-hostile-");
  const files = [];
  for (const file of CRAFTED) {
    const at = path.join(dir, file.name);
    writeFileSync(at, await file.bytes());
    files.push({ file, at, bytes: readFileSync(at) });
  }
  return { dir, files };
}

const REASON: Readonly<Record<string, RegExp>> = {
  "hostile-empty.xlsx": /^不是 \.xlsx 文件/,
  "hostile-truncated-half.xlsx": /^文件已损坏/,
  "hostile-truncated-header.xlsx": /^文件已损坏/,
  "hostile-damaged-sheet.xlsx": /^文件已损坏/,
  "hostile-zip-without-workbook.xlsx": /^不是 \.xlsx 文件/,
  "hostile-csv.xlsx": /^不是 \.xlsx 文件/,
  "hostile-ole.xls": /密码.*旧版 \.xls|旧版 \.xls.*密码/,
  "hostile-beyond-xfd.xlsx": /^文件已损坏/,
  "hostile-control-chars.xlsx": /^文件已损坏/,
};

describe("jixiao check on crafted files", () => {
  it("reports each unreadable file with its reason, still checks the others, exits 2, changes no byte", () => {
    const inputs = [crafted.files[0].at, EXAMPLE, ...crafted.files.slice(1).map((f) => f.at)];
    const example = readFileSync(EXAMPLE);
    const run = jixiao(["check", "--json", ...inputs]);
    expect(run.code).toBe(2);
    const report = JSON.parse(run.stdout) as { files: JsonFileReport[] };
    expect(report.files.map((f) => f.file)).toEqual(inputs);
    for (const { file, at } of crafted.files) {
      const entry = report.files.find((f) => f.file === at);
      if (file.outcome === "unreadable") {
        expect({ name: file.name, ok: entry?.ok, error: entry?.error }).toEqual({ name: file.name, ok: false, error: expect.stringMatching(REASON[file.name]) });
        expect(run.stderr).toContain(at);
      } else {
        expect({ name: file.name, error: entry?.error }).toEqual({ name: file.name, error: undefined });
      }
    }
    // The seed example, between the bad files, is checked as usual.
    const seed = report.files.find((f) => f.file === EXAMPLE);
    expect(seed?.sheets).toHaveLength(2);
    for (const { at, bytes } of crafted.files) expect(readFileSync(at).equals(bytes)).toBe(true);
    expect(readFileSync(EXAMPLE).equals(example)).toBe(true);
  }, 180_000);

  it("says which sheets were too big and read only up to the caps", () => {
    const big = ["hostile-dimension-bomb.xlsx", "hostile-many-rows.xlsx", "hostile-wide-row.xlsx"].map((n) => path.join(crafted.dir, n));
    const run = jixiao(["check", ...big]);
    expect(run.code).toBe(0);
    expect(run.stdout.match(/太大（\d+ 行 × \d+ 列），只读取了前 100000 行、200 列/g)).toHaveLength(3);
    expect(run.stdout).toContain("1048576 行 × 16384 列");
    expect(run.stdout).toContain("120000 行 × 2 列");
  }, 180_000);

  it("reads a good workbook whatever its extension (.xls)", () => {
    const run = jixiao(["check", path.join(crafted.dir, "hostile-xlsx-named.xls")]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("没有找到部门整体支出绩效自评表或项目支出绩效自评表");
  });

  it("a folder of them: every .xlsx and .xls in it is reported", () => {
    const run = jixiao(["check", "--json", crafted.dir]);
    expect(run.code).toBe(2);
    const names = (JSON.parse(run.stdout) as { files: JsonFileReport[] }).files.map((f) => path.basename(f.file));
    expect(names).toEqual(CRAFTED.map((f) => f.name).filter((n) => /\.xlsx?$/.test(n)).sort());
  }, 180_000);
});

describe("jixiao score on crafted files", () => {
  it.each(CRAFTED.filter((f) => f.outcome === "unreadable").map((f) => [f.name] as const))(
    "%s: exit 2, the reason on stderr, no output and no temporary file left",
    (name) => {
      const input = path.join(crafted.dir, name);
      const before = readFileSync(input);
      const out = tempDir("jixiao-out-");
      const run = jixiao(["score", input, "-o", path.join(out, "scored.xlsx")]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(input);
      expect(run.stderr.replace(/^jixiao: [^:]*: /, "")).toMatch(REASON[name]);
      expect(readdirSync(out)).toEqual([]);
      expect(readFileSync(input).equals(before)).toBe(true);
    },
  );
});

/** True when this process can write into a folder it made read-only (root can). */
function chmodStopsWrites(): boolean {
  const dir = tempDir("jixiao-ro-probe-");
  chmodSync(dir, 0o555);
  try {
    writeFileSync(path.join(dir, "probe"), "x");
    return false;
  } catch {
    return true;
  } finally {
    chmodSync(dir, 0o755);
  }
}

describe("jixiao score where it cannot write", () => {
  let input: string;
  let before: Buffer;
  beforeAll(() => {
    input = path.join(tempDir(), "seed.xlsx");
    copyFileSync(EXAMPLE, input);
    before = readFileSync(input);
  });

  it("an output folder that cannot be written: exit 2, a clear message, nothing left behind", () => {
    const work = tempDir("jixiao-out-");
    let outDir: string;
    if (chmodStopsWrites()) {
      // An ordinary user: a real read-only folder.
      outDir = path.join(work, "read-only");
      mkdirSync(outDir);
      chmodSync(outDir, 0o555);
    } else {
      // Root (CI containers) writes through chmod 555, so the honest equivalent is a folder that
      // cannot hold files at all: the output's parent is a regular file (ENOTDIR).
      outDir = path.join(work, "not-a-folder");
      writeFileSync(outDir, "a file where the output folder should be");
    }
    const run = jixiao(["score", input, "-o", path.join(outDir, "scored.xlsx")]);
    if (existsSync(outDir) && readdirSync(work).includes("read-only")) chmodSync(outDir, 0o755);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/无法写入 .*scored\.xlsx（(EACCES|ENOTDIR|EPERM|EROFS)）/);
    expect(readdirSync(work)).toEqual([path.basename(outDir)]);
    if (readdirSync(work).includes("read-only")) expect(readdirSync(outDir)).toEqual([]);
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  it("an output folder that does not exist: exit 2, nothing created", () => {
    const work = tempDir("jixiao-out-");
    const run = jixiao(["score", input, "-o", path.join(work, "no", "such", "folder", "scored.xlsx")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("输出文件夹不存在");
    expect(readdirSync(work)).toEqual([]);
  });

  it("the output is the input through a symbolic link: refused without --in-place", () => {
    const link = path.join(tempDir("jixiao-link-"), "link.xlsx");
    symlinkSync(input, link);
    const run = jixiao(["score", input, "-o", link]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--in-place");
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  it("the output is a hard link to the input: the new file replaces the link, the input's bytes stay", () => {
    const dir = tempDir("jixiao-link-");
    const link = path.join(dir, "hard.xlsx");
    linkSync(input, link);
    const run = jixiao(["score", input, "-o", link]);
    expect([0, 2]).toContain(run.code);
    expect(readFileSync(input).equals(before)).toBe(true);
    expect(readdirSync(dir).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });
});
