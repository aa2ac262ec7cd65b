/**
 * How many lines a text takes in a cell, estimated from the column width the way Excel measures it
 * (one width unit ≈ the width of a digit of the default 11 pt font; a CJK character ≈ two), and the
 * row height those lines need. Used to size template rows so that nothing is cut off in print, and
 * by the test that checks it.
 */

/** Excel's default font size, points. */
const BASE_SIZE = 11;
/** Width units lost to the cell's left and right padding. */
const PADDING_UNITS = 1;
/** Line height as a multiple of the font size (宋体/Noto Sans CJK in Excel and LibreOffice). */
const LINE_FACTOR = 1.4;
/** Top and bottom padding of a row, points. */
export const ROW_PADDING = 4;

/** Width of one character in width units at `fontSize`. */
function charUnits(ch: string, fontSize: number): number {
  const code = ch.codePointAt(0) ?? 0;
  const wide = code >= 0x2e80 || (code >= 0x1100 && code <= 0x115f) || (code >= 0xff00 && code <= 0xffef);
  return ((wide ? 2 : 1.1) * fontSize) / BASE_SIZE;
}

/** Lines `text` wraps to in a cell `widthUnits` wide (explicit line breaks kept). */
export function textLines(text: string, widthUnits: number, fontSize = BASE_SIZE): number {
  const room = Math.max(1, widthUnits - PADDING_UNITS);
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let used = 0;
    let count = 1;
    for (const ch of paragraph) {
      const w = charUnits(ch, fontSize);
      if (used + w > room && used > 0) {
        count++;
        used = 0;
      }
      used += w;
    }
    lines += count;
  }
  return lines;
}

/** The row height, points, that shows `lines` lines of `fontSize` text. */
export function heightForLines(lines: number, fontSize = BASE_SIZE): number {
  return Math.ceil(lines * fontSize * LINE_FACTOR + ROW_PADDING);
}

/** How many lines of `fontSize` text a row (or merged rows) `height` points tall shows. */
export function linesInHeight(height: number, fontSize = BASE_SIZE): number {
  return Math.floor((height - ROW_PADDING) / (fontSize * LINE_FACTOR) + 1e-9);
}
