import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { ensureCorpus } from "./fixtures/workbooks";
import { figure, spreadOf, unavailable, type Goal, type Measurement } from "./harness";
import { ensureCliBuilt, ROOT, timedSpawn, type Timed } from "./spawnTimed";

/**
 * `jixiao check --summary` over a corpus of 2,000 workbooks in varied layouts (20 subfolders),
 * and beside it, in the same run and alternating with it, Debian's openpyxl in read-only mode
 * loading the same files and iterating every cell — the script a reviewer would otherwise write.
 * Wall time as the user waits for it (node start-up included), CPU time, and peak memory (max
 * RSS of the whole process, worker threads included, from /usr/bin/time). The first jixiao run is
 * the cold one (a fresh process, nothing cached by us); the median of the next runs is the warm one.
 * The command is whatever bin/jixiao.js runs: when the reader changes, the bench measures the new one.
 */

const WORKBOOKS = 2000;
const RATIO_GOAL: Goal = { op: "<=", value: 0.5, text: "≤ 0.5× openpyxl read-only" };
const MEMORY_GOAL: Goal = { op: "<=", value: 300, text: "< 300 MB" };
const WARM_RUNS = 2;
const PYTHON = "/usr/bin/python3";
const CORPUS = path.join(ROOT, "bench", "out", "corpus-2000");
const SUMMARY = path.join(ROOT, "bench", "out", "summary-2000.xlsx");

const OPENPYXL_SCRIPT = `
import os, sys, time, openpyxl
t = time.perf_counter()
files = cells = 0
for root, dirs, names in os.walk(sys.argv[1]):
    dirs.sort()
    for n in sorted(names):
        if not n.endswith(".xlsx"):
            continue
        wb = openpyxl.load_workbook(os.path.join(root, n), read_only=True)
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                cells += len(row)
        wb.close()
        files += 1
print(files, cells, time.perf_counter() - t)
`;

function cliRun(): Timed {
  const r = timedSpawn(process.execPath, [path.join(ROOT, "bin", "jixiao.js"), "check", "--json", "--force", "--summary", SUMMARY, CORPUS]);
  // Exit 1 = errors found in the tables (blank templates and broken layouts have some); 2 = a file unreadable.
  if (r.status !== 0 && r.status !== 1) throw new Error(`jixiao check exited ${r.status}: ${r.stderr.slice(-500)}`);
  const report = JSON.parse(r.stdout) as { summary?: { files?: number; sheets?: number } };
  if (report.summary?.files !== WORKBOOKS) throw new Error(`jixiao check reported ${report.summary?.files} of ${WORKBOOKS} files`);
  return r;
}

function openpyxlAvailable(): boolean {
  return spawnSync(PYTHON, ["-c", "import openpyxl"], { encoding: "utf8" }).status === 0;
}

const median = (xs: readonly number[]) => spreadOf(xs).median;

export async function run(): Promise<Measurement[]> {
  const base = { group: "cli" as const };
  const label = `cli: jixiao check --summary, ${WORKBOOKS} workbooks in 20 folders, wall time / openpyxl read_only`;
  const buildError = ensureCliBuilt();
  if (buildError) return [unavailable({ ...base, unit: "×", id: "cli.check.ratio", label, goal: RATIO_GOAL }, buildError)];
  if (!openpyxlAvailable()) {
    return [unavailable({ ...base, unit: "×", id: "cli.check.ratio", label, goal: RATIO_GOAL }, "openpyxl unavailable (apt-get install python3-openpyxl)")];
  }
  await ensureCorpus(CORPUS, WORKBOOKS);
  let bytes = 0;
  for (const sub of fs.readdirSync(CORPUS, { withFileTypes: true })) {
    if (!sub.isDirectory()) continue;
    for (const f of fs.readdirSync(path.join(CORPUS, sub.name))) bytes += fs.statSync(path.join(CORPUS, sub.name, f)).size;
  }

  // Cold: the first run of each, in a fresh process.
  const cold = cliRun();
  const sheets = (JSON.parse(cold.stdout) as { summary: { sheets: number } }).summary.sheets;
  const pyCold = timedSpawn(PYTHON, ["-c", OPENPYXL_SCRIPT, CORPUS]);
  if (pyCold.status !== 0) throw new Error(`openpyxl script failed: ${pyCold.stderr.slice(-500)}`);
  const [pyFiles, pyCells] = pyCold.stdout.trim().split(/\s+/).map(Number);
  if (pyFiles !== WORKBOOKS) throw new Error(`openpyxl read ${pyFiles} of ${WORKBOOKS} files`);

  // Warm: alternating, so both see the same machine.
  const cli: Timed[] = [];
  const py: Timed[] = [];
  for (let i = 0; i < WARM_RUNS; i++) {
    cli.push(cliRun());
    const p = timedSpawn(PYTHON, ["-c", OPENPYXL_SCRIPT, CORPUS]);
    if (p.status !== 0) throw new Error(`openpyxl script failed: ${p.stderr.slice(-500)}`);
    py.push(p);
  }
  const cliWarm = median(cli.map((r) => r.ms));
  const pyWarm = median(py.map((r) => r.ms));
  const cpu = (rs: readonly Timed[]) => (rs.every((r) => r.cpuMs !== undefined) ? Math.round(median(rs.map((r) => r.cpuMs as number))) : null);
  const ratio = Number((cliWarm / pyWarm).toFixed(2));
  const peaks = [cold, ...cli].map((r) => r.peakMb).filter((m): m is number => m !== undefined);
  const pyPeaks = [pyCold, ...py].map((r) => r.peakMb).filter((m): m is number => m !== undefined);
  const out: Measurement[] = [
    figure({
      ...base,
      id: "cli.check.ratio",
      unit: "×",
      label,
      value: ratio,
      goal: RATIO_GOAL,
      extra: {
        jixiaoWarmMs: Math.round(cliWarm),
        openpyxlWarmMs: Math.round(pyWarm),
        jixiaoColdMs: Math.round(cold.ms),
        openpyxlColdMs: Math.round(pyCold.ms),
        coldRatio: Number((cold.ms / pyCold.ms).toFixed(2)),
        jixiaoCpuMs: cpu(cli),
        openpyxlCpuMs: cpu(py),
        // On a machine to itself, the ratio of CPU seconds says what the cores could do.
        cpuRatio: cpu(cli) !== null && cpu(py) !== null ? Number(((cpu(cli) as number) / (cpu(py) as number)).toFixed(2)) : null,
        jixiaoWorkbooksPerSecond: Number((WORKBOOKS / (cliWarm / 1000)).toFixed(1)),
        openpyxlWorkbooksPerSecond: Number((WORKBOOKS / (pyWarm / 1000)).toFixed(1)),
        sheetsChecked: sheets,
        cellsReadByOpenpyxl: pyCells,
        totalKiB: Math.round(bytes / 1024),
        warmRuns: WARM_RUNS,
      },
    }),
  ];
  out.push(
    peaks.length > 0
      ? figure({
          ...base,
          id: "cli.check.peakMemory",
          unit: "MB",
          label: `cli: jixiao check --summary, ${WORKBOOKS} workbooks, peak memory (max RSS, all threads)`,
          value: Math.max(...peaks),
          goal: MEMORY_GOAL,
          extra: { openpyxlPeakMb: pyPeaks.length > 0 ? Math.max(...pyPeaks) : null },
        })
      : unavailable({ ...base, id: "cli.check.peakMemory", unit: "MB", label: "cli: peak memory", goal: MEMORY_GOAL }, "/usr/bin/time unavailable"),
  );
  return out;
}
