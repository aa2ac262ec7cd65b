import type { CellWrite } from "../layout/patch";
import { cellAddress } from "../layout/address";
import { shiftFormula } from "./formulaShift";
import { parseCellRef } from "./sheetReader";
import type { StylesEditor } from "./stylesEditor";
import { applyEdits, prefixOf, withAttribute, type TextEdit } from "./textEdits";
import { attr, escapeXml, parseText, SML } from "./xmlStream";

/**
 * Writes cells into a worksheet part's XML in place: each written cell's <c> element is replaced
 * (or inserted, in row and column order), everything else in the part stays as it was, character
 * for character. A cell gets jixiao's formula and its cached result; "" clears it (its style stays).
 */

interface CellSpan {
  row: number;
  col: number;
  start: number;
  openEnd: number;
  end: number;
  hasRef: boolean;
  type: string;
  style: number;
  formula: string | null;
  formulaType: string;
  sharedIndex: string;
  formulaStart: number;
  formulaEnd: number;
  value: string | null;
}

interface RowSpan {
  row: number;
  start: number;
  openEnd: number;
  end: number;
  selfClosing: boolean;
  hasRef: boolean;
  cells: CellSpan[];
}

interface SheetScan {
  prefix: string;
  sheetData: { start: number; openEnd: number; end: number; selfClosing: boolean; name: string } | null;
  rows: RowSpan[];
}

function scanSheet(text: string): SheetScan {
  const scan: SheetScan = { prefix: "", sheetData: null, rows: [] };
  let depth = 0;
  let row: RowSpan | null = null;
  let cell: CellSpan | null = null;
  let collecting: "v" | "f" | null = null;
  let inSheetData = false;
  let rowIndex = -1;
  let colIndex = -1;
  parseText(text, {
    open: (tag, start, openEnd) => {
      depth++;
      if (depth === 1) scan.prefix = prefixOf(tag);
      const local = SML.has(tag.uri) ? tag.local : "";
      if (cell) {
        if (local === "v") {
          collecting = "v";
          cell.value = "";
        } else if (local === "f") {
          collecting = "f";
          cell.formula = "";
          cell.formulaType = attr(tag, "t") ?? "";
          cell.sharedIndex = attr(tag, "si") ?? "";
          cell.formulaStart = start;
        }
        return;
      }
      if (local === "sheetData" && depth === 2) {
        inSheetData = true;
        scan.sheetData = { start, openEnd, end: openEnd, selfClosing: tag.isSelfClosing, name: tag.name };
      } else if (inSheetData && local === "row") {
        const r = attr(tag, "r");
        rowIndex = r === undefined ? rowIndex + 1 : Number(r) - 1;
        colIndex = -1;
        row = { row: rowIndex, start, openEnd, end: openEnd, selfClosing: tag.isSelfClosing, hasRef: r !== undefined, cells: [] };
        scan.rows.push(row);
      } else if (row && local === "c") {
        const ref = attr(tag, "r");
        const at = ref === undefined ? undefined : parseCellRef(ref);
        colIndex = at ? at.col : colIndex + 1;
        cell = {
          row: rowIndex,
          col: colIndex,
          start,
          openEnd,
          end: openEnd,
          hasRef: ref !== undefined,
          type: attr(tag, "t") ?? "n",
          style: Number(attr(tag, "s") ?? 0) || 0,
          formula: null,
          formulaType: "",
          sharedIndex: "",
          formulaStart: -1,
          formulaEnd: -1,
          value: null,
        };
        row.cells.push(cell);
      }
    },
    close: (tag, end) => {
      depth--;
      const local = SML.has(tag.uri) ? tag.local : "";
      if (cell) {
        if (local === "f") cell.formulaEnd = end;
        if (local === "v" || local === "f") collecting = null;
        else if (local === "c") {
          cell.end = end;
          cell = null;
        }
      } else if (row && local === "row") {
        row.end = end;
        row = null;
      } else if (local === "sheetData" && scan.sheetData && inSheetData) {
        scan.sheetData.end = end;
        inSheetData = false;
      }
    },
    text: (t) => {
      if (!cell) return;
      if (collecting === "v") cell.value += t;
      else if (collecting === "f") cell.formula += t;
    },
  });
  return scan;
}

