import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmdirSync, rmSync, statSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

/** Runs the real `jixiao` command as a process, building the CLI first when the build is stale. */

export const ROOT = path.join(__dirname, "..", "..");
const BIN = path.join(ROOT, "bin", "jixiao.js");
const MAIN = path.join(ROOT, "build", "cli", "main.js");
const SOURCES = ["cli", "xlsx", "layout", "domain", "i18n", "report"].map((d) => path.join(ROOT, "src", d));
const LOCK = path.join(ROOT, "build", ".cli-build-lock");

export interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(p));
    else if (/\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name)) newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

function stale(): boolean {
  try {
    const built = statSync(MAIN).mtimeMs;
    return SOURCES.some((d) => newestSource(d) > built);
  } catch {
    return true;
  }
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** `npm test` builds before Jest; a bare `npx jest test/cli` builds here (once, under a lock). */
export function ensureCliBuilt(): void {
  if (!stale()) return;
  mkdirSync(path.dirname(LOCK), { recursive: true });
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      if (Date.now() > deadline) break;
      sleep(250);
    }
  }
  try {
    if (stale()) {
      const tsc = path.join(ROOT, "node_modules", "typescript", "bin", "tsc");
      // Type errors elsewhere in the tree do not stop tsc from emitting; main.js must exist afterwards.
      spawnSync(process.execPath, [tsc, "-p", path.join(ROOT, "tsconfig.cli.json")], { cwd: ROOT, stdio: "ignore" });
    }
  } finally {
    try {
      rmdirSync(LOCK);
    } catch {
      // another worker's lock, or already gone
    }
  }
  statSync(MAIN);
}

export function jixiao(args: readonly string[], cwd: string = ROOT): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8", timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const made: string[] = [];

/** A fresh temporary folder, removed by removeTempDirs(). */
export function tempDir(prefix = "jixiao-cli-"): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}
