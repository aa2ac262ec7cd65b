import type { RawCell } from "./cells";

/**
 * What the layout reader hands the engine: every cell it located, not yet interpreted.
 * The engine (domain/) parses and judges them; the reader only finds them.
 */

export type SheetKind = "overall" | "project";

/** The role of a funds row (glossary: total / appropriation / carryOver / other). */
export type FundsRowRole = "total" | "appropriation" | "carryOver" | "other" | "item";

export interface FundsRowInput {
  readonly role: FundsRowRole;
  /** The row's label cell (合计, 其中：当年财政拨款, 基本支出 …). */
  readonly label: RawCell;
  /** Absent when the table has no 年初预算数 column. */
  readonly initialBudget?: RawCell;
  readonly annualBudget: RawCell;
  readonly executed: RawCell;
  /** 分值 (on the total row; 10 by default when absent). */
  readonly weight?: RawCell;
  /** The printed/computed 执行率 cell of this row, when the table has the column. */
  readonly rate?: RawCell;
  /** The printed/computed 得分 cell (total row only). */
  readonly score?: RawCell;
}

export interface FundsInput {
  /** The block heading (资金情况（万元）, 年度项目资金（元）…): the amount unit is read from it. */
  readonly heading: RawCell;
  /** The block's own note cell (a 备注 / 偏差原因 column on the total row), when it has one. */
  readonly note?: RawCell;
  readonly total: FundsRowInput;
  /**
   * Sub-row groups, each of which must add up to the total on its own. Usually one group
   * [appropriation, carryOver, other]; Hunan tables have 按收入性质分 / 按支出性质分.
   */
  readonly groups: readonly (readonly FundsRowInput[])[];
}

/**
 * A target or actual: one cell ("≥95%"), or the newer split shape
 * 指标性质 (≥, ≤, =, 定性) | 指标值 | 度量单位.
 */
export type ValueInput =
  | { readonly kind: "single"; readonly cell: RawCell }
  | { readonly kind: "split"; readonly nature?: RawCell; readonly value: RawCell; readonly unit?: RawCell };

export interface IndicatorInput {
  /** The 一级 cell that governs this row (top-left of its merge, or the last filled cell above). */
  readonly level1: RawCell;
  /** The 二级 cell that governs this row. */
  readonly level2: RawCell;
  /** 三级指标: the indicator itself. */
  readonly name: RawCell;
  readonly target: ValueInput;
  readonly actual: ValueInput;
  readonly weight: RawCell;
  readonly score: RawCell;
  readonly deviationNote: RawCell;
  /** 定量/定性 column, when the table has one. */
  readonly nature?: RawCell;
}

export interface FooterInput {
  /** The 总分 label cell. */
  readonly label: RawCell;
  /** 总分's 分值 (normally 100). */
  readonly weight?: RawCell;
  /** The printed/computed total. */
  readonly total?: RawCell;
  /** The printed/computed grade ("等级：优" or "优"). */
  readonly grade?: RawCell;
  /**
   * True when the grade cell carries its own label ("等级：优", what jixiao writes there),
   * false when a bare 等级 label sits before it and the cell holds only the grade.
   * Absent: labelled.
   */
  readonly gradeLabelled?: boolean;
}

export interface SheetInput {
  readonly sheetName: string;
  readonly kind: SheetKind;
  /** Where the title sits (diagnostics about the sheet as a whole point here). */
  readonly titleCell: string;
  readonly department?: RawCell;
  readonly projectName?: RawCell;
  readonly funds?: FundsInput;
  readonly goals?: { readonly expected?: RawCell; readonly achieved?: RawCell };
  readonly indicators: readonly IndicatorInput[];
  readonly footer?: FooterInput;
  /** The project table's header fields, each when the sheet has it. */
  readonly header?: ProjectHeaderInput;
}

/** 项目名称 … 子项目: the cells beside their labels above a project table. */
export interface ProjectHeaderInput {
  /** 主管部门 */
  readonly competentDepartment?: RawCell;
  /** 实施单位 */
  readonly implementingUnit?: RawCell;
  /** 项目负责人 */
  readonly projectLead?: RawCell;
  /** 项目总投资 */
  readonly totalInvestment?: RawCell;
  /** 实施期 / 项目总实施期 */
  readonly period?: RawCell;
  /** 子项目 / 支出方向名称 */
  readonly subProject?: RawCell;
}

export const PROJECT_HEADER_FIELDS = [
  "projectName",
  "competentDepartment",
  "implementingUnit",
  "projectLead",
  "totalInvestment",
  "period",
  "subProject",
] as const;

export type ProjectHeaderField = (typeof PROJECT_HEADER_FIELDS)[number];
