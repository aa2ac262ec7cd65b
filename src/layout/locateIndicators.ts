import type { RawCell } from "../domain/cells";
import type { IndicatorInput, ValueInput } from "../domain/input";
import { cellOwner } from "../domain/ownership";
import type { MergedArea } from "./grid";
import type { GridView } from "./gridView";
import type { IndicatorColumns, ValueColumns } from "./indicatorColumns";
import { rowHas, type LabelIndex } from "./labelIndex";
import { isPlaceholderName, isTitleText, type LabelId } from "./labels";

/**
 * The indicator rows between the header and the 总分 row. 一级/二级 cells may be merged down
 * (the merge's top-left governs) or written once and left blank below (carried down).
 * Blank rows, heading-only rows and placeholders left from the blank form are skipped.
 */

const END: ReadonlySet<LabelId> = new Set(["footerTotal", "note"]);

export interface IndicatorsRead {
  readonly indicators: readonly IndicatorInput[];
  /** The row that ended the block (the 总分 row when there is one), or rowCount. */
  readonly endRow: number;
  readonly footerRow?: number;
}

/** Carries the governing cell of a 一级/二级 column down the rows. */
class LevelCarry {
  private last: RawCell | undefined;
  private lastMerge: MergedArea | undefined;
  constructor(
    private readonly v: GridView,
    private readonly col: number,
  ) {}

  reset(): void {
    this.last = undefined;
    this.lastMerge = undefined;
  }

  /** The governing cell for this row, and whether a new group starts here. */
  at(row: number): { cell: RawCell; starts: boolean } {
    const m = this.v.merge(row, this.col);
    if (m && (m.top !== row || m.left !== this.col)) {
      if (this.last && this.lastMerge === m) return { cell: this.last, starts: false };
      const top = this.v.raw(m.top, m.left);
      const starts = this.last?.address !== top.address;
      this.last = top;
      this.lastMerge = m;
      return { cell: top, starts };
    }
    this.lastMerge = undefined;
    if (!this.v.blank(row, this.col)) {
      const cell = this.v.raw(row, this.col);
      this.last = cell;
      return { cell, starts: true };
    }
    return { cell: this.last ?? this.v.raw(row, this.col), starts: false };
  }
}

function valueInput(v: GridView, row: number, cols: ValueColumns): ValueInput {
  if (cols.nature === undefined && cols.unit === undefined) return { kind: "single", cell: v.raw(row, cols.value) };
  return {
    kind: "split",
    value: v.raw(row, cols.value),
    ...(cols.nature !== undefined ? { nature: v.raw(row, cols.nature) } : {}),
    ...(cols.unit !== undefined ? { unit: v.raw(row, cols.unit) } : {}),
  };
}

function valueColumnList(c: ValueColumns): number[] {
  return [c.value, c.nature, c.unit].filter((x): x is number => x !== undefined);
}

export function readIndicators(v: GridView, idx: LabelIndex, cols: IndicatorColumns): IndicatorsRead {
  const level1 = new LevelCarry(v, cols.level1);
  const level2 = new LevelCarry(v, cols.level2);
  const others = [
    ...valueColumnList(cols.target),
    ...valueColumnList(cols.actual),
    cols.weight,
    cols.score,
    cols.deviation,
    ...(cols.type !== undefined ? [cols.type] : []),
  ];
  const indicators: IndicatorInput[] = [];
  let r = cols.firstRow;
  for (; r < v.rowCount; r++) {
    if (rowHas(idx, r, END, cols.lastCol)) break;
    if (idx.title && idx.title.row === r) break;
    if (isTitleText(v.value(r, cols.name))) break;
    const l1 = level1.at(r);
    if (l1.starts) level2.reset();
    const l2 = level2.at(r);
    const nameBlank = v.blank(r, cols.name) || v.covered(r, cols.name);
    // jixiao's own score formula is not the user's content: a row holding only that is empty.
    const othersBlank = others.every(
      (c) => v.blank(r, c) || v.covered(r, c) || (c === cols.score && cellOwner(v.raw(r, c)) === "jixiao"),
    );
    if (othersBlank && (nameBlank || isPlaceholderName(v.value(r, cols.name)))) continue;
    indicators.push({
      level1: l1.cell,
      level2: l2.cell,
      name: v.raw(r, cols.name),
      target: valueInput(v, r, cols.target),
      actual: valueInput(v, r, cols.actual),
      weight: v.raw(r, cols.weight),
      score: v.raw(r, cols.score),
      deviationNote: v.raw(r, cols.deviation),
      ...(cols.type !== undefined ? { nature: v.raw(r, cols.type) } : {}),
    });
  }
  const footerRow = r < v.rowCount && rowHas(idx, r, new Set<LabelId>(["footerTotal"]), cols.lastCol) ? r : undefined;
  return { indicators, endRow: r, ...(footerRow !== undefined ? { footerRow } : {}) };
}
