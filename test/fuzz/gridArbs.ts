import fc from "fast-check";
import type { CellValue } from "../../src/domain/cells";
import type { SheetKind } from "../../src/domain/input";
import { cellAddress, parseAddress } from "../../src/layout/address";
import { applyPatchToGrid, checkWorkbook } from "../../src/layout/checkWorkbook";
import type { Grid, MergedArea } from "../../src/layout/grid";
import { renderTemplate, templateGrid } from "../../src/layout/templateSpec";
import type { TemplateSheet } from "../../src/layout/templateSheet";
import { layoutVariants } from "../fixtures/layoutVariants";
import { seedGrids } from "../fixtures/seedGrids";
import { cellValue, fuzzCell, numberValue, TEXTS, textValue, type FuzzCell } from "./cellArbs";
import { EditableGrid } from "./editableGrid";
import { mutate, mutations } from "./mutations";

/**
 * Grids to fuzz with: random ones (labels, values, formulas, merges, ragged rows), the real
 * fixtures (the seed's two tables, the layout variants, both templates), the same with their
 * computed cells cleared so jixiao has something to fill, templates filled in at random, and
 * mutations of all of these.
 */

// ── random grids ─────────────────────────────────────────────────────────────

const merge: fc.Arbitrary<MergedArea> = fc.oneof(
  { weight: 5, arbitrary: fc.tuple(fc.nat(20), fc.nat(12), fc.nat(5), fc.nat(4)).map(([top, left, h, w]) => ({ top, left, bottom: top + h, right: left + w })) },
  // Merges that reach far past the data, run backwards or have negative corners.
  {
    weight: 1,
    arbitrary: fc.record({
      top: fc.integer({ min: -2, max: 30 }),
      left: fc.integer({ min: -2, max: 20 }),
      bottom: fc.integer({ min: -2, max: 1_048_575 }),
      right: fc.integer({ min: -2, max: 16_383 }),
    }),
  },
);

/** Fully random grids: rows of cells (some with formulas and formats), ragged, with any merges. */
export const randomGrid: fc.Arbitrary<Grid> = fc
  .record({
    sheetName: fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom("项目支出绩效自评表", "Sheet1")),
    rows: fc.array(fc.array(fuzzCell, { maxLength: 14 }), { maxLength: 28 }),
    merges: fc.array(merge, { maxLength: 8 }),
  })
  .map(({ sheetName, rows, merges }) => ({
    sheetName,
    values: rows.map((r) => r.map((c) => c.value)),
    formulas: rows.map((r) => r.map((c) => c.formula ?? null)),
    numberFormats: rows.map((r) => r.map((c) => c.format ?? null)),
    merges,
  }));

/**
 * Random grids that are nearly tables: the template's label rows in place, everything else random.
 * Reaches the scoring code far more often than fully random grids do.
 */
/** A template with only its labels, headers and titles: every input cell empty. */
export function labelsOnly(kind: SheetKind): Grid {
  const t = renderTemplate(kind, { sample: true, year: 2024 });
  const g = new EditableGrid(templateGrid(t));
  const keep = new Set(["label", "header", "section", "title"]);
  for (const c of t.cells) {
    const p = parseAddress(c.address);
    if (p && !keep.has(c.role)) g.set(p.row, p.col, { value: null });
  }
  return g.toGrid();
}

const LABEL_SKELETONS: readonly Grid[] = [labelsOnly("overall"), labelsOnly("project")];

export const labelledRandomGrid: fc.Arbitrary<Grid> = fc
  .tuple(fc.constantFrom(...LABEL_SKELETONS), fc.array(fc.tuple(fc.nat(40), fc.nat(10), fuzzCell), { maxLength: 60 }))
  .map(([skeleton, cells]) => {
    const g = new EditableGrid(skeleton);
    for (const [row, col, cell] of cells) g.set(row, col, cell);
    return g.toGrid();
  });

// ── the real fixtures ─────────────────────────────────────────────────────────

export const templateSheets: readonly TemplateSheet[] = [
  renderTemplate("overall", { sample: true, year: 2024, department: "石峰区工商业联合会" }),
  renderTemplate("project", { sample: true, year: 2020, department: "石峰区工商业联合会", projectName: "协会经费" }),
];

export const templateGrids: readonly Grid[] = templateSheets.map(templateGrid);