/** The formula a cell holds, resolving a shared formula's other cells from their master. */
function formulaOf(cell: CellSpan, masters: ReadonlyMap<string, CellSpan>): string | null {
  if (cell.formula === null) return null;
  if (cell.formula !== "" || cell.formulaType !== "shared") return cell.formula === "" ? null : cell.formula;
  const m = masters.get(cell.sharedIndex);
  return m?.formula ? shiftFormula(m.formula, cell.row - m.row, cell.col - m.col) : null;
}

/** Does the cell already hold this formula and cached result? */
function holds(cell: CellSpan | undefined, formula: string, value: number | string | null, masters: ReadonlyMap<string, CellSpan>): boolean {
  if (!cell || formulaOf(cell, masters) !== formula) return false;
  if (value === null) return cell.value === null || cell.value === "";
  if (typeof value === "number") return cell.type === "n" && cell.value !== null && Number(cell.value) === value;
  return cell.type === "str" && cell.value === value;
}

/** A <c> with a formula and its cached result (none when null), or an empty styled cell. */
export function cellXml(p: string, ref: string, style: number, formula: string | null, value: number | string | null): string {
  const s = style ? ` s="${style}"` : "";
  if (formula === null) return `<${p}c r="${ref}"${s}/>`;
  const t = typeof value === "string" ? ' t="str"' : "";
  const v = value === null ? "" : `<${p}v>${typeof value === "number" ? String(value) : escapeXml(value)}</${p}v>`;
  return `<${p}c r="${ref}"${s}${t}><${p}f>${escapeXml(formula)}</${p}f>${v}</${p}c>`;
}

export interface SheetPatchResult {
  readonly text: string;
  /** Cells whose content or format changed. */
  readonly changed: number;
  /** A formula was written, changed or removed (the calculation chain is stale). */
  readonly formulasChanged: boolean;
}

