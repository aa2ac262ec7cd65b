import type { Measurement } from "./harness";

/**
 * The benches, in the order they run: the build first (the pane bench needs dist/, and the
 * build's CPU load must be over before anything is timed).
 */

export const BENCH_NAMES = ["bundles", "pane", "engine", "excel", "cli", "bombs", "parsers"] as const;
export type BenchName = (typeof BENCH_NAMES)[number];

export function isBenchName(x: string): x is BenchName {
  return (BENCH_NAMES as readonly string[]).includes(x);
}

export const BENCHES: Readonly<Record<BenchName, () => Promise<{ run(): Promise<Measurement[]> }>>> = {
  bundles: () => import("./bundles.bench"),
  pane: () => import("./paneStart.bench"),
  engine: () => import("./engine.bench"),
  excel: () => import("./excel.bench"),
  cli: () => import("./cli.bench"),
  bombs: () => import("./bombs.bench"),
  parsers: () => import("./parsers.bench"),
};
