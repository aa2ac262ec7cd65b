import { isBlank, type RawCell } from "../domain/cells";
import type { Decimal } from "../domain/decimal";
import type { FundsRowInput, IndicatorInput } from "../domain/input";
import type { ComputedCell } from "../domain/result";
import { parseAddress } from "../layout/address";
import type { SheetCheck } from "../layout/checkWorkbook";
import { rawCellAt } from "../layout/grid";
import { gridView, type GridView } from "../layout/gridView";
import { indexLabels, rowLabels, type LabelIndex } from "../layout/labelIndex";
import { isPlaceholderName, type LabelId } from "../layout/labels";
import { valueRightOf } from "../layout/locateHeader";
import { cellInline, cellShown } from "./cellShown";
import { fundsGroupLabel } from "./reportFacts";
import { ratio } from "../domain/units";
import { pointsText, rateText, rt, scoreText } from "./reportText";

const asRate = (d: Decimal): string => rateText(ratio(d));

/**
 * The attachments' tables as plain rows in the official column layout (templates.md: nine
 * columns, 绩效指标 | 一级 | 二级 | 三级 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施),
 * every row the reader found, with the sheet's own values. A cell covered by a rowSpan above it
 * is left out of its row (the renderer adds the continuation).
 */

export interface TableCellModel {
  readonly text: string;
  readonly colSpan?: number;
  readonly rowSpan?: number;
  readonly align?: "left" | "center";
  readonly bold?: boolean;
}

export interface AttachmentTable {
  readonly sheetName: string;
  readonly title: string;
  /** Column widths in millimetres (they add up to the landscape text width). */
  readonly widthsMm: readonly number[];
  readonly rows: readonly (readonly TableCellModel[])[];
}

/** 9 columns over 243 mm (A4 landscape, 28 + 26 mm side margins). */
export const COLUMN_WIDTHS_MM: readonly number[] = [18, 22, 24, 44, 26, 26, 18, 18, 47];

const head = (text: string, extra: Partial<TableCellModel> = {}): TableCellModel => ({ text, align: "center", bold: true, ...extra });
const value = (text: string, extra: Partial<TableCellModel> = {}): TableCellModel => ({ text, align: "center", ...extra });

/** What the sheet prints in a computed cell, or the engine's figure where the cell is blank. */
function computedText<T>(cell: RawCell | undefined, computed: ComputedCell<T> | null | undefined, show: (v: T) => string): string {
  if (cell && !isBlank(cell.value)) return cellShown(cell);
  return computed?.value !== null && computed?.value !== undefined ? show(computed.value) : "";
}

function fundsRows(check: SheetCheck): TableCellModel[][] {
  const funds = check.input.funds;
  const result = check.result.funds;
  if (!funds) return [];
  const heading = cellShown(funds.heading).replace(/\n/g, "") || (check.input.kind === "project" ? "年度项目资金（万元）" : "资金情况（万元）");
  const subRows = funds.groups.flat();
  const groupLabels = funds.groups.map((g) => fundsGroupLabel(check, g));
  const named = groupLabels.some((l) => l !== "");
  const rows: TableCellModel[][] = [
    [
      head(heading, { rowSpan: subRows.length + 2 }),
      head("年度资金总额", { colSpan: 2 }),
      head("年初预算数"),
      head("全年预算数"),
      head("全年执行数"),
      head("分值"),
      head("执行率"),
      head("得分（分值×执行率）"),
    ],
  ];
  const total = funds.total;
  rows.push([
    value(cellShown(total.label), { colSpan: 2 }),
    value(cellShown(total.initialBudget)),
    value(cellShown(total.annualBudget)),
    value(cellShown(total.executed)),
    value(computedText<Decimal>(total.weight, result ? { cell: "", value: result.weight, owner: "blank" } : null, pointsText)),
    value(computedText(total.rate, result?.executionRate, asRate)),
    value(computedText(total.score, result?.score, scoreText)),
  ]);
  let i = 0;
  funds.groups.forEach((group, g) => {
    group.forEach((row: FundsRowInput, inGroup) => {
      const rate = result?.rows[i++]?.rate;
      // Named groups (按收入性质分 / 按支出性质分) keep their heading beside their rows.
      const label = named
        ? [...(inGroup === 0 ? [value(groupLabels[g], { rowSpan: group.length })] : []), value(cellShown(row.label))]
        : [value(cellShown(row.label), { colSpan: 2 })];
      rows.push([
        ...label,
        value(cellShown(row.initialBudget)),
        value(cellShown(row.annualBudget)),
        value(cellShown(row.executed)),
        value(cellShown(row.weight)),
        value(computedText(row.rate, rate, asRate)),
        value(cellShown(row.score)),
      ]);
    });
  });
  return rows;
}

function goalRows(check: SheetCheck): TableCellModel[][] {
  const goals = check.input.goals;
  return [
    [head("年度总体目标", { rowSpan: 2 }), head("预期目标", { colSpan: 4 }), head("实际完成情况", { colSpan: 4 })],
    [value(cellShown(goals?.expected), { colSpan: 4, align: "left" }), value(cellShown(goals?.achieved), { colSpan: 4, align: "left" })],
  ];
}

function measureShown(v: IndicatorInput["target"]): string {
  return v.kind === "single" ? cellShown(v.cell) : [v.nature, v.value, v.unit].map((c) => cellShown(c)).join("");
}

