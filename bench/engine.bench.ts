import { checkWorkbook } from "../src/layout/checkWorkbook";
import type { Grid } from "../src/layout/grid";
import { syntheticGrid } from "./fixtures/syntheticSheet";
import { spreadOf, timed, timeSync, timeSyncWithCpu, type Goal, type Measurement } from "./harness";

/**
 * The engine as every face runs it: Grid → readSheet → evaluateSheet → patchFor
 * (checkWorkbook), on one sheet of 100, 1,000 and 10,000 indicator rows.
 */

export const ENGINE_SIZES = [100, 1_000, 10_000] as const;
const GOAL_10K: Goal = { op: "<=", value: 50, text: "10,000 rows < 50 ms" };

function repeats(rows: number): { warmup: number; runs: number } {
  if (rows <= 100) return { warmup: 30, runs: 60 };
  if (rows <= 1_000) return { warmup: 10, runs: 30 };
  return { warmup: 5, runs: 15 };
}

/** What the run produced, so a bench on a sheet the engine rejects cannot pass unnoticed. */
function outcome(grid: Grid): { scored: number; writes: number; errors: number; warnings: number } {
  const wb = checkWorkbook([grid]);
  const sheet = wb.sheets[0];
  if (!sheet) throw new Error(`engine bench: the synthetic sheet did not read (${JSON.stringify(wb.broken)})`);
  const diags = sheet.result.diagnostics;
  return {
    scored: sheet.result.indicators.length,
    writes: sheet.patch.writes.length,
    errors: diags.filter((d) => d.severity === "error").length,
    warnings: diags.filter((d) => d.severity === "warning").length,
  };
}

export async function run(): Promise<Measurement[]> {
  const out: Measurement[] = [];
  let previous: { rows: number; cpuMedian: number } | undefined;
  for (const rows of ENGINE_SIZES) {
    const grid = syntheticGrid(rows);
    const check = outcome(grid);
    if (check.scored !== rows) throw new Error(`engine bench: ${check.scored} of ${rows} rows read`);
    const { wall: samples, cpu } = timeSyncWithCpu(() => checkWorkbook([grid]), repeats(rows));
    const { median } = spreadOf(samples);
    const cpuMedian = spreadOf(cpu).median;
    // On CPU time, which a busy machine disturbs less than wall time.
    const growth = previous ? cpuMedian / previous.cpuMedian / (rows / previous.rows) : null;
    out.push(
      timed(
        {
          id: `engine.rows.${rows}`,
          group: "engine",
          label: `engine: ${rows.toLocaleString("en")} rows, parse → score → validate → patch`,
          ...(rows === 10_000 ? { goal: GOAL_10K } : {}),
          extra: {
            cpuMsMedian: Number(cpuMedian.toFixed(1)),
            rowsPerSecond: Math.round(rows / (median / 1000)),
            // Cost growth per 10× rows, relative to linear (1.0 = linear).
            growthVsLinear: growth === null ? null : Number(growth.toFixed(2)),
            cellsWritten: check.writes,
            errors: check.errors,
            warnings: check.warnings,
          },
        },
        samples,
      ),
    );
    previous = { rows, cpuMedian };
  }
  // The sheet a user actually has: the template's own 9–15 rows, checked once per edit.
  const small = syntheticGrid(15);
  out.push(
    timed(
      { id: "engine.rows.15", group: "engine", label: "engine: a real-size sheet (15 rows)", extra: {} },
      timeSync(() => checkWorkbook([small]), { warmup: 200, runs: 200 }),
    ),
  );
  return out;
}