/** The computed cells a check locates (rates, scores, total, grade), cleared. */
export function clearComputed(grid: Grid): Grid {
  const wb = checkWorkbook([grid]);
  const sheet = wb.sheets[0];
  if (!sheet) return grid;
  const r = sheet.result;
  const cells = [
    r.funds?.executionRate?.cell,
    r.funds?.score?.cell,
    ...(r.funds?.rows.map((x) => x.rate?.cell) ?? []),
    ...r.indicators.map((i) => i.score.cell),
    r.total.cell,
    r.grade.cell,
  ];
  const g = new EditableGrid(grid);
  for (const a of cells) {
    const p = a ? parseAddress(a) : undefined;
    if (p && p.row < g.rowCount) g.set(p.row, p.col, { value: null });
  }
  return g.toGrid();
}

export const fixtureGrids: readonly Grid[] = [...seedGrids, ...layoutVariants.map((v) => v.grid), ...templateGrids];
export const clearedFixtureGrids: readonly Grid[] = fixtureGrids.map(clearComputed);

/** Values for a template's input cells, by what the cell is for; `tidy` fills them as a careful user would. */
function inputValue(role: string, col: number, target: CellValue, tidy: boolean): fc.Arbitrary<FuzzCell> {
  const plain = (a: fc.Arbitrary<CellValue>) => a.map((value) => ({ value }));
  const amount = plain(fc.integer({ min: 0, max: 100000 }).map((n) => n / 100));
  if (role === "inputNumber") {
    if (tidy) return amount;
    return fc.oneof({ weight: 6, arbitrary: amount }, { weight: 1, arbitrary: plain(numberValue) }, { weight: 1, arbitrary: plain(textValue) });
  }
  // Column F of the indicator block holds the actual: mostly something comparable to the target.
  if (col === 5) {
    if (tidy) return fc.oneof({ weight: 9, arbitrary: plain(fc.constant(target)) }, { weight: 1, arbitrary: plain(fc.constantFrom(...TEXTS)) });
    return fc.oneof(
      { weight: 4, arbitrary: plain(fc.constant(target)) },
      { weight: 3, arbitrary: plain(fc.constantFrom(...TEXTS)) },
      { weight: 1, arbitrary: fuzzCell },
    );
  }
  if (tidy) return plain(fc.constantFrom("某单位", "说明：进度滞后，下年加强", "已完成", null));
  return fc.oneof({ weight: 3, arbitrary: plain(textValue) }, { weight: 1, arbitrary: plain(cellValue) });
}

/** A template as a user fills it in: each empty input cell typed (or left blank) at random. */
export function filledTemplate(t: TemplateSheet, tidy = false): fc.Arbitrary<Grid> {
  const byAddress = new Map(t.cells.map((c) => [c.address, c.value]));
  const slots = t.cells.flatMap((c) => {
    const p = parseAddress(c.address);
    return p && c.value === null && c.role.startsWith("input") ? [{ ...p, role: c.role }] : [];
  });
  const fill = (s: (typeof slots)[number]) => inputValue(s.role, s.col, byAddress.get(cellAddress(s.row, 4)) ?? null, tidy);
  return fc.tuple(...slots.map((s) => (tidy ? fill(s) : fc.option(fill(s), { freq: 6 })))).map((fills) => {
    const g = new EditableGrid(templateGrid(t));
    slots.forEach((s, i) => {
      const cell = fills[i];
      if (cell) g.set(s.row, s.col, cell);
    });
    return g.toGrid();
  });
}

/** A real table to start from: a fixture as is, with computed cells cleared, or a filled template. */
export const baseGrid: fc.Arbitrary<Grid> = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...fixtureGrids) },
  { weight: 2, arbitrary: fc.constantFrom(...clearedFixtureGrids) },
  { weight: 2, arbitrary: fc.oneof(...templateSheets.map((t) => filledTemplate(t))) },
  { weight: 2, arbitrary: fc.oneof(...templateSheets.map((t) => filledTemplate(t, true))) },
);

/** A real table after an office has had it: 1–8 mutations. */
export const mutatedGrid: fc.Arbitrary<Grid> = fc.tuple(baseGrid, mutations(8)).map(([g, ms]) => mutate(g, ms));

/** The grid as jixiao left it after a check (its patch applied), then edited by the user. */
export const landedThenEditedGrid: fc.Arbitrary<Grid> = fc.tuple(baseGrid, mutations(6)).map(([g, ms]) => {
  const sheet = checkWorkbook([g]).sheets[0];
  const landed = sheet ? applyPatchToGrid(g, sheet.patch) : g;
  return mutate(landed, ms);
});

/** Any grid: random, nearly a table, or a mutated real table. */
export const anyGrid: fc.Arbitrary<Grid> = fc.oneof(randomGrid, labelledRandomGrid, mutatedGrid, landedThenEditedGrid);
