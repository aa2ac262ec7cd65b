import * as os from "os";
import type { Measurement } from "./harness";

/** The readable table on stdout and the JSON written to bench/results.json. */

export interface BenchResults {
  readonly timestamp: string;
  readonly durationSeconds: number;
  readonly machine: {
    readonly node: string;
    readonly platform: string;
    readonly cpuModel: string;
    readonly cores: number;
    readonly memoryGiB: number;
  };
  /**
   * 1-minute load average when the run started and ended: on a 2-core machine anything much
   * above 0 means other work shared the CPU, and every timing in the run is inflated.
   */
  readonly loadAverage: { readonly atStart: number; readonly atEnd: number };
  readonly measurements: readonly Measurement[];
  /** Benches that crashed, by module: reported, not hidden. */
  readonly failures: readonly { readonly bench: string; readonly error: string }[];
}

export function machineInfo(): BenchResults["machine"] {
  const cpus = os.cpus();
  return {
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    cpuModel: cpus[0]?.model.trim() ?? "unknown",
    cores: cpus.length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
  };
}

function num(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (Number.isInteger(x)) return x.toLocaleString("en");
  const a = Math.abs(x);
  const digits = a >= 100 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : 3;
  return x.toLocaleString("en", { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

function valueText(m: Measurement): string {
  if (m.value === null) return "n/a";
  return `${num(m.value)} ${m.unit}`;
}

function spreadText(m: Measurement): string {
  const s = m.spread;
  if (!s) return "";
  return `${num(s.min)}–${num(s.max)} (IQR ${num(s.q1)}–${num(s.q3)}, n=${s.runs})`;
}

function extraText(m: Measurement): string {
  const parts = Object.entries(m.extra ?? {})
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => `${k}=${typeof v === "number" ? num(v) : String(v)}`);
  if (m.note) parts.push(m.note);
  return parts.join("; ");
}

function verdict(m: Measurement): string {
  if (!m.goal) return "";
  if (m.pass === null) return `? ${m.goal.text}`;
  return `${m.pass ? "PASS" : "MISS"} ${m.goal.text}`;
}

function pad(s: string, n: number): string {
  // CJK and en dashes count as one column here; the table is for reading, not parsing.
  return s.length >= n ? s : s + " ".repeat(n - s.length);
}

export function table(results: BenchResults): string {
  const rows = results.measurements.map((m) => [m.label, valueText(m), spreadText(m), verdict(m), extraText(m)]);
  const head = ["measurement", "median / value", "spread: min–max", "goal", "details"];
  const widths = head.map((h, i) => Math.min(70, Math.max(h.length, ...rows.map((r) => r[i].length))));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : pad(c, widths[i]))).join(" │ ");
  const m = results.machine;
  const out = [
    `jixiao benchmarks — ${results.timestamp} — node ${m.node}, ${m.cpuModel} × ${m.cores} cores, ${m.memoryGiB} GiB`,
    `load average (1 min): ${results.loadAverage.atStart.toFixed(2)} at start, ${results.loadAverage.atEnd.toFixed(2)} at end${
      results.loadAverage.atStart > m.cores / 2 ? " — the machine was busy: timings are inflated" : ""
    }`,
    "",
    line(head),
    widths.map((w) => "─".repeat(w)).join("─┼─"),
  ];
  let group = "";
  for (let i = 0; i < rows.length; i++) {
    const g = results.measurements[i].group;
    if (group && g !== group) out.push("");
    group = g;
    out.push(line(rows[i]));
  }
  for (const f of results.failures) out.push("", `FAILED ${f.bench}: ${f.error}`);
  const goals = results.measurements.filter((x) => x.goal);
  const missed = goals.filter((x) => x.pass === false).length;
  const unknown = goals.filter((x) => x.pass === null).length;
  out.push("", `${goals.length - missed - unknown} of ${goals.length} goals met, ${missed} missed, ${unknown} not measured; ${results.durationSeconds.toFixed(0)} s`);
  return out.join("\n");
}
