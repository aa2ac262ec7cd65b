import type { Diagnostic } from "../domain/diagnostics";
import { evaluateSheet, sheetFigures } from "../domain/evaluate";
import type { SheetInput, SheetKind } from "../domain/input";
import { profiles, type RuleProfile } from "../domain/profiles";
import { gradeProvisional, type SheetResult } from "../domain/result";
import { computedFormulas } from "./formulas";
import type { Grid } from "./grid";
import type { Patch } from "./patch";
import { readSheet } from "./readSheet";
import { isSummarySheet } from "./summarySheet";
import { patchFor } from "./writePatch";

import { applyPatchToGrid } from "./applyPatch";

export { applyPatchToGrid };

/** The whole pipeline for a workbook: Grid → SheetInput → SheetResult → Patch, per sheet. */

export interface SheetCheck {
  readonly grid: Grid;
  readonly input: SheetInput;
  readonly result: SheetResult;
  readonly patch: Patch;
}

export interface WorkbookCheck {
  readonly sheets: readonly SheetCheck[];
  /** Sheets recognised but not scored: a broken layout, or (`unfilled`) a template not filled in yet. */
  readonly broken: readonly { sheetName: string; kind: SheetKind; diagnostics: readonly Diagnostic[]; unfilled?: true }[];
}

function diagnosticKey(d: Diagnostic): string {
  return `${d.code}|${d.cell}|${d.key}|${JSON.stringify(d.params)}`;
}

/** Reader diagnostics first, then the engine's, without repeating one the engine also raised. */
function mergeDiagnostics(reader: readonly Diagnostic[], engine: readonly Diagnostic[]): Diagnostic[] {
  if (reader.length === 0) return [...engine];
  const seen = new Set(engine.map(diagnosticKey));
  return [...reader.filter((d) => !seen.has(diagnosticKey(d))), ...engine];
}

/**
 * The patch that leaves the sheet settled: a score jixiao wrote earlier counts as entered until
 * it is rewritten, so the total computed beside it is the old one. The patch is landed on a copy
 * and checked again (at most twice more) until nothing changes, so that one run leaves every
 * cached result right and a second run writes nothing.
 */
function sameFormulaCells(a: SheetInput, b: SheetInput, profile: RuleProfile | undefined): boolean {
  const p = profile ?? profiles.national;
  const fa = [...computedFormulas(a, p).values()];
  const fb = [...computedFormulas(b, p).values()];
  return (
    fa.length === fb.length &&
    fa.every((f, i) => f.address === fb[i].address && f.formula === fb[i].formula) &&
    a.indicators.length === b.indicators.length &&
    a.indicators.every((ind, i) => ind.score.address === b.indicators[i].score.address)
  );
}

function settledPatch(grid: Grid, input: SheetInput, result: SheetResult, profile: RuleProfile | undefined): Patch {
  const first = patchFor(input, result, profile);
  const writes = new Map(first.writes.map((w) => [w.address, w]));
  for (let round = 0; round < 2 && writes.size > 0; round++) {
    const landed = applyPatchToGrid(grid, { sheetName: first.sheetName, writes: [...writes.values()] });
    const read = readSheet(landed);
    // Settle only a sheet that reads the same way once patched (the same arithmetic cells).
    if (read.status !== "read" || !sameFormulaCells(input, read.input, profile)) break;
    const again = patchFor(read.input, sheetFigures(read.input, profile), profile);
    if (again.writes.length === 0) break;
    for (const w of again.writes) writes.set(w.address, w);
  }
  return { sheetName: first.sheetName, writes: [...writes.values()] };
}

export function checkWorkbook(grids: readonly Grid[], profile?: RuleProfile): WorkbookCheck {
  const sheets: SheetCheck[] = [];
  const broken: WorkbookCheck["broken"][number][] = [];
  for (const grid of grids) {
    // jixiao's own 汇总表 lists the evaluation sheets; it is not one.
    if (isSummarySheet(grid)) continue;
    const read = readSheet(grid);
    if (read.status === "skipped") continue;
    if (read.status === "broken") {
      broken.push({ sheetName: grid.sheetName, kind: read.kind, diagnostics: read.diagnostics, ...(read.unfilled ? { unfilled: read.unfilled } : {}) });
      continue;
    }
    const evaluated = evaluateSheet(read.input, profile);
    const diagnostics = mergeDiagnostics(read.diagnostics, evaluated.diagnostics);
    const result: SheetResult = { ...evaluated, diagnostics, gradeProvisional: gradeProvisional(diagnostics) };
    sheets.push({ grid, input: read.input, result, patch: settledPatch(grid, read.input, result, profile) });
  }
  return { sheets, broken };
}
