import type { Decimal } from "./decimal";
import type { Diagnostic } from "./diagnostics";
import type { CellOwner } from "./ownership";
import type { ProjectHeaderField, SheetKind } from "./input";

/** What the engine concludes about one sheet. Every figure knows the cell it belongs in. */

export type Grade = "优" | "良" | "中" | "差";

/** A computed value and the cell it is shown in. */
export interface ComputedCell<T> {
  /** A1 address of the cell the value belongs in. */
  readonly cell: string;
  /** null when it cannot be computed (a diagnostic says why). */
  readonly value: T | null;
  /** Who holds that cell now: a computed cell is written only when blank or jixiao's. */
  readonly owner: CellOwner;
}

export interface FundsRowResult {
  readonly labelCell: string;
  /** 执行率 of this row, full precision (display only for sub-rows). */
  readonly rate: ComputedCell<Decimal> | null;
}

export interface FundsResult {
  /** 执行率 = 全年执行数 / 全年预算数 of the total row, full precision. */
  readonly executionRate: ComputedCell<Decimal> | null;
  /** 分值 of the execution row (default 10). */
  readonly weight: Decimal;
  /** Execution score = 分值 × min(执行率, 1), rounded to 2 decimals. */
  readonly score: ComputedCell<Decimal> | null;
  /** Sub-rows' rates, for display. */
  readonly rows: readonly FundsRowResult[];
}

export interface IndicatorResult {
  readonly nameCell: string;
  readonly name: string;
  readonly weight: Decimal | null;
  /** The score the user entered (s_rep), or null when none was (blank or jixiao's own value). */
  readonly entered: Decimal | null;
  /** The rule's score (s), or null when the rule cannot decide (qualitative band 2/3, text actual…). */
  readonly suggested: Decimal | null;
  /** The score that counts: entered if any, else suggested. */
  readonly score: ComputedCell<Decimal>;
}

export interface SheetResult {
  readonly sheetName: string;
  readonly kind: SheetKind;
  readonly funds: FundsResult | null;
  readonly indicators: readonly IndicatorResult[];
  /** Σ indicator 分值 + execution 分值. */
  readonly weightTotal: Decimal;
  /** Execution score + Σ indicator scores (each rounded to 2 decimals). */
  readonly total: ComputedCell<Decimal>;
  readonly grade: ComputedCell<Grade>;
  /** What the sheet prints, when it prints something of its own (user-owned cells). */
  readonly statedTotal: Decimal | null;
  readonly statedGrade: Grade | null;
  readonly diagnostics: readonly Diagnostic[];
  /**
   * True while the sheet has an error: its total and grade stand only once the errors are
   * corrected (“待更正”). Every face (pane, CLI text, JSON) reads this one flag. Always set by
   * evaluateSheet and checkWorkbook (optional only so that hand-built results still type-check).
   */
  readonly gradeProvisional?: boolean;
  /** The project header fields the sheet fills, as it shows them, in PROJECT_HEADER_FIELDS order. */
  readonly header?: readonly { readonly field: ProjectHeaderField; readonly cell: string; readonly text: string }[];
}

/** A sheet's figures: what its computed cells hold, all a patch is made of (layout/writePatch.ts). */
export type SheetFigures = Pick<SheetResult, "sheetName" | "kind" | "funds" | "indicators" | "total" | "grade">;

/** A grade is provisional while any diagnostic of the sheet is an error. */
export function gradeProvisional(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}
