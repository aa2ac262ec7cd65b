import type fc from "fast-check";

/**
 * The case-count knob. `npm test` runs the "ci" share of every property (a few thousand cases
 * in all, well under a minute); `npm run fuzz` (test/fuzz/jest.config.js sets JIXIAO_FUZZ=full)
 * runs the "full" share, which sums to at least 100,000 cases. FUZZ_RUNS=<n> scales the full
 * shares to about n cases in total; FUZZ_SEED (and FUZZ_PATH) replay a failure fast-check reported.
 * The ci share always uses the same seeds (a red build reproduces); the full run draws fresh ones.
 */

export const FULL_MIN_TOTAL = 100_000;

/** Cases per property: [ci, full]. Every property file takes its numRuns from here. */
export const BUDGET = {
  randomGrids: [600, 24_000],
  mutatedFixtures: [900, 40_000],
  landedThenEdited: [500, 20_000],
  workbooks: [150, 8_000],
  hostileCells: [400, 8_000],
  bigSheets: [3, 12],
} as const satisfies Record<string, readonly [number, number]>;

export type BudgetName = keyof typeof BUDGET;

export function fuzzMode(): "ci" | "full" {
  return process.env.JIXIAO_FUZZ === "full" ? "full" : "ci";
}

export function budgetTotal(mode: "ci" | "full"): number {
  return Object.values(BUDGET).reduce((n, [ci, full]) => n + (mode === "ci" ? ci : full), 0);
}

/** numRuns for one property under the current mode (and FUZZ_RUNS, when set). */
export function runsFor(name: BudgetName): number {
  const [ci, full] = BUDGET[name];
  if (fuzzMode() === "ci") return ci;
  const wanted = Number(process.env.FUZZ_RUNS);
  if (!Number.isFinite(wanted) || wanted <= 0) return full;
  return Math.max(1, Math.round((full * wanted) / budgetTotal("full")));
}

/** fast-check parameters for one property; fast-check prints seed and path on a failure. */
export function fuzzParams<T>(name: BudgetName): fc.Parameters<T> {
  const params: fc.Parameters<T> = { numRuns: runsFor(name) };
  const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
  if (seed !== undefined && Number.isInteger(seed)) params.seed = seed;
  else if (fuzzMode() === "ci") params.seed = fixedSeed(name);
  if (process.env.FUZZ_PATH) params.path = process.env.FUZZ_PATH;
  return params;
}

/** A stable seed per property for the ci share. */
function fixedSeed(name: string): number {
  let h = 0x2545f491;
  for (const ch of name) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return h | 0;
}
