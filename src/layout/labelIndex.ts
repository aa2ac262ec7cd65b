import type { Diagnostic, DiagnosticCode, MessageParams } from "../domain/diagnostics";
import type { GridView } from "./gridView";
import { classifyLabel, isTitleText, type LabelId } from "./labels";

/** Where every known label sits, found in one pass over the cells. */
export interface LabelHit {
  readonly row: number;
  readonly col: number;
  readonly id: LabelId;
}

export interface LabelIndex {
  /** Hits per row, left to right. */
  readonly byRow: ReadonlyMap<number, readonly LabelHit[]>;
  /** First hit of each label, top to bottom, left to right. */
  readonly first: ReadonlyMap<LabelId, LabelHit>;
  /** The title cell, if one reads like "…绩效自评表". */
  readonly title?: { readonly row: number; readonly col: number };
  /** The first non-blank cell (diagnostics about the whole sheet point here when there is no title). */
  readonly firstFilled?: { readonly row: number; readonly col: number };
}

export function indexLabels(v: GridView): LabelIndex {
  const byRow = new Map<number, LabelHit[]>();
  const first = new Map<LabelId, LabelHit>();
  let title: { row: number; col: number } | undefined;
  let firstFilled: { row: number; col: number } | undefined;
  for (let r = 0; r < v.rowCount; r++) {
    for (let c = 0; c < v.colCount; c++) {
      const value = v.value(r, c);
      if (typeof value !== "string") {
        if (!firstFilled && value !== null) firstFilled = { row: r, col: c };
        continue;
      }
      if (!firstFilled && !v.blank(r, c)) firstFilled = { row: r, col: c };
      if (v.covered(r, c)) continue;
      if (!title && isTitleText(value)) title = { row: r, col: c };
      const id = classifyLabel(value);
      if (!id) continue;
      const hit: LabelHit = { row: r, col: c, id };
      const list = byRow.get(r);
      if (list) list.push(hit);
      else byRow.set(r, [hit]);
      if (!first.has(id)) first.set(id, hit);
    }
  }
  return { byRow, first, title, firstFilled };
}

/** The labels of one row. */
export function rowLabels(idx: LabelIndex, row: number): readonly LabelHit[] {
  return idx.byRow.get(row) ?? [];
}

export function rowHas(idx: LabelIndex, row: number, ids: ReadonlySet<LabelId>, maxCol = Infinity): boolean {
  return rowLabels(idx, row).some((h) => h.col <= maxCol && ids.has(h.id));
}

/** A reader diagnostic (always an error: the table cannot be read as it stands). */
export function readerDiagnostic(
  sheet: string,
  cell: string,
  code: Extract<DiagnosticCode, "TABLE_NOT_FOUND" | "REQUIRED_MISSING" | "TEMPLATE_UNFILLED">,
  params: MessageParams,
): Diagnostic {
  return { code, severity: "error", sheet, cell, key: code, params };
}
