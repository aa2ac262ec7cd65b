import { spawn, spawnSync } from "node:child_process";
import {
  chmodSync,
  chownSync,
  copyFileSync,
  existsSync,
  linkSync,
  lstatSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import * as path from "node:path";
import { addGridSheet, newWorkbook, writeWorkbook } from "../../src/xlsx";
import { sheetXml, textCell, xlsxPackage } from "../robustness/craftFiles";
import { hostileGrid } from "../robustness/hostileWorkbook";
import { filledSeedProject } from "./fillTemplate";
import { ensureCliBuilt, jixiao, removeTempDirs, ROOT, tempDir } from "./runJixiao";

/**
 * The command line's rough edges and hostile input, each through the real `jixiao` process:
 * mistyped options, each command's own hint, the exit codes the help states, outputs checked
 * before scoring, writes that keep mode, owner and symlinks and leave no temporary file, and a
 * terminal that no file, sheet or cell name can drive.
 */

// Each test spawns the CLI; a loaded machine must not trip the 5 s default.
jest.setTimeout(180_000);

beforeAll(() => ensureCliBuilt(), 240_000);
afterAll(() => removeTempDirs());

const EXAMPLE = path.join(ROOT, "examples", "shifeng-2020.xlsx");
const BUILT_WRITER = path.join(ROOT, "build", "cli", "writeOutput.js");

/** Characters that must never reach the terminal raw (the line feed separates lines). */
const RAW_HIDDEN = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

let work: string;
let filled: string;
beforeAll(async () => {
  work = tempDir("jixiao-hostile-cli-");
  filled = await filledSeedProject(work, jixiao);
}, 240_000);

describe("mistyped options", () => {
  it("are named in the chosen language with the command's usage, not Node's English", () => {
    const zh = jixiao(["score", filled, "--inplace"]);
    expect(zh.code).toBe(2);
    expect(zh.stdout).toBe("");
    expect(zh.stderr).toContain("未知选项：--inplace");
    expect(zh.stderr).toContain("是不是 --in-place");
    expect(zh.stderr).toContain("用法：jixiao score");
    expect(zh.stderr).not.toMatch(/Unknown option '|argument missing|does not take an argument/);

    const en = jixiao(["check", "--lang", "en", "--jsno", EXAMPLE]);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain("Unknown option: --jsno (did you mean --json?)");
    expect(en.stderr).toContain("Usage: jixiao check");

    const missing = jixiao(["score", filled, "-o"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("选项 -o 后面缺少值");

    const valued = jixiao(["check", "--json=yes", EXAMPLE]);
    expect(valued.code).toBe(2);
    expect(valued.stderr).toContain("选项 --json 不带值（收到：yes）");
  });
});

describe("each command's hints are its own", () => {
  it("template without -o asks for -o and never suggests --in-place", () => {
    for (const args of [
      ["template", "--kind", "project"],
      ["template", "--kind", "project", "extra.xlsx"],
      ["template", "--kind", "bogus", "-o", "x.xlsx"],
    ]) {
      const run = jixiao(args);
      expect(run.code).toBe(2);
      expect(run.stderr).not.toContain("--in-place");
      expect(run.stderr).toContain("jixiao template --kind");
    }
    expect(jixiao(["template", "--kind", "project"]).stderr).toContain("请用 -o 指定要生成的模板文件");
  });

  it("score's own misuse shows score's usage", () => {
    const run = jixiao(["score", "a.xlsx"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--in-place");
    expect(run.stderr).toContain("用法：jixiao score");
    expect(run.stderr).not.toContain("jixiao template");
  });
});

describe("exit codes are exactly those the help states", () => {
  it("the help states 0 no errors, 1 errors in the tables, 2 unreadable or misuse", () => {
    expect(jixiao(["--help"]).stdout).toContain("退出码：0 没有错误；1 表中有错误；2 有文件无法读取，或用法有误。");
  });

  it.each([
    ["help", () => ["--help"], 0],
    ["version", () => ["--version"], 0],
    ["misuse", () => ["check"], 2],
    ["check, a clean table", () => ["check", filled], 0],
    ["check, a table with errors", () => ["check", EXAMPLE], 1],
    ["check, an unreadable file", () => ["check", path.join(ROOT, "test", "fixtures", "files", "error.corrupt.xlsx")], 2],
    ["score, a clean table", () => ["score", filled, "-o", path.join(tempDir(), "out.xlsx")], 0],
    ["score, a table with errors left", () => ["score", EXAMPLE, "-o", path.join(tempDir(), "out.xlsx")], 1],
    ["score, an unreadable file", () => ["score", path.join(ROOT, "test", "fixtures", "files", "error.corrupt.xlsx"), "-o", path.join(tempDir(), "o.xlsx")], 2],
    ["template, written", () => ["template", "--kind", "overall", "-o", path.join(tempDir(), "t.xlsx")], 0],
    ["template, over a file without --force", () => ["template", "--kind", "overall", "-o", EXAMPLE], 2],
  ] as const)("%s → exit %p", (_, args, code) => {
    expect(jixiao(args()).code).toBe(code);
  });
});

describe("outputs are checked before any scoring", () => {
  it("-o into a missing folder: a message naming the folder, nothing scored, exit 2", () => {
    const missing = path.join(tempDir(), "no-such-folder");
    const run = jixiao(["score", filled, "-o", path.join(missing, "out.xlsx")]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(`输出文件夹不存在：${missing}`);
    expect(existsSync(missing)).toBe(false);
  });

  it("score -o over an existing file needs --force, as template does", () => {
    const dir = tempDir();
    const out = path.join(dir, "out.xlsx");
    writeFileSync(out, "mine");
    const refused = jixiao(["score", filled, "-o", out]);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe("");
    expect(refused.stderr).toContain(`文件已存在：${out}（要覆盖请加 --force）`);
    expect(readFileSync(out, "utf8")).toBe("mine");
    const forced = jixiao(["score", filled, "-o", out, "--force"]);
    expect(forced.code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
  });
});

describe("writing keeps the file the user's", () => {
  it("--in-place keeps a 0600 file 0600 (and 0640 under any umask)", () => {
    for (const mode of [0o600, 0o640]) {
      const dir = tempDir();
      const file = path.join(dir, "private.xlsx");
      copyFileSync(filled, file);
      chmodSync(file, mode);
      const run = jixiao(["score", file, "--in-place"]);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/写入 [1-9]\d* 个单元格/);
      expect(statSync(file).mode & 0o777).toBe(mode);
      expect(readdirSync(dir)).toEqual(["private.xlsx"]);
    }
  });

  it("--in-place keeps the owner where the system allows it", () => {
    const dir = tempDir();
    const file = path.join(dir, "theirs.xlsx");
    copyFileSync(filled, file);
    // Only root may give a file away; otherwise the owner is ours and must stay ours.
    const owner = process.getuid?.() === 0 ? { uid: 4242, gid: 4343 } : { uid: statSync(file).uid, gid: statSync(file).gid };
    chownSync(file, owner.uid, owner.gid);
    expect(jixiao(["score", file, "--in-place"]).code).toBe(0);
    expect({ uid: statSync(file).uid, gid: statSync(file).gid }).toEqual(owner);
  });

  it("a symlink stays a symlink: the file it points at is rewritten", () => {
    const dir = tempDir();
    const real = path.join(dir, "real.xlsx");
    const link = path.join(dir, "link.xlsx");
    copyFileSync(filled, real);
    chmodSync(real, 0o600);
    symlinkSync("real.xlsx", link);
    const run = jixiao(["score", link, "--in-place"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/写入 [1-9]\d* 个单元格/);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe("real.xlsx");
    expect(readFileSync(real).equals(readFileSync(filled))).toBe(false);
    expect(statSync(real).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir).sort()).toEqual(["link.xlsx", "real.xlsx"]);
    // -o through a link with --force: the link stays, its target gets the scored file.
    const out = path.join(dir, "out-link.xlsx");
    const target = path.join(dir, "target.xlsx");
    writeFileSync(target, "old");
    symlinkSync(target, out);
    expect(jixiao(["score", filled, "-o", out, "--force"]).code).toBe(0);
    expect(lstatSync(out).isSymbolicLink()).toBe(true);
    expect(readFileSync(target).subarray(0, 2).toString()).toBe("PK");
  });

  it("a hard link stays a separate name for the old bytes (rename replaces the name only)", () => {
    const dir = tempDir();
    const file = path.join(dir, "a.xlsx");
    copyFileSync(filled, file);
    linkSync(file, path.join(dir, "b.xlsx"));
    expect(jixiao(["score", file, "--in-place"]).code).toBe(0);
    expect(readFileSync(path.join(dir, "b.xlsx")).equals(readFileSync(filled))).toBe(true);
  });
});

/** A child process that writes a temp file beside `target` with the built writer and waits. */
function writerHeldBeforeRename(target: string) {
  const script = `
    const { beginWrite } = require(${JSON.stringify(BUILT_WRITER)});
    beginWrite(${JSON.stringify(target)}, new Uint8Array(1024)).then((w) => {
      process.stdout.write(w.temp + "\\n");
      setInterval(() => {}, 1000);
    });`;
  const child = spawn(process.execPath, ["-e", script], { stdio: ["ignore", "pipe", "inherit"] });
  const temp = new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString();
      if (out.endsWith("\n")) resolve(out.trim());
    });
    child.on("exit", () => reject(new Error(`writer exited before writing: ${out}`)));
  });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on("exit", (_code, signal) => resolve(signal)));
  return { child, temp, exited };
}

describe("a kill between write and rename leaves no temporary file", () => {
  it.each(["SIGTERM", "SIGINT", "SIGHUP"] as const)("%s: the temp file is removed as the process dies of it", async (signal) => {
    const dir = tempDir();
    const w = writerHeldBeforeRename(path.join(dir, "out.xlsx"));
    const temp = await w.temp;
    expect(existsSync(temp)).toBe(true);
    w.child.kill(signal);
    expect(await w.exited).toBe(signal);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("SIGKILL cannot be caught: the next write into the folder recognises the stale temp and removes it", async () => {
    const dir = tempDir();
    const w = writerHeldBeforeRename(path.join(dir, "out.xlsx"));
    const temp = await w.temp;
    w.child.kill("SIGKILL");
    expect(await w.exited).toBe("SIGKILL");
    expect(readdirSync(dir)).toEqual([path.basename(temp)]);
    // Another process's temp, still alive, and a look-alike user file are left alone.
    const liveTemp = path.basename(temp).replace(/-(\d+)-([0-9a-f]{8})\.tmp$/, `-${process.pid}-$2.tmp`).replace(/^\.out\.xlsx/, ".other.xlsx");
    writeFileSync(path.join(dir, liveTemp), "being written by a live process");
    writeFileSync(path.join(dir, "notes.jixiao.tmp"), "the user's");
    const run = jixiao(["score", filled, "-o", path.join(dir, "scored.xlsx")]);
    expect(run.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([liveTemp, "notes.jixiao.tmp", "scored.xlsx"].sort());
  });
});

describe("the terminal shows names, never obeys them", () => {
  const FILE_NAME = "报表\u001b]0;pwned\u0007\u202Exslx.\u2066.xlsx";
  const SHEET_NAME = "项目支出绩效自评表\u202E01\u009b31m";

  async function hostileNamedWorkbook(dir: string): Promise<string> {
    const handle = newWorkbook();
    const grid = hostileGrid();
    // A weight that a bidi override would show as “10”.
    const values = grid.values.map((row, r) => (r === 18 ? row.map((v, c) => (c === 6 ? "\u202E01" : v)) : row));
    addGridSheet(handle, { ...grid, values, sheetName: SHEET_NAME });
    const file = path.join(dir, FILE_NAME);
    writeFileSync(file, await writeWorkbook(handle));
    return file;
  }

  it("file, sheet and cell names in check, progress, score and error lines are shown as \\uXXXX", async () => {
    const dir = tempDir();
    const file = await hostileNamedWorkbook(dir);
    // Six copies in a folder: the batch path (workers; progress only on a terminal).
    for (let i = 1; i < 6; i++) copyFileSync(file, path.join(dir, `${i}${FILE_NAME}`));
    const runs = [
      jixiao(["check", dir]),
      jixiao(["check", "--lang", "en", file]),
      jixiao(["score", file, "-o", path.join(tempDir(), `out${FILE_NAME}`)]),
      jixiao(["score", path.join(dir, `missing${FILE_NAME}`), "-o", path.join(tempDir(), "o.xlsx")]),
      jixiao(["check", "--json", dir]),
    ];
    for (const run of runs) {
      expect(run.stdout + run.stderr).not.toMatch(RAW_HIDDEN);
    }
    const [batch, en, score, missing] = runs;
    // Not a terminal: nothing but the report (issue 15), where the file names stand escaped.
    expect(batch.stderr).toBe("");
    expect(batch.stdout).toContain("报表\\u001B]0;pwned\\u0007\\u202Exslx.\\u2066.xlsx");
    expect(batch.stdout).toContain("项目支出绩效自评表\\u202E01\\u009B31m");
    // Quoted cells: G18 holds a CSI and a NEL, G19 a right-to-left override.
    expect(en.stdout).toContain("The weight “\\u009B31m十分\\u0085”");
    expect(en.stdout).toContain("The weight “\\u202E01”");
    expect(score.stdout).toContain("项目支出绩效自评表\\u202E01\\u009B31m：总分");
    expect(missing.stderr).toContain("missing报表\\u001B]0;pwned");
  });

  it("--json stays exact JSON: the names parse back to the very characters", async () => {
    const dir = tempDir();
    const file = await hostileNamedWorkbook(dir);
    const run = jixiao(["check", "--json", file]);
    expect(run.stdout).not.toMatch(RAW_HIDDEN);
    const report = JSON.parse(run.stdout) as { files: { file: string; sheets: { sheet: string }[] }[] };
    expect(report.files[0].file).toBe(file);
    expect(report.files[0].sheets.map((s) => s.sheet)).toContain(SHEET_NAME);
  });

  it("a sheet name of 100,000 characters prints no library warning", async () => {
    const file = path.join(tempDir(), "long-name.xlsx");
    writeFileSync(file, await xlsxPackage(sheetXml([[1, textCell("A1", "说明")]]), "长".repeat(100_000)));
    const run = spawnSync(process.execPath, [path.join(ROOT, "bin", "jixiao.js"), "check", file], { encoding: "utf8", timeout: 120_000 });
    expect(run.stderr).toBe("");
    expect(run.stdout.length).toBeLessThan(2_000);
  });
});
