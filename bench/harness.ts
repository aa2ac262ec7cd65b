/**
 * Timing and the shape of a measurement. Each bench module exports `run(): Promise<Measurement[]>`;
 * bench/main.ts runs each in its own process so one bench's garbage and JIT state cannot bleed
 * into the next one's figures.
 */

export interface Spread {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  /** Interquartile range bounds (25th and 75th percentile). */
  readonly q1: number;
  readonly q3: number;
  readonly runs: number;
}

export interface Goal {
  /** The figure must be at most (`<=`) or at least (`>=`) `value`. */
  readonly op: "<=" | ">=";
  readonly value: number;
  readonly text: string;
}

export interface Measurement {
  /** Stable key, e.g. "engine.rows.10000". */
  readonly id: string;
  readonly group: "engine" | "excel" | "cli" | "bundles" | "pane";
  readonly label: string;
  readonly unit: string;
  /** The headline figure (the median for timed measurements, the count or size otherwise). */
  readonly value: number | null;
  readonly spread?: Spread;
  readonly goal?: Goal;
  /** null when there is no goal or the figure could not be taken. */
  readonly pass: boolean | null;
  /** Secondary figures: rows/s, growth factor, sync counts … */
  readonly extra?: Readonly<Record<string, number | string | boolean | null>>;
  readonly note?: string;
}

export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

export function spreadOf(samples: readonly number[]): Spread {
  const s = [...samples].sort((a, b) => a - b);
  return {
    median: quantile(s, 0.5),
    min: s[0],
    max: s[s.length - 1],
    q1: quantile(s, 0.25),
    q3: quantile(s, 0.75),
    runs: s.length,
  };
}

function elapsedMs(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export interface RepeatOptions {
  readonly warmup: number;
  readonly runs: number;
}

/**
 * Times `fn` `runs` times after `warmup` untimed calls: wall time (what the user waits) and the
 * process's CPU time (user + system, garbage collector threads included), both in ms. On a busy
 * machine the wall time grows while the CPU time stays close: the pair tells load from cost.
 */
export function timeSyncWithCpu(fn: () => unknown, { warmup, runs }: RepeatOptions): { wall: number[]; cpu: number[] } {
  let sink: unknown;
  for (let i = 0; i < warmup; i++) sink = fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage();
    const t = process.hrtime.bigint();
    sink = fn();
    wall.push(elapsedMs(t));
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
  }
  keep(sink);
  return { wall, cpu };
}

/** Times `fn` `runs` times after `warmup` untimed calls; returns the wall-time samples in ms. */
export function timeSync(fn: () => unknown, options: RepeatOptions): number[] {
  return timeSyncWithCpu(fn, options).wall;
}

export async function timeAsync(fn: () => Promise<unknown>, { warmup, runs }: RepeatOptions): Promise<number[]> {
  let sink: unknown;
  for (let i = 0; i < warmup; i++) sink = await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    sink = await fn();
    samples.push(elapsedMs(t));
  }
  keep(sink);
  return samples;
}

let kept: unknown;
/** Holds on to a result so the optimiser cannot drop the work that made it. */
function keep(x: unknown): void {
  kept = x;
}
export function lastKept(): unknown {
  return kept;
}

export function meets(goal: Goal | undefined, value: number | null): boolean | null {
  if (!goal || value === null || !Number.isFinite(value)) return null;
  return goal.op === "<=" ? value <= goal.value : value >= goal.value;
}

/** A timed measurement from samples (ms), with its goal judged on the median. */
export function timed(
  base: Omit<Measurement, "value" | "spread" | "pass" | "unit"> & { unit?: string },
  samples: readonly number[],
): Measurement {
  const spread = spreadOf(samples);
  return { unit: "ms", ...base, value: spread.median, spread, pass: meets(base.goal, spread.median) };
}

/** An untimed figure (a count, a size), judged against its goal. */
export function figure(base: Omit<Measurement, "pass">): Measurement {
  return { ...base, pass: meets(base.goal, base.value) };
}

/** A measurement that could not be taken (a missing tool, a build that failed): reported, not thrown. */
export function unavailable(base: Omit<Measurement, "value" | "pass">, why: string): Measurement {
  return { ...base, value: null, pass: null, note: why };
}
