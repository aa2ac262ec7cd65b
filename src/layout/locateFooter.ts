import type { RawCell } from "../domain/cells";
import type { FooterInput } from "../domain/input";
import { cellOwner } from "../domain/ownership";
import type { GridView } from "./gridView";
import type { IndicatorColumns } from "./indicatorColumns";
import { rowLabels, type LabelIndex } from "./labelIndex";
import { normalizeLabel } from "./labels";

/**
 * The 总分 row: 总分 | 100 | total | 等级：优. The 分值 and total sit under the 分值 and 得分
 * columns when the label leaves them free, else they are the first cells after the label.
 * The grade is a "等级：优" cell, or a bare 等级 label with the grade in the next cell.
 */

const GRADES = new Set(["优", "良", "中", "差"]);

/** Columns of the row's cells after `from`, stepping over merges. */
function cellsAfter(v: GridView, row: number, from: number, lastCol: number): number[] {
  const out: number[] = [];
  for (let c = v.right(row, from) + 1; c <= lastCol; c = v.right(row, c) + 1) {
    if (!v.covered(row, c)) out.push(c);
  }
  return out;
}

export function readFooter(v: GridView, idx: LabelIndex, row: number, cols: IndicatorColumns): FooterInput | undefined {
  const labels = rowLabels(idx, row);
  const labelHit = labels.find((h) => h.id === "footerTotal");
  if (!labelHit) return undefined;
  const lastCol = Math.max(cols.lastCol, v.right(row, labelHit.col));
  const after = cellsAfter(v, row, labelHit.col, lastCol);

  // The grade cell: "等级：优" itself, or what follows a bare 等级 label.
  let grade: RawCell | undefined;
  let gradeLabelled: boolean | undefined;
  let gradeLabelCol: number | undefined;
  const gradeHit = labels.find((h) => h.id === "grade" && h.col > labelHit.col);
  if (gradeHit) {
    const bare = /^(?:评价|自评)?等级:?$/.test(normalizeLabel(String(v.value(gradeHit.row, gradeHit.col))));
    if (bare) {
      gradeLabelCol = gradeHit.col;
      const next = after.find((c) => c > v.right(row, gradeHit.col));
      const at = next ?? v.right(row, gradeHit.col) + 1;
      grade = v.raw(row, at);
      gradeLabelled = false;
    } else {
      grade = v.raw(row, gradeHit.col);
      gradeLabelled = true;
    }
  }
  const gradeCol = grade ? after.find((c) => v.raw(row, c).address === grade?.address) : undefined;
  const free = after.filter((c) => c !== gradeCol && c !== gradeLabelCol);

  let weight: RawCell | undefined;
  let total: RawCell | undefined;
  const labelRight = v.right(row, labelHit.col);
  if (cols.weight > labelRight && cols.score > labelRight && !v.covered(row, cols.weight) && !v.covered(row, cols.score)) {
    weight = v.raw(row, cols.weight);
    total = v.raw(row, cols.score);
  } else {
    // A cell holding jixiao's own value or a sum (jixiao's total formula, or the user's) is a
    // total, never the 分值.
    const owned = (c: number) => {
      const raw = v.raw(row, c);
      return cellOwner(raw) === "jixiao" || (raw.formula !== undefined && /SUM\(/i.test(raw.formula));
    };
    const filled = free.filter((c) => !v.blank(row, c) && !owned(c) && !GRADES.has(String(v.value(row, c)).trim()));
    const w = filled[0] ?? free.find((c) => !owned(c));
    if (w !== undefined) weight = v.raw(row, w);
    const t = filled[1] ?? free.find((c) => owned(c) && c !== w) ?? free.find((c) => w !== undefined && c > w);
    if (t !== undefined) total = v.raw(row, t);
  }

  if (!grade && total) {
    const totalCol = free.find((c) => v.raw(row, c).address === total?.address) ?? cols.score;
    const next = after.find((c) => c > v.right(row, totalCol));
    if (next !== undefined) {
      grade = v.raw(row, next);
      const val = v.value(row, next);
      gradeLabelled = !(typeof val === "string" && GRADES.has(val.trim()));
    }
  }

  return {
    label: v.raw(row, labelHit.col),
    ...(weight ? { weight } : {}),
    ...(total ? { total } : {}),
    ...(grade ? { grade } : {}),
    ...(gradeLabelled !== undefined ? { gradeLabelled } : {}),
  };
}
