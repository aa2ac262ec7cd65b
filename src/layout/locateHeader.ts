import type { RawCell } from "../domain/cells";
import type { ProjectHeaderInput, SheetKind } from "../domain/input";
import type { GridView } from "./gridView";
import type { LabelHit, LabelIndex } from "./labelIndex";
import { kindFromTitle, type LabelId } from "./labels";

/** The cells above the tables: title, 部门名称, 项目名称, 年度总体目标. */

/**
 * The value that belongs to a label: the first filled cell to its right that is no label itself;
 * else the cell next to it (blank, waiting to be filled) unless that is a label too.
 */
export function valueRightOf(v: GridView, row: number, col: number, maxCol = v.colCount - 1): RawCell | undefined {
  const next = v.right(row, col) + 1;
  for (let c = next; c <= maxCol; c = v.right(row, c) + 1) {
    if (v.covered(row, c) || v.blank(row, c)) continue;
    if (v.label(row, c)) break;
    return v.raw(row, c);
  }
  return v.label(row, next) ? undefined : v.raw(row, next);
}

/** A value written under its label (年度总体目标: 预期目标 over its text), else to its right. */
function valueBelowOrRight(v: GridView, hit: LabelHit): RawCell {
  const m = v.merge(hit.row, hit.col);
  const below = (m ? m.bottom : hit.row) + 1;
  if (!v.blank(below, hit.col) && !v.label(below, hit.col)) return v.raw(below, hit.col);
  const next = v.right(hit.row, hit.col) + 1;
  if (!v.blank(hit.row, next) && !v.label(hit.row, next)) return v.raw(hit.row, next);
  return v.raw(below, hit.col);
}

const PROJECT_HINTS: readonly LabelId[] = ["projectName", "projectSection", "subProject", "totalInvestment", "period"];

export function sheetKind(v: GridView, idx: LabelIndex): SheetKind {
  if (idx.title) {
    const k = kindFromTitle(v.value(idx.title.row, idx.title.col));
    if (k) return k;
  }
  if (PROJECT_HINTS.some((id) => idx.first.has(id))) return "project";
  const section = idx.first.get("fundsSection");
  if (section && String(v.value(section.row, section.col)).includes("项目")) return "project";
  return "overall";
}

export function readDepartment(v: GridView, idx: LabelIndex): RawCell | undefined {
  const hit = idx.first.get("department");
  return hit ? valueRightOf(v, hit.row, hit.col) : undefined;
}

/** 专项名称 / 项目名称, else the value beside 项目支出名称 when that is not itself a label. */
export function readProjectName(v: GridView, idx: LabelIndex): RawCell | undefined {
  for (const id of ["projectName", "projectSection"] as const) {
    const hit = idx.first.get(id);
    if (!hit) continue;
    const value = valueRightOf(v, hit.row, hit.col);
    if (value) return value;
  }
  return undefined;
}

/** 主管部门, 实施单位, 项目负责人, 项目总投资, 实施期, 子项目: each value beside its label, when the sheet has it. */
export function readProjectHeader(v: GridView, idx: LabelIndex): ProjectHeaderInput | undefined {
  const fields: [keyof ProjectHeaderInput, LabelId][] = [
    ["competentDepartment", "competentDepartment"],
    ["implementingUnit", "implementingUnit"],
    ["projectLead", "projectLead"],
    ["totalInvestment", "totalInvestment"],
    ["period", "period"],
    ["subProject", "subProject"],
  ];
  const out: { -readonly [K in keyof ProjectHeaderInput]: RawCell } = {};
  for (const [field, id] of fields) {
    const hit = idx.first.get(id);
    if (!hit) continue;
    // "项目总实施期：2020.1-12" holds its value in the label cell itself.
    const text = v.value(hit.row, hit.col);
    const inline = typeof text === "string" ? /^[^:：]{2,12}[:：](.+)$/s.exec(text.length > 200 ? text.slice(0, 200) : text) : null;
    const value = inline && inline[1].trim() !== "" ? { ...v.raw(hit.row, hit.col), value: inline[1].trim() } : valueRightOf(v, hit.row, hit.col);
    if (value) out[field] = value;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

export function readGoals(v: GridView, idx: LabelIndex): { expected?: RawCell; achieved?: RawCell } | undefined {
  const expectedHit = idx.first.get("expected");
  const achievedHit = idx.first.get("achieved");
  const section = idx.first.get("goalsSection");
  const expected = expectedHit ? valueBelowOrRight(v, expectedHit) : section ? valueRightOf(v, section.row, section.col) : undefined;
  const achieved = achievedHit ? valueBelowOrRight(v, achievedHit) : undefined;
  if (!expected && !achieved) return undefined;
  return { ...(expected ? { expected } : {}), ...(achieved ? { achieved } : {}) };
}