/** Applies the writes to a worksheet's XML text. */
export function patchSheet(text: string, writes: readonly CellWrite[], styles: StylesEditor): SheetPatchResult {
  const scan = scanSheet(text);
  const p = scan.prefix;
  const cells = new Map<number, CellSpan>();
  const masters = new Map<string, CellSpan>();
  const key = (row: number, col: number): number => row * 16_384 + col;
  for (const r of scan.rows) {
    for (const c of r.cells) {
      cells.set(key(c.row, c.col), c);
      if (c.formulaType === "shared" && c.formula) masters.set(c.sharedIndex, c);
    }
  }
  // The final XML of each written cell, by position.
  const written = new Map<number, { row: number; col: number; xml: string }>();
  const restyled: TextEdit[] = [];
  let changed = 0;
  let formulasChanged = false;
  for (const w of writes) {
    const at = parseCellRef(w.address);
    if (!at) continue;
    const k = key(at.row, at.col);
    const cell = cells.get(k);
    const formula = w.formula === "" ? null : w.formula.replace(/^=/, "");
    let style = cell?.style ?? 0;
    let contentChanged: boolean;
    if (formula === null) contentChanged = !!cell && (cell.formula !== null || cell.value !== null || cell.type === "inlineStr");
    else contentChanged = !holds(cell, formula, w.value, masters);
    if (w.numberFormat !== undefined) style = styles.styleWithFormat(style, w.numberFormat);
    if (!contentChanged && style === (cell?.style ?? 0)) continue;
    changed++;
    if (!contentChanged && cell) {
      // Only the format: the cell keeps its content, its opening tag gets the new style.
      restyled.push({ at: cell.start, length: cell.openEnd - cell.start, text: withAttribute(text.slice(cell.start, cell.openEnd), "s", String(style)) });
      continue;
    }
    if (contentChanged) formulasChanged = true;
    written.set(k, { row: at.row, col: at.col, xml: cellXml(p, cellAddress(at.row, at.col), style, contentChanged ? formula : null, formula === null ? null : w.value) });
  }
  if (changed === 0) return { text, changed: 0, formulasChanged: false };

  const edits: TextEdit[] = [...restyled];
  // A shared formula's master about to be overwritten: its other cells get their own formula text.
  for (const k of written.keys()) {
    const master = cells.get(k);
    if (!master || master.formulaType !== "shared" || !master.formula) continue;
    for (const c of cells.values()) {
      if (c === master || c.sharedIndex !== master.sharedIndex || c.formulaType !== "shared" || c.formula !== "") continue;
      if (written.has(key(c.row, c.col))) continue;
      const own = shiftFormula(master.formula, c.row - master.row, c.col - master.col);
      edits.push({ at: c.formulaStart, length: c.formulaEnd - c.formulaStart, text: `<${p}f>${escapeXml(own)}</${p}f>` });
    }
  }
  // Rows and cells without `r` follow their neighbours: once anything is inserted, each gets its own.
  const inserting = [...written.keys()].some((k) => !cells.has(k));
  if (inserting) {
    for (const r of scan.rows) {
      if (!r.hasRef) edits.push({ at: r.start + 1 + `${p}row`.length, length: 0, text: ` r="${r.row + 1}"` });
      for (const c of r.cells) {
        if (!c.hasRef && !written.has(key(c.row, c.col))) {
          edits.push({ at: c.start + 1 + `${p}c`.length, length: 0, text: ` r="${cellAddress(c.row, c.col)}"` });
        }
      }
    }
  }
  // Replacements in place; new cells into their rows, new rows into sheetData, in order.
  const newRows = new Map<number, { col: number; xml: string }[]>();
  for (const [k, w] of written) {
    const cell = cells.get(k);
    if (cell) {
      edits.push({ at: cell.start, length: cell.end - cell.start, text: w.xml });
      continue;
    }
    const list = newRows.get(w.row) ?? [];
    list.push({ col: w.col, xml: w.xml });
    newRows.set(w.row, list);
  }
  const rowsByIndex = new Map(scan.rows.map((r) => [r.row, r]));
  const rowInsertions: { row: number; xml: string }[] = [];
  for (const [rowIndex, list] of newRows) {
    list.sort((a, b) => a.col - b.col);
    const row = rowsByIndex.get(rowIndex);
    if (!row) {
      rowInsertions.push({ row: rowIndex, xml: `<${p}row r="${rowIndex + 1}">${list.map((c) => c.xml).join("")}</${p}row>` });
      continue;
    }
    if (row.selfClosing) {
      edits.push({ at: row.openEnd - 2, length: 2, text: `>${list.map((c) => c.xml).join("")}</${p}row>` });
      continue;
    }
    const closing = row.end - `</${p}row>`.length;
    for (const c of list) {
      const next = row.cells.find((x) => x.col > c.col);
      edits.push({ at: next ? next.start : closing, length: 0, text: c.xml });
    }
  }
  rowInsertions.sort((a, b) => a.row - b.row);
  const sd = scan.sheetData;
  if (rowInsertions.length && !sd) throw new Error("the worksheet has no sheetData");
  if (sd && rowInsertions.length) {
    if (sd.selfClosing) {
      edits.push({ at: sd.openEnd - 2, length: 2, text: `>${rowInsertions.map((r) => r.xml).join("")}</${sd.name}>` });
    } else {
      const closing = sd.end - `</${sd.name}>`.length;
      for (const r of rowInsertions) {
        const next = scan.rows.find((x) => x.row > r.row);
        edits.push({ at: next ? next.start : closing, length: 0, text: r.xml });
      }
    }
  }
  return { text: applyEdits(text, edits), changed, formulasChanged };
}
