import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { writeBenchWorkbooks } from "./fixtures/workbooks";
import { figure, spreadOf, unavailable, type Goal, type Measurement } from "./harness";
import { newestMtime } from "./staleness";

/**
 * `jixiao check --json` over 200 workbooks in one process (wall time, as the user waits for it,
 * node start-up included), and beside it, in the same run, Debian's openpyxl loading the same
 * files and reading every cell — the script a reviewer would otherwise write.
 */

const WORKBOOKS = 200;
const GOAL: Goal = { op: ">=", value: 50, text: "≥ 50 workbooks/s" };
const RUNS = 3;
const PYTHON = "/usr/bin/python3";
const ROOT = process.cwd();
const CLI_MAIN = path.join(ROOT, "build", "cli", "main.js");

const OPENPYXL_SCRIPT = `
import sys, time, openpyxl
t = time.perf_counter()
cells = 0
for f in sys.argv[1:]:
    wb = openpyxl.load_workbook(f)
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            cells += len(row)
print(len(sys.argv) - 1, cells, time.perf_counter() - t)
`;

function ensureCliBuilt(): string | undefined {
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

interface Timed {
  readonly ms: number;
  readonly cpuMs: number | undefined;
  readonly stdout: string;
  readonly status: number | null;
  readonly stderr: string;
}

function timedSpawn(cmd: string, args: readonly string[]): Timed {
  const cpu = childrenCpuMs();
  const t = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd: ROOT, encoding: "utf8", maxBuffer: 512 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  const cpuAfter = childrenCpuMs();
  const cpuMs = cpu === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpu;
  return { ms, cpuMs, stdout: r.stdout ?? "", stderr: r.stderr ?? "", status: r.status };
}

function cliRun(files: readonly string[]): Timed {
  const r = timedSpawn(process.execPath, [path.join(ROOT, "bin", "jixiao.js"), "check", "--json", ...files]);
  // Exit 1 = errors found in the tables (blank templates have some); 2 = a file unreadable.
  if (r.status !== 0 && r.status !== 1) throw new Error(`jixiao check exited ${r.status}: ${r.stderr.slice(-500)}`);
  const report = JSON.parse(r.stdout) as { summary?: { files?: number; sheets?: number } };
  if (report.summary?.files !== files.length) throw new Error(`jixiao check reported ${report.summary?.files} of ${files.length} files`);
  return r;
}

function openpyxlAvailable(): boolean {
  return spawnSync(PYTHON, ["-c", "import openpyxl"], { encoding: "utf8" }).status === 0;
}

function perSecond(count: number, ms: number): number {
  return Number((count / (ms / 1000)).toFixed(1));
}

export async function run(): Promise<Measurement[]> {
  const base = { group: "cli" as const, unit: "workbooks/s" };
  const buildError = ensureCliBuilt();
  if (buildError) return [unavailable({ ...base, id: "cli.check", label: `cli: jixiao check, ${WORKBOOKS} workbooks`, goal: GOAL }, buildError)];

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-bench-"));
  try {
    const files = await writeBenchWorkbooks(dir, WORKBOOKS);
    const bytes = files.reduce((n, f) => n + fs.statSync(f).size, 0);
    const withPython = openpyxlAvailable();
    const cliMs: number[] = [];
    const cliCpu: number[] = [];
    const pyMs: number[] = [];
    const pyCpu: number[] = [];
    let pyCells: number | undefined;
    // One untimed run warms the file cache for both; then they alternate, seeing the same machine.
    const first = cliRun(files);
    const sheets = (JSON.parse(first.stdout) as { summary: { sheets: number } }).summary.sheets;
    for (let i = 0; i < RUNS; i++) {
      const c = cliRun(files);
      cliMs.push(c.ms);
      if (c.cpuMs !== undefined) cliCpu.push(c.cpuMs);
      if (withPython) {
        const py = timedSpawn(PYTHON, ["-c", OPENPYXL_SCRIPT, ...files]);
        if (py.status !== 0) throw new Error(`openpyxl script failed: ${py.stderr.slice(-500)}`);
        pyCells = Number(py.stdout.trim().split(/\s+/)[1]);
        pyMs.push(py.ms);
        if (py.cpuMs !== undefined) pyCpu.push(py.cpuMs);
      }
    }
    const cli = spreadOf(cliMs);
    const cliRate = perSecond(WORKBOOKS, cli.median);
    const out: Measurement[] = [
      figure({
        ...base,
        id: "cli.check",
        label: `cli: jixiao check --json, ${WORKBOOKS} workbooks, one process`,
        value: cliRate,
        goal: GOAL,
        spread: { ...cli, median: cliRate, min: perSecond(WORKBOOKS, cli.max), max: perSecond(WORKBOOKS, cli.min), q1: perSecond(WORKBOOKS, cli.q3), q3: perSecond(WORKBOOKS, cli.q1) },
        extra: {
          wallMsMedian: Math.round(cli.median),
          cpuMsMedian: cliCpu.length > 0 ? Math.round(spreadOf(cliCpu).median) : null,
          // The rate if the process had the CPU to itself (idle machine).
          perCpuSecond: cliCpu.length > 0 ? perSecond(WORKBOOKS, spreadOf(cliCpu).median) : null,
          sheetsChecked: sheets,
          totalKiB: Math.round(bytes / 1024),
        },
      }),
    ];
    if (!withPython) {
      out.push(
        unavailable(
          { ...base, id: "cli.openpyxl", label: `cli: reference, openpyxl loading the same ${WORKBOOKS} files` },
          "openpyxl unavailable (apt-get install python3-openpyxl)",
        ),
      );
      return out;
    }
    const py = spreadOf(pyMs);
    const pyRate = perSecond(WORKBOOKS, py.median);
    out.push(
      figure({
        ...base,
        id: "cli.openpyxl",
        label: `cli: reference, openpyxl loading the same ${WORKBOOKS} files`,
        value: pyRate,
        spread: { ...py, median: pyRate, min: perSecond(WORKBOOKS, py.max), max: perSecond(WORKBOOKS, py.min), q1: perSecond(WORKBOOKS, py.q3), q3: perSecond(WORKBOOKS, py.q1) },
        extra: {
          wallMsMedian: Math.round(py.median),
          cpuMsMedian: pyCpu.length > 0 ? Math.round(spreadOf(pyCpu).median) : null,
          cellsRead: pyCells ?? null,
          // > 1: jixiao reads and checks faster than openpyxl merely loads.
          jixiaoSpeedup: Number((py.median / cli.median).toFixed(2)),
        },
      }),
    );
    return out;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
