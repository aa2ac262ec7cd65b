import type { RawCell } from "../../src/domain/cells";
import type { SheetInput, ValueInput } from "../../src/domain/input";
import { parseAddress } from "../../src/layout/address";
import type { Grid } from "../../src/layout/grid";
import { EditableGrid } from "../fuzz/editableGrid";
import type { HostileCell } from "./corpus";

/**
 * The input roles of a read sheet, one cell each: where a user types (department, amounts,
 * 分值, targets, actuals, scores, notes …) plus the cells jixiao computes but a user may type over.
 * `reads` says what the engine makes of the cell: a number it needs, a text, or a score.
 */

export type RoleReads = "amount" | "weight" | "value" | "score" | "text" | "label";

export interface InputRole {
  readonly role: string;
  readonly address: string;
  readonly reads: RoleReads;
}

function single(v: ValueInput): RawCell {
  return v.kind === "single" ? v.cell : v.value;
}

export function inputRoles(input: SheetInput): InputRole[] {
  const out: InputRole[] = [];
  const add = (role: string, cell: RawCell | undefined, reads: RoleReads) => {
    if (cell && !out.some((r) => r.address === cell.address)) out.push({ role, address: cell.address, reads });
  };
  add("部门名称", input.department, "text");
  add("专项名称", input.projectName, "text");
  add("预期目标", input.goals?.expected, "text");
  add("实际完成情况", input.goals?.achieved, "text");
  const f = input.funds;
  if (f) {
    add("资金 heading", f.heading, "label");
    add("合计 label", f.total.label, "label");
    add("合计 年初预算数", f.total.initialBudget, "amount");
    add("合计 全年预算数", f.total.annualBudget, "amount");
    add("合计 全年执行数", f.total.executed, "amount");
    add("执行率 分值", f.total.weight, "weight");
    add("执行率 (typed over)", f.total.rate, "score");
    add("执行率得分 (typed over)", f.total.score, "score");
    const sub = f.groups[0]?.[0];
    add("分项 全年预算数", sub?.annualBudget, "amount");
    add("分项 全年执行数", sub?.executed, "amount");
  }
  // The first row of each kind of target: number, text (qualitative), date (deadline).
  const picks = new Map<string, number>();
  input.indicators.forEach((ind, i) => {
    const t = single(ind.target).value;
    const kind = typeof t === "number" ? "number" : typeof t === "string" && /\d/.test(t) ? "numeric text" : "text";
    if (!picks.has(kind)) picks.set(kind, i);
  });
  for (const [kind, i] of picks) {
    const ind = input.indicators[i];
    add(`一级 (${kind} row)`, ind.level1, "label");
    add(`二级 (${kind} row)`, ind.level2, "label");
    add(`三级指标 (${kind} row)`, ind.name, "text");
    add(`年度指标值 (${kind} row)`, single(ind.target), "value");
    add(`实际完成值 (${kind} row)`, single(ind.actual), "value");
    add(`分值 (${kind} row)`, ind.weight, "weight");
    add(`得分 (${kind} row)`, ind.score, "score");
    add(`偏差原因 (${kind} row)`, ind.deviationNote, "text");
  }
  add("总分 分值", input.footer?.weight, "weight");
  add("总分 (typed over)", input.footer?.total, "score");
  add("等级 (typed over)", input.footer?.grade, "score");
  return out;
}

/** The grid with one cell typed over by hostile content (its formula and format with it). */
export function placed(grid: Grid, address: string, content: HostileCell): Grid {
  const p = parseAddress(address);
  if (!p) throw new Error(`placed: ${address}`);
  const g = new EditableGrid(grid);
  g.set(p.row, p.col, { value: content.value, formula: content.formula ?? null, format: content.numberFormat ?? null });
  return g.toGrid();
}
