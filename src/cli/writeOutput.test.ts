import { spawnSync } from "node:child_process";
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { beginWrite, isStaleTemp, outputProblem, removePendingTemps, removeStaleTemps, writeAtomic, writeTarget } from "./writeOutput";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "jixiao-write-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const bytes = new TextEncoder().encode("scored");

/** A process id that was in use a moment ago and is free now. */
function deadPid(): number {
  const pid = spawnSync(process.execPath, ["-e", ""]).pid;
  if (pid === undefined) throw new Error("no child pid");
  return pid;
}

describe("writeAtomic", () => {
  it("removes its temporary file when the rename fails", async () => {
    const target = path.join(dir, "a-folder.xlsx");
    mkdirSync(target);
    await expect(writeAtomic(target, bytes)).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(["a-folder.xlsx"]);
  });

  it("writes through a dangling symlink to where it points, the link kept", async () => {
    const link = path.join(dir, "link.xlsx");
    symlinkSync("sub/real.xlsx", link);
    mkdirSync(path.join(dir, "sub"));
    expect(await writeTarget(link)).toBe(path.join(dir, "sub", "real.xlsx"));
    await writeAtomic(link, bytes);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(dir, "sub", "real.xlsx"), "utf8")).toBe("scored");
  });

  it("gives a new file the usual mode (0666 less the umask)", async () => {
    const file = path.join(dir, "new.xlsx");
    await writeAtomic(file, bytes);
    const umask = process.umask();
    expect(statSync(file).mode & 0o777).toBe(0o666 & ~umask);
  });
});

describe("temporary files", () => {
  it("are removed by the exit/signal cleanup while pending", async () => {
    const write = await beginWrite(path.join(dir, "out.xlsx"), bytes);
    expect(existsSync(write.temp)).toBe(true);
    removePendingTemps();
    expect(readdirSync(dir)).toEqual([]);
  });

  it("are recognised as stale only when named by jixiao on this host for a process that is gone", async () => {
    const write = await beginWrite(path.join(dir, "out.xlsx"), bytes);
    const ours = path.basename(write.temp);
    await write.discard();
    const m = /^(\..+\.jixiao-[0-9a-f]{8}-)(\d+)(-[0-9a-f]{8}\.tmp)$/.exec(ours);
    if (!m) throw new Error(`unexpected temp name ${ours}`);
    const dead = `${m[1]}${deadPid()}${m[3]}`;
    expect(isStaleTemp(ours)).toBe(false);
    expect(isStaleTemp(dead)).toBe(true);
    expect(isStaleTemp(dead.replace(/jixiao-[0-9a-f]{8}/, "jixiao-00000000"))).toBe(false);
    expect(isStaleTemp("notes.tmp")).toBe(false);
    for (const name of [dead, ours, "notes.tmp"]) writeFileSync(path.join(dir, name), "x");
    expect(await removeStaleTemps(dir)).toEqual([path.join(dir, dead)]);
    expect(readdirSync(dir).sort()).toEqual([ours, "notes.tmp"].sort());
  });
});

describe("outputProblem", () => {
  it("finds a missing folder, a folder as output and an existing file without force", async () => {
    expect(await outputProblem(path.join(dir, "none", "a.xlsx"), true)).toEqual({ kind: "noFolder", folder: path.join(dir, "none") });
    mkdirSync(path.join(dir, "f.xlsx"));
    expect(await outputProblem(path.join(dir, "f.xlsx"), true)).toEqual({ kind: "isFolder" });
    writeFileSync(path.join(dir, "e.xlsx"), "x");
    expect(await outputProblem(path.join(dir, "e.xlsx"), false)).toEqual({ kind: "exists" });
    expect(await outputProblem(path.join(dir, "e.xlsx"), true)).toBeUndefined();
    writeFileSync(path.join(dir, "file"), "x");
    expect(await outputProblem(path.join(dir, "file", "a.xlsx"), true)).toEqual({ kind: "cannotWrite", detail: "ENOTDIR" });
  });
});
