import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { newestMtime } from "./staleness";

/**
 * Commands run as a user runs them, timed from outside: wall time (start-up included), CPU time of
 * the child, and its peak memory (max RSS, threads included, from GNU time). The CLI benches
 * (cli, bombs) share it.
 */

const TIME = "/usr/bin/time";
export const ROOT = process.cwd();
export const CLI = path.join(ROOT, "bin", "jixiao.js");
const CLI_MAIN = path.join(ROOT, "build", "cli", "main.js");

/** Builds the CLI when its sources are newer than build/; the reason when that fails. */
export function ensureCliBuilt(): string | undefined {
  const sources = ["cli", "xlsx", "layout", "domain", "i18n"].map((d) => path.join(ROOT, "src", d));
  if (fs.existsSync(CLI_MAIN) && fs.statSync(CLI_MAIN).mtimeMs >= newestMtime(sources)) return undefined;
  const tsc = require.resolve("typescript/bin/tsc");
  const r = spawnSync(process.execPath, [tsc, "-p", "tsconfig.cli.json"], { cwd: ROOT, encoding: "utf8" });
  if (!fs.existsSync(CLI_MAIN)) return `build:cli failed: ${(r.stdout + r.stderr).slice(0, 500)}`;
  return undefined;
}

/**
 * CPU time (user + system) of this process's finished children, in ms, from /proc/self/stat
 * (Linux; clock ticks of 10 ms). undefined elsewhere. Wall time is what the user waits; CPU
 * time says how much of it was our work rather than other processes sharing the machine.
 */
function childrenCpuMs(): number | undefined {
  try {
    const stat = fs.readFileSync("/proc/self/stat", "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // After the command name: field 3 is fields[0]; cutime and cstime are fields 16 and 17.
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return undefined;
  }
}

export interface Timed {
  readonly ms: number;
  readonly cpuMs: number | undefined;
  /** Max RSS in MB (the whole process, threads included), when /usr/bin/time is there. */
  readonly peakMb: number | undefined;
  readonly stdout: string;
  readonly status: number | null;
  readonly stderr: string;
}

const hasTime = fs.existsSync(TIME);

export function timedSpawn(cmd: string, args: readonly string[]): Timed {
  const cpu = childrenCpuMs();
  const t = process.hrtime.bigint();
  // GNU time prints the max RSS (KB) as the last line of stderr.
  const [file, argv] = hasTime ? [TIME, ["-f", "%M", cmd, ...args]] : [cmd, [...args]];
  const r = spawnSync(file, argv, { cwd: ROOT, encoding: "utf8", maxBuffer: 512 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  const cpuAfter = childrenCpuMs();
  const cpuMs = cpu === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpu;
  let stderr = r.stderr ?? "";
  let peakMb: number | undefined;
  if (hasTime) {
    const lines = stderr.trimEnd().split("\n");
    peakMb = Math.round(Number(lines.pop()) / 1024);
    stderr = lines.join("\n");
  }
  return { ms, cpuMs, peakMb, stdout: r.stdout ?? "", stderr, status: r.status };
}
