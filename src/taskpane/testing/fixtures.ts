import { Decimal } from "../../domain/decimal";
import type { Diagnostic, DiagnosticCode, Severity } from "../../domain/diagnostics";
import type { SheetKind } from "../../domain/input";
import type { Grade, SheetResult } from "../../domain/result";

/** Test helpers for the pane's pure parts: results and diagnostics without a workbook. */

export function diagnostic(sheet: string, cell: string, severity: Severity, code: DiagnosticCode = "REASON_MISSING"): Diagnostic {
  return { code, severity, sheet, cell, key: code, params: { cell, sheet } };
}

export interface ResultSpec {
  readonly sheetName: string;
  readonly kind?: SheetKind;
  /** 执行率 as a ratio string ("0.9512"), or null. */
  readonly rate?: string | null;
  readonly total?: string | null;
  readonly grade?: Grade | null;
  /** What the sheet prints as 总分 (user-owned), or null. */
  readonly statedTotal?: string | null;
  readonly diagnostics?: readonly Diagnostic[];
}

export function resultOf(spec: ResultSpec): SheetResult {
  const rate = spec.rate === undefined ? "1" : spec.rate;
  return {
    sheetName: spec.sheetName,
    kind: spec.kind ?? "project",
    funds: {
      executionRate: rate === null ? null : { cell: "G4", value: new Decimal(rate), owner: "blank" },
      weight: new Decimal(10),
      score: null,
      rows: [],
    },
    indicators: [],
    weightTotal: new Decimal(100),
    total: { cell: "G30", value: spec.total === null ? null : new Decimal(spec.total ?? "98"), owner: "blank" },
    grade: { cell: "H30", value: spec.grade === undefined ? "优" : spec.grade, owner: "blank" },
    statedTotal: spec.statedTotal === undefined || spec.statedTotal === null ? null : new Decimal(spec.statedTotal),
    statedGrade: null,
    diagnostics: spec.diagnostics ?? [],
  };
}
