import type { Diagnostic } from "../domain/diagnostics";
import { evaluateSheet } from "../domain/evaluate";
import type { SheetInput, SheetKind } from "../domain/input";
import type { RuleProfile } from "../domain/profiles";
import { gradeProvisional, type SheetResult } from "../domain/result";
import type { Grid } from "./grid";
import type { Patch } from "./patch";
import { readSheet } from "./readSheet";
import { isSummarySheet } from "./summarySheet";
import { patchFor } from "./writePatch";

export { applyPatchToGrid } from "./applyPatch";

/** The whole pipeline for a workbook: Grid → SheetInput → SheetResult → Patch, per sheet. */

export interface SheetCheck {
  readonly grid: Grid;
  readonly input: SheetInput;
  readonly result: SheetResult;
  readonly patch: Patch;
}

export interface WorkbookCheck {
  readonly sheets: readonly SheetCheck[];
  readonly broken: readonly { sheetName: string; kind: SheetKind; diagnostics: readonly Diagnostic[] }[];
}

function diagnosticKey(d: Diagnostic): string {
  return `${d.code}|${d.cell}|${d.key}|${JSON.stringify(d.params)}`;
}

/** Reader diagnostics first, then the engine's, without repeating one the engine also raised. */
function mergeDiagnostics(reader: readonly Diagnostic[], engine: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set(engine.map(diagnosticKey));
  return [...reader.filter((d) => !seen.has(diagnosticKey(d))), ...engine];
}

export function checkWorkbook(grids: readonly Grid[], profile?: RuleProfile): WorkbookCheck {
  const sheets: SheetCheck[] = [];
  const broken: { sheetName: string; kind: SheetKind; diagnostics: readonly Diagnostic[] }[] = [];
  for (const grid of grids) {
    // jixiao's own 汇总表 lists the evaluation sheets; it is not one.
    if (isSummarySheet(grid)) continue;
    const read = readSheet(grid);
    if (read.status === "skipped") continue;
    if (read.status === "broken") {
      broken.push({ sheetName: grid.sheetName, kind: read.kind, diagnostics: read.diagnostics });
      continue;
    }
    const evaluated = evaluateSheet(read.input, profile);
    const diagnostics = mergeDiagnostics(read.diagnostics, evaluated.diagnostics);
    const result: SheetResult = { ...evaluated, diagnostics, gradeProvisional: gradeProvisional(diagnostics) };
    sheets.push({ grid, input: read.input, result, patch: patchFor(read.input, result) });
  }
  return { sheets, broken };
}
