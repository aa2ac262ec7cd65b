import { columnName } from "../layout/address";
import { EXCEL_MAX_COLUMNS, EXCEL_MAX_ROWS } from "./limits";

/**
 * A shared formula's text as one of its other cells holds it: the master's relative references
 * moved by the cell's offset from the master (ECMA-376 §18.3.1.40). Text in "quotes", 'sheet names'
 * and [structured references] is left alone; $-anchored parts do not move.
 */

const REFERENCE = /(?<![A-Za-z0-9_.$\\])(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_(])/g;

function columnIndex(letters: string): number {
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col - 1;
}

function shiftSegment(text: string, rows: number, cols: number): string {
  return text.replace(REFERENCE, (whole: string, colAnchor: string, letters: string, rowAnchor: string, digits: string) => {
    const col = columnIndex(letters);
    const row = Number(digits) - 1;
    if (col >= EXCEL_MAX_COLUMNS || row < 0 || row >= EXCEL_MAX_ROWS) return whole;
    const newCol = colAnchor ? col : col + cols;
    const newRow = rowAnchor ? row : row + rows;
    if (newCol < 0 || newRow < 0 || newCol >= EXCEL_MAX_COLUMNS || newRow >= EXCEL_MAX_ROWS) return "#REF!";
    return `${colAnchor}${columnName(newCol)}${rowAnchor}${newRow + 1}`;
  });
}

/** `formula` (without "=") moved by `rows` and `cols`. */
export function shiftFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  let out = "";
  let plain = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    const close = ch === '"' ? '"' : ch === "'" ? "'" : ch === "[" ? "]" : "";
    if (!close) {
      plain += ch;
      i++;
      continue;
    }
    let j = i + 1;
    for (; j < formula.length; j++) {
      if (formula[j] !== close) continue;
      if (close !== "]" && formula[j + 1] === close) j++; // "" and '' escape the quote
      else break;
    }
    out += shiftSegment(plain, rows, cols) + formula.slice(i, j + 1);
    plain = "";
    i = j + 1;
  }
  return out + shiftSegment(plain, rows, cols);
}
