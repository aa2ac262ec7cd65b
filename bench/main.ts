import { fork } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { Measurement } from "./harness";
import { machineInfo, table, type BenchResults } from "./report";
import { BENCH_NAMES, isBenchName, type BenchName } from "./registry";

/**
 * `npm run bench`: runs each bench in a child process of its own, one after the other (the
 * machine has 2 cores: nothing else may run beside a timing), prints the table and writes
 * bench/results.json. `--only engine,cli` runs some and writes bench/out/results.partial.json.
 */

const ROOT = path.resolve(__dirname, "..", "..", "..");
const TIMEOUT_MS: Readonly<Record<BenchName, number>> = {
  bundles: 180_000,
  pane: 90_000,
  engine: 90_000,
  excel: 60_000,
  cli: 900_000,
  bombs: 120_000,
  parsers: 180_000,
};

interface ChildReport {
  readonly measurements?: Measurement[];
  readonly error?: string;
}

function runBench(name: BenchName): Promise<ChildReport> {
  return new Promise((resolve) => {
    const child = fork(path.join(__dirname, "runOne.js"), [name], { cwd: ROOT, stdio: ["ignore", "inherit", "inherit", "ipc"] });
    let report: ChildReport | undefined;
    const timer = setTimeout(() => {
      report = { error: `timed out after ${TIMEOUT_MS[name] / 1000} s` };
      child.kill("SIGKILL");
    }, TIMEOUT_MS[name]);
    child.on("message", (m: ChildReport) => {
      report ??= m;
    });
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      resolve(report ?? { error: `exited with ${code ?? signal} without a report` });
    });
  });
}

function selected(argv: readonly string[]): BenchName[] {
  const i = argv.indexOf("--only");
  if (i < 0) return [...BENCH_NAMES];
  const wanted = (argv[i + 1] ?? "").split(",").filter(Boolean);
  const bad = wanted.filter((w) => !isBenchName(w));
  if (bad.length > 0) throw new Error(`unknown bench ${bad.join(", ")}; known: ${BENCH_NAMES.join(", ")}`);
  return BENCH_NAMES.filter((n) => wanted.includes(n));
}

async function main(): Promise<void> {
  const names = selected(process.argv.slice(2));
  const started = process.hrtime.bigint();
  const loadAtStart = os.loadavg()[0];
  const measurements: Measurement[] = [];
  const failures: { bench: string; error: string }[] = [];
  for (const name of names) {
    process.stderr.write(`bench: ${name} …\n`);
    const t = process.hrtime.bigint();
    const r = await runBench(name);
    process.stderr.write(`bench: ${name} done in ${(Number(process.hrtime.bigint() - t) / 1e9).toFixed(1)} s\n`);
    if (r.measurements) measurements.push(...r.measurements);
    if (r.error) failures.push({ bench: name, error: r.error });
  }
  const results: BenchResults = {
    timestamp: new Date().toISOString(),
    durationSeconds: Number(process.hrtime.bigint() - started) / 1e9,
    machine: machineInfo(),
    loadAverage: { atStart: Number(loadAtStart.toFixed(2)), atEnd: Number(os.loadavg()[0].toFixed(2)) },
    measurements,
    failures,
  };
  const partial = names.length !== BENCH_NAMES.length;
  const file = partial ? path.join(ROOT, "bench", "out", "results.partial.json") : path.join(ROOT, "bench", "results.json");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(`${table(results)}\nwritten: ${path.relative(ROOT, file)}\n`);
  if (failures.length > 0) process.exitCode = 1;
}

main().catch((e: unknown) => {
  process.stderr.write(`bench: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
