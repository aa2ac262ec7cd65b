import * as fs from "fs";
import * as path from "path";
import { giantMerge, zipBomb } from "../test/robustness/bombs";
import { figure, spreadOf, unavailable, type Goal, type Measurement } from "./harness";
import { CLI, ensureCliBuilt, ROOT, timedSpawn, type Timed } from "./spawnTimed";

/**
 * Hostile files refused as a user meets them (issue 14): `jixiao check` on a 1 MB zip that declares
 * 300 MB of sheet XML, and on a sheet with one merged area of 1,000,000 cells (A1:J100000). Each
 * must end with exit 2 and its reason; wall time (node start-up included) and peak memory of the
 * whole process, the first run cold, then the median of the warm ones.
 */

const TIME_GOAL: Goal = { op: "<=", value: 1000, text: "refused in < 1 s" };
const MEMORY_GOAL: Goal = { op: "<=", value: 300, text: "< 300 MB" };
const WARM_RUNS = 5;

const CASES: readonly { id: string; label: string; file: string; bytes: () => Uint8Array; reason: RegExp }[] = [
  { id: "zipBomb", label: "a 1 MB zip declaring 300 MB of sheet XML", file: "bomb-300mb.xlsx", bytes: () => zipBomb(300), reason: /would inflate to 3\d\d MB/ },
  {
    id: "giantMerge",
    label: "one merged area of 1,000,000 cells (A1:J100000)",
    file: "merge-1m.xlsx",
    bytes: () => giantMerge("A1:J100000"),
    reason: /covers 1,000,000 cells/,
  },
];

function refused(file: string, reason: RegExp): Timed {
  const r = timedSpawn(process.execPath, [CLI, "check", file]);
  if (r.status !== 2) throw new Error(`jixiao check ${file} exited ${r.status}, not 2: ${r.stdout.slice(-300)}${r.stderr.slice(-300)}`);
  if (!reason.test(r.stdout)) throw new Error(`jixiao check ${file} did not give its reason: ${r.stdout.slice(-300)}`);
  return r;
}

export async function run(): Promise<Measurement[]> {
  const base = { group: "cli" as const };
  const buildError = ensureCliBuilt();
  if (buildError) return CASES.map((c) => unavailable({ ...base, unit: "ms", id: `bombs.${c.id}`, label: c.label, goal: TIME_GOAL }, buildError));
  const dir = path.join(ROOT, "bench", "out");
  fs.mkdirSync(dir, { recursive: true });
  const out: Measurement[] = [];
  for (const c of CASES) {
    const file = path.join(dir, c.file);
    const bytes = c.bytes();
    fs.writeFileSync(file, bytes);
    const cold = refused(file, c.reason);
    const warm = Array.from({ length: WARM_RUNS }, () => refused(file, c.reason));
    const spread = spreadOf(warm.map((r) => r.ms));
    const peaks = [cold, ...warm].map((r) => r.peakMb).filter((m): m is number => m !== undefined);
    out.push(
      figure({
        ...base,
        id: `bombs.${c.id}`,
        unit: "ms",
        label: `jixiao check refuses ${c.label} (exit 2): wall time`,
        value: Math.round(spread.median),
        spread,
        goal: TIME_GOAL,
        extra: {
          coldMs: Math.round(cold.ms),
          cpuMs: warm.every((r) => r.cpuMs !== undefined) ? Math.round(spreadOf(warm.map((r) => r.cpuMs as number)).median) : null,
          fileKiB: Math.round(bytes.length / 1024),
        },
      }),
      peaks.length > 0
        ? figure({ ...base, id: `bombs.${c.id}.peakMemory`, unit: "MB", label: `jixiao check refuses ${c.label}: peak memory`, value: Math.max(...peaks), goal: MEMORY_GOAL })
        : unavailable({ ...base, id: `bombs.${c.id}.peakMemory`, unit: "MB", label: c.label, goal: MEMORY_GOAL }, "/usr/bin/time unavailable"),
    );
  }
  return out;
}
