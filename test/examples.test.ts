import { readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import type { CellValue } from "../src/domain/cells";
import { checkWorkbook } from "../src/layout/checkWorkbook";
import type { Grid } from "../src/layout/grid";
import { readGrids } from "../src/xlsx";
import { EXAMPLE_FILE, exampleWorkbook } from "./fixtures/makeExample";
import { seedGrids } from "./fixtures/seedGrids";

const examplePath = path.join(__dirname, "..", EXAMPLE_FILE);

/** A grid as a comparable list of its non-empty cells (ragged rows, "General" = no format). */
function canonical(g: Grid) {
  const cells: { at: string; value: CellValue; formula: string | null; format: string | null }[] = [];
  g.values.forEach((row, r) =>
    row.forEach((value, c) => {
      const formula = g.formulas?.[r]?.[c] || null;
      const raw = g.numberFormats?.[r]?.[c] ?? null;
      const format = raw === "General" ? null : raw;
      if (value !== null || formula || format) cells.push({ at: `${r},${c}`, value, formula, format });
    }),
  );
  const merges = [...g.merges].sort((a, b) => a.top - b.top || a.left - b.left);
  return { sheetName: g.sheetName, cells, merges };
}

async function gridsOf(bytes: Uint8Array): Promise<Grid[]> {
  const outcome = await readGrids(bytes);
  if (!outcome.ok) throw new Error(`${outcome.reason}: ${outcome.detail}`);
  return outcome.grids;
}

beforeAll(async () => {
  if (process.env.WRITE_EXAMPLES === "1") writeFileSync(examplePath, await exampleWorkbook());
});

describe("examples/shifeng-2020.xlsx", () => {
  it("is generated from the seed's grids and reads back to them", async () => {
    expect((await gridsOf(await exampleWorkbook())).map(canonical)).toEqual(seedGrids.map(canonical));
  });

  it("is committed in step with the seed's grids (WRITE_EXAMPLES=1 rewrites it)", async () => {
    const committed = new Uint8Array(readFileSync(examplePath));
    expect((await gridsOf(committed)).map(canonical)).toEqual(seedGrids.map(canonical));
  });

  it("scores as rules.md §10 says: project 98.00 优 without errors, overall with errors", async () => {
    const check = checkWorkbook(await gridsOf(new Uint8Array(readFileSync(examplePath))));
    const byName = new Map(check.sheets.map((s) => [s.result.sheetName, s.result]));
    const project = byName.get("项目支出绩效自评表");
    expect(project?.total.value?.toFixed(2)).toBe("98.00");
    expect(project?.grade.value).toBe("优");
    expect(project?.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const overall = byName.get("部门整体支出绩效自评表");
    const codes = overall?.diagnostics.filter((d) => d.severity === "error").map((d) => d.code) ?? [];
    expect(new Set(codes)).toEqual(
      new Set(["WEIGHT_LEVEL1_MISMATCH", "WEIGHT_TOTAL_MISMATCH", "TOTAL_MISMATCH", "REASON_MISSING"]),
    );
  });
});
