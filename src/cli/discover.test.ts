import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { discoverFiles } from "./discover";
import { readInput } from "./files";
import { inlineRunner, mapInOrder } from "./workerPool";

/** Discovery, the capped regular-file read and the ordered pool, in process. */

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "jixiao-discover-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function all<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

describe("discoverFiles", () => {
  it("walks subfolders, lists spreadsheets of every kind, skips lock files, other files and linked folders", async () => {
    const root = path.join(dir, "tree");
    mkdirSync(path.join(root, "b", "c"), { recursive: true });
    for (const f of ["a.xlsx", "b/old.XLS", "b/wps.et", "b/data.csv", "b/c/deep.xlsm", "b/~$a.xlsx", "b/.~wps.et", "notes.docx"]) {
      writeFileSync(path.join(root, f), "x");
    }
    symlinkSync(root, path.join(root, "b", "loop"));
    const found = await all(discoverFiles([root]));
    expect(found.map((f) => [path.relative(root, f.file), f.format])).toEqual([
      ["a.xlsx", "xlsx"],
      [path.join("b", "data.csv"), "csv"],
      [path.join("b", "old.XLS"), "legacy"],
      [path.join("b", "wps.et"), "legacy"],
      [path.join("b", "c", "deep.xlsm"), "xlsx"],
    ]);
  });

  it("lists a named file whatever its name, and an empty folder as itself", async () => {
    const empty = path.join(dir, "empty");
    mkdirSync(empty);
    const found = await all(discoverFiles(["report.txt", empty]));
    expect(found.map((f) => f.file)).toEqual(["report.txt", empty]);
  });
});

describe("readInput", () => {
  it("reads a regular file, refuses one over the cap without reading past it", async () => {
    const file = path.join(dir, "ten.bin");
    writeFileSync(file, Buffer.alloc(10, 7));
    const ok = readInput(file, 10);
    expect(ok.ok && ok.bytes.length).toBe(10);
    const big = readInput(file, 9);
    expect(big).toEqual({ ok: false, error: { reason: "tooLarge", detail: "0.0" } });
  });

  it("refuses a FIFO and a link to a device as not regular files", async () => {
    const fifo = path.join(dir, "pipe.xlsx");
    execFileSync("mkfifo", [fifo]);
    const zero = path.join(dir, "zero.xlsx");
    symlinkSync("/dev/zero", zero);
    expect(readInput(fifo)).toEqual({ ok: false, error: { reason: "notRegular", detail: "FIFO" } });
    expect(readInput(zero)).toEqual({ ok: false, error: { reason: "notRegular", detail: "device" } });
  });
});

describe("mapInOrder", () => {
  it("hands results over in input order with a bounded number outstanding, however they finish", async () => {
    let outstanding = 0;
    let most = 0;
    const runner = inlineRunner(async (n: number) => {
      outstanding++;
      most = Math.max(most, outstanding);
      await new Promise((r) => setTimeout(r, (7 - n) * 3));
      outstanding--;
      return n * 10;
    });
    async function* items() {
      for (let i = 0; i < 7; i++) yield i;
    }
    const seen: number[] = [];
    await mapInOrder(items(), runner, 3, (r) => seen.push(r));
    expect(seen).toEqual([0, 10, 20, 30, 40, 50, 60]);
    expect(most).toBeLessThanOrEqual(3);
  });
});
