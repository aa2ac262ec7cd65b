import type { Decimal } from "./decimal";
import type { MessageParams } from "./diagnostics";
import type { FundsRowRole, SheetInput, SheetKind } from "./input";
import type { MessageKey } from "./messageKeys";
import type { CellOwner } from "./ownership";
import type { AmountOutcome } from "./parse/amount";
import type { ParseOutcome, PrintedRate } from "./parse/points";
import type { Measure, NatureLabel } from "./parse/target";
import type { Grade } from "./result";
import type { AmountUnit } from "./units";

/** The sheet once every cell is parsed (architecture.md "Sheet"): typed values, each with its cell. */

export type Level1 = "output" | "benefit" | "satisfaction";
export type Level2 =
  | "quantity"
  | "quality"
  | "timeliness"
  | "cost"
  | "economic"
  | "social"
  | "ecological"
  | "sustainability"
  | "beneficiary";

export interface Heading<C> {
  readonly cell: string;
  /** The heading as shown, spaces and line breaks removed ("产出指标(50分)"). */
  readonly text: string;
  /** The heading without its points and the word 指标 ("产出"). */
  readonly name: string;
  readonly category: C | null;
  /** Points the heading states ("(50分)"), or null. */
  readonly statedPoints: Decimal | null;
}

/** A problem found while reading one cell, reported as it is by the input rules. */
export interface InputIssue {
  readonly code: "TABLE_NOT_FOUND" | "REQUIRED_MISSING" | "VALUE_NOT_NUMERIC" | "AMOUNT_UNIT_CONVERTED" | "TEMPLATE_UNFILLED";
  readonly cell: string;
  readonly key: MessageKey;
  readonly params: MessageParams;
  /** On a printed 执行率/得分 cell: moot when the budget is zero (BUDGET_ZERO says it all). */
  readonly needsRate?: boolean;
}

/** A computed cell as found: who owns it and what it says. */
export interface PrintedCell<T> {
  readonly cell: string;
  readonly owner: CellOwner;
  /** What the cell holds, whoever owns it (blank only when it holds nothing). */
  readonly printed: ParseOutcome<T>;
}

export interface ParsedIndicator {
  readonly level1: Heading<Level1>;
  readonly level2: Heading<Level2>;
  readonly nameCell: string;
  readonly name: string;
  readonly target: Measure;
  readonly actual: Measure;
  readonly weightCell: string;
  readonly weight: ParseOutcome<Decimal>;
  /** The score cell: the user's entry, or blank when empty or jixiao's own value. */
  readonly score: PrintedCell<Decimal>;
  readonly noteCell: string;
  /** 偏差原因分析及改进措施, normalised; "" when blank. */
  readonly note: string;
  /** 定量/定性 from the row's nature column or the target's 指标性质. */
  readonly nature: NatureLabel | null;
}

export interface AmountCell {
  readonly cell: string;
  readonly amount: AmountOutcome;
}

export interface ParsedFundsRow {
  readonly role: FundsRowRole;
  readonly labelCell: string;
  readonly initialBudget: AmountCell | null;
  readonly annualBudget: AmountCell;
  readonly executed: AmountCell;
  readonly weight: { readonly cell: string; readonly points: ParseOutcome<Decimal> } | null;
  readonly rate: PrintedCell<PrintedRate> | null;
  readonly score: PrintedCell<Decimal> | null;
}

export interface ParsedFunds {
  readonly headingCell: string;
  readonly unit: AmountUnit;
  readonly total: ParsedFundsRow;
  readonly groups: readonly (readonly ParsedFundsRow[])[];
}

export interface ParsedFooter {
  readonly labelCell: string;
  readonly weightCell: string;
  readonly weight: ParseOutcome<Decimal>;
  readonly total: PrintedCell<Decimal>;
  readonly grade: PrintedCell<Grade>;
}

/** A text cell worth checking for typing slips (TEXT_REPEATED). */
export interface TextCell {
  readonly cell: string;
  readonly text: string;
}

export interface ParsedSheet {
  readonly input: SheetInput;
  readonly sheetName: string;
  readonly kind: SheetKind;
  readonly titleCell: string;
  readonly funds: ParsedFunds | null;
  /** Indicator rows, placeholder rows of the blank form left out. */
  readonly indicators: readonly ParsedIndicator[];
  readonly footer: ParsedFooter | null;
  readonly texts: readonly TextCell[];
  readonly issues: readonly InputIssue[];
}