/** How many rows from `start` share the governing cell `key` picks (a merged 一级/二级 heading). */
function runLength(rows: readonly IndicatorInput[], start: number, key: (r: IndicatorInput) => string): number {
  let n = 1;
  while (start + n < rows.length && key(rows[start + n]) === key(rows[start])) n++;
  return n;
}

function indicatorRows(check: SheetCheck): TableCellModel[][] {
  const scores = new Map(check.result.indicators.map((r) => [r.nameCell, r.score]));
  const indicators = check.input.indicators.filter((i) => !isPlaceholderName(i.name.value));
  const rows: TableCellModel[][] = [
    [
      head("绩效指标", { rowSpan: indicators.length + 1 }),
      head("一级指标"),
      head("二级指标"),
      head("三级指标"),
      head("年度指标值"),
      head("实际完成值"),
      head("分值"),
      head("得分"),
      head("偏差原因分析及改进措施"),
    ],
  ];
  const level1 = (r: IndicatorInput): string => r.level1.address;
  const level2 = (r: IndicatorInput): string => `${r.level1.address}|${r.level2.address}`;
  indicators.forEach((ind, i) => {
    const cells: TableCellModel[] = [];
    if (i === 0 || level1(indicators[i - 1]) !== level1(ind)) {
      cells.push(value(cellShown(ind.level1), { rowSpan: runLength(indicators, i, level1) }));
    }
    if (i === 0 || level2(indicators[i - 1]) !== level2(ind)) {
      cells.push(value(cellShown(ind.level2), { rowSpan: runLength(indicators, i, level2) }));
    }
    cells.push(
      value(cellShown(ind.name), { align: "left" }),
      value(measureShown(ind.target)),
      value(measureShown(ind.actual)),
      value(cellShown(ind.weight)),
      value(computedText(ind.score, scores.get(ind.name.address), pointsText)),
      value(cellShown(ind.deviationNote), { align: "left" }),
    );
    rows.push(cells);
  });
  return rows;
}

function footerRow(check: SheetCheck): TableCellModel[][] {
  const f = check.input.footer;
  const r = check.result;
  const grade = computedText(f?.grade, r.grade, (g) => g);
  const gradeText = grade === "" || grade.includes("等级") ? grade : `等级：${grade}`;
  return [
    [
      head("总分", { colSpan: 6 }),
      value(f?.weight ? cellShown(f.weight) : "100"),
      value(computedText(f?.total, r.total, scoreText)),
      value(gradeText || "等级："),
    ],
  ];
}

/** The value beside a label of the project block ("" when the sheet has no such label). */
function besideLabel(v: GridView, idx: LabelIndex, id: LabelId, row?: number): string {
  const hit = row === undefined ? idx.first.get(id) : rowLabels(idx, row).find((h) => h.id === id);
  return hit ? cellShown(valueRightOf(v, hit.row, hit.col)) : "";
}

/** 项目总实施期: beside its label, or after the colon in the label cell ("项目总实施期：2020.1-12"). */
function periodOf(v: GridView, idx: LabelIndex): string {
  const hit = idx.first.get("period");
  if (!hit) return "";
  const own = /^项目总实施期[:：](.+)$/.exec(cellInline(v.raw(hit.row, hit.col)));
  return own ? own[1].trim() : besideLabel(v, idx, "period");
}

function projectRows(check: SheetCheck): TableCellModel[][] {
  const v = gridView(check.grid);
  const idx = indexLabels(v);
  const investment = besideLabel(v, idx, "totalInvestment");
  const sub = besideLabel(v, idx, "subProject");
  const subHit = idx.first.get("subProject");
  const appropriation = subHit ? besideLabel(v, idx, "appropriation", subHit.row) : "";
  return [
    [
      head("项目支出名称", { colSpan: 2, rowSpan: 2 }),
      head("专项名称"),
      value(cellShown(check.input.projectName), { colSpan: 2 }),
      head("项目总投资（万元）", { colSpan: 2 }),
      value(investment, { colSpan: 2 }),
    ],
    [head("支出方向名称（子项目）"), value(sub, { colSpan: 2 }), head("其中：财政拨款", { colSpan: 2 }), value(appropriation, { colSpan: 2 })],
    [head("项目总实施期", { colSpan: 2 }), value(periodOf(v, idx), { colSpan: 7, align: "left" })],
  ];
}

function titleOf(check: SheetCheck, year: string): string {
  const at = parseAddress(check.input.titleCell);
  const title = at ? cellInline(rawCellAt(check.grid, at.row, at.col)) : "";
  if (title) return title;
  return check.input.kind === "overall" ? rt("attachments.overall", { year }).replace(/^1\. /, "") : rt("attachments.project", { year }).replace(/^2\. /, "");
}

export function attachmentTable(check: SheetCheck, year: string): AttachmentTable {
  const rows: TableCellModel[][] = [
    [head("部门名称", { colSpan: 2 }), value(cellShown(check.input.department), { colSpan: 7, align: "left" })],
    ...(check.input.kind === "project" ? projectRows(check) : []),
    ...fundsRows(check),
    ...goalRows(check),
    ...indicatorRows(check),
    ...footerRow(check),
  ];
  return { sheetName: check.input.sheetName, title: titleOf(check, year), widthsMm: COLUMN_WIDTHS_MM, rows };
}
