/**
 * A template rendered for one kind, year and department: everything an adapter (the add-in's or
 * ExcelJS) needs to create the sheet, and nothing host-specific. Produced by the TemplateSpec
 * (templateSpec.ts); consumed by src/excel/ and src/xlsx/ alike.
 */

/** How a cell looks, by what it is for. Input and computed cells must look different. */
export type StyleRole =
  | "title"
  | "label"
  | "header"
  | "section"
  | "input"
  | "inputNumber"
  | "inputText"
  | "computed"
  | "placeholder"
  | "note";

export interface CellStyle {
  readonly bold?: boolean;
  readonly fontSize?: number;
  /** #RRGGBB */
  readonly fontColor?: string;
  /** #RRGGBB background fill */
  readonly fill?: string;
  readonly horizontal?: "left" | "center" | "right";
  readonly vertical?: "top" | "middle" | "bottom";
  readonly wrap?: boolean;
  /** Thin border on all four sides. */
  readonly border?: boolean;
  readonly numberFormat?: string;
  /** Locked when sheet protection is on (computed cells). */
  readonly locked?: boolean;
}

export interface TemplateCell {
  /** A1 address. */
  readonly address: string;
  /** The value, or for a formula cell its result on the fresh sheet (the cached value in a file). */
  readonly value: string | number | null;
  /** An arithmetic cell's formula ("=IF(…)"), the one jixiao would write there (layout/formulas.ts). */
  readonly formula?: string;
  readonly role: StyleRole;
  /** Overrides the role's number format (万元 "0.00", 执行率 "0.00%", scores "0.00"). */
  readonly numberFormat?: string;
  /**
   * Overrides the role's lock. Indicator 得分 cells look computed (jixiao suggests a score)
   * but stay open: a judgement score is the user's to type (rules.md §9).
   */
  readonly locked?: boolean;
}

export interface ListValidation {
  /** A1 range, e.g. "B12:B30". */
  readonly range: string;
  readonly list: readonly string[];
}

export interface PrintSetup {
  readonly paper: "A4";
  readonly orientation: "portrait" | "landscape";
  /** Fit all columns on one page width. */
  readonly fitToWidth: true;
  /** Rows repeated at the top of each printed page, e.g. "1:2" (1-based, inclusive). */
  readonly titleRows: string;
  /** Print area, e.g. "A1:I40". */
  readonly area: string;
}

export interface TemplateSheet {
  readonly kind: "overall" | "project";
  /** The default sheet name (项目支出绩效自评表); the adapter makes it unique. */
  readonly name: string;
  /** Column widths in Excel character units, from column A. */
  readonly columnWidths: readonly number[];
  /** Row heights in points by 0-based row index, where not default. */
  readonly rowHeights: Readonly<Record<number, number>>;
  /** Every non-empty or styled cell. */
  readonly cells: readonly TemplateCell[];
  /** Merged ranges, "A1:I1". */
  readonly merges: readonly string[];
  readonly validations: readonly ListValidation[];
  readonly print: PrintSetup;
  /** The look of each role: a record over the union, so a role without a style won't compile. */
  readonly styles: Readonly<Record<StyleRole, CellStyle>>;
}
