import fc from "fast-check";
import type { CellValue } from "../../src/domain/cells";
import type { Grid } from "../../src/layout/grid";
import { fuzzCell, HUGE_NUMBERS, textValue, type FuzzCell } from "./cellArbs";
import { EditableGrid } from "./editableGrid";

/**
 * What happens to a real table on its way through an office: rows deleted, duplicated and
 * shuffled, cells blanked or typed over, text where a number belongs, merges broken, labels
 * misspelt, units swapped (元 for 万元), huge and negative values, Word's spaces and breaks.
 * Positions are drawn as naturals and taken modulo the grid, so every mutation applies to any grid.
 */

export type Mutation =
  | { readonly op: "deleteRow"; readonly at: number; readonly followMerges: boolean }
  | { readonly op: "duplicateRow"; readonly at: number; readonly count: number }
  | { readonly op: "moveRow"; readonly from: number; readonly to: number }
  | { readonly op: "insertBlankRows"; readonly at: number; readonly count: number }
  | { readonly op: "deleteColumn"; readonly at: number }
  | { readonly op: "insertBlankColumn"; readonly at: number }
  | { readonly op: "blankCell"; readonly pick: number }
  | { readonly op: "setCell"; readonly row: number; readonly col: number; readonly cell: FuzzCell }
  | { readonly op: "textInNumber"; readonly pick: number; readonly text: string }
  | { readonly op: "breakMerge"; readonly pick: number }
  | { readonly op: "breakAllMerges" }
  | { readonly op: "addMerge"; readonly row: number; readonly col: number; readonly height: number; readonly width: number }
  | { readonly op: "misspell"; readonly pick: number; readonly how: number; readonly at: number; readonly ch: string }
  | { readonly op: "bigValue"; readonly pick: number; readonly value: number }
  | { readonly op: "negate"; readonly pick: number }
  | { readonly op: "unitSwap"; readonly pick: number; readonly unit: string }
  | { readonly op: "wordPaste"; readonly pick: number; readonly junk: string }
  | { readonly op: "renameSheet"; readonly name: string };

const pos = fc.nat(10_000);

const SIMILAR = ["金", "额", "数", "預", "标", "指", "值", "分", " ", "\u3000", "\n", "(", "（", "：", ":", "1", "Ａ"];
const WORD_JUNK = ["\u3000", " ", "\n", "\r\n", "\u00a0", "\u200b", "\t", "\u00ad", "\u3000\u3000", "  \n  "];

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ op: fc.constant("deleteRow" as const), at: pos, followMerges: fc.boolean() }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant("duplicateRow" as const), at: pos, count: fc.integer({ min: 1, max: 3 }) }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant("moveRow" as const), from: pos, to: pos }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant("insertBlankRows" as const), at: pos, count: fc.integer({ min: 1, max: 3 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("deleteColumn" as const), at: pos }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("insertBlankColumn" as const), at: pos }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant("blankCell" as const), pick: pos }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant("setCell" as const), row: fc.nat(40), col: fc.nat(14), cell: fuzzCell }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant("textInNumber" as const), pick: pos, text: textValue }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant("breakMerge" as const), pick: pos }) },
  { weight: 3, arbitrary: fc.constant({ op: "breakAllMerges" as const }) },
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant("addMerge" as const),
      row: fc.nat(40),
      col: fc.nat(12),
      height: fc.integer({ min: 1, max: 6 }),
      width: fc.integer({ min: 1, max: 4 }),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({ op: fc.constant("misspell" as const), pick: pos, how: fc.nat(4), at: pos, ch: fc.constantFrom(...SIMILAR) }),
  },
  { weight: 3, arbitrary: fc.record({ op: fc.constant("bigValue" as const), pick: pos, value: fc.constantFrom(...HUGE_NUMBERS) }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant("negate" as const), pick: pos }) },
  {
    weight: 3,
    arbitrary: fc.record({ op: fc.constant("unitSwap" as const), pick: pos, unit: fc.constantFrom("元", "万元", "亿元", "个", "%", "百分比", "家") }),
  },
  { weight: 3, arbitrary: fc.record({ op: fc.constant("wordPaste" as const), pick: pos, junk: fc.constantFrom(...WORD_JUNK) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant("renameSheet" as const),
      name: fc.oneof(fc.string({ maxLength: 31 }), fc.constantFrom("", "Sheet1", "'", "项目支出绩效自评表 (2)")),
    }),
  },
);

function pickFrom<T>(xs: readonly T[], n: number): T | undefined {
  return xs.length === 0 ? undefined : xs[n % xs.length];
}

const isNumberLike = (v: CellValue) => typeof v === "number" || (typeof v === "string" && /\d/.test(v));

/** Applies one mutation in place; a mutation that finds nothing to act on does nothing. */
export function applyMutation(g: EditableGrid, m: Mutation): void {
  const rows = Math.max(g.rowCount, 1);
  const cols = Math.max(g.colCount, 1);
  switch (m.op) {
    case "deleteRow":
      return g.deleteRow(m.at % rows, m.followMerges);
    case "duplicateRow":
      return g.duplicateRow(m.at % rows, m.count);
    case "moveRow":
      return g.moveRow(m.from % rows, m.to % rows);
    case "insertBlankRows":
      return g.insertBlankRows(m.at % (rows + 1), m.count);
    case "deleteColumn":
      return g.deleteColumn(m.at % cols);
    case "insertBlankColumn":
      return g.insertBlankColumn(m.at % cols);
    case "blankCell": {
      const c = pickFrom(g.cells(), m.pick);
      if (c) g.set(c.row, c.col, { value: null });
      return;
    }
    case "setCell":
      return g.set(m.row, m.col, m.cell);
    case "textInNumber": {
      const c = pickFrom(g.cells().filter((x) => isNumberLike(x.value)), m.pick);
      if (c) g.set(c.row, c.col, { value: m.text });
      return;
    }
    case "breakMerge":
      if (g.merges.length > 0) g.merges.splice(m.pick % g.merges.length, 1);
      return;
    case "breakAllMerges":
      g.merges = [];
      return;
    case "addMerge":
      g.merges.push({ top: m.row, left: m.col, bottom: m.row + m.height - 1, right: m.col + m.width - 1 });
      return;
    case "misspell": {
      const c = pickFrom(g.cells().filter((x) => typeof x.value === "string" && x.value.length > 0), m.pick);
      if (c && typeof c.value === "string") g.set(c.row, c.col, { value: misspell(c.value, m.how, m.at, m.ch) });
      return;
    }
    case "bigValue": {
      const c = pickFrom(g.cells().filter((x) => isNumberLike(x.value)), m.pick);
      if (c) g.set(c.row, c.col, { value: m.value });
      return;
    }
    case "negate": {
      const c = pickFrom(g.cells().filter((x) => isNumberLike(x.value)), m.pick);
      if (c) g.set(c.row, c.col, { value: typeof c.value === "number" ? -c.value : `-${String(c.value)}` });
      return;
    }
    case "unitSwap": {
      const c = pickFrom(g.cells().filter((x) => isNumberLike(x.value)), m.pick);
      if (c) g.set(c.row, c.col, { value: `${String(c.value).replace(/[^\d.\-+≥≤=<>]+$/u, "")}${m.unit}` });
      return;
    }
    case "wordPaste": {
      const c = pickFrom(g.cells(), m.pick);
      if (c && (typeof c.value === "string" || typeof c.value === "number")) {
        g.set(c.row, c.col, { value: m.pick % 2 === 0 ? `${m.junk}${String(c.value)}` : `${String(c.value)}${m.junk}` });
      }
      return;
    }
    case "renameSheet":
      g.sheetName = m.name;
      return;
  }
}

/** Drop, insert, swap or replace one character: the slips of a hurried typist. */
function misspell(s: string, how: number, at: number, ch: string): string {
  const chars = [...s];
  const i = at % chars.length;
  switch (how) {
    case 0:
      chars.splice(i, 1);
      break;
    case 1:
      chars.splice(i, 0, ch);
      break;
    case 2:
      if (i + 1 < chars.length) [chars[i], chars[i + 1]] = [chars[i + 1], chars[i]];
      break;
    case 3:
      chars[i] = ch;
      break;
    default:
      chars.reverse();
  }
  return chars.join("");
}

export function mutate(grid: Grid, ms: readonly Mutation[]): Grid {
  const g = new EditableGrid(grid);
  for (const m of ms) applyMutation(g, m);
  return g.toGrid();
}

export const mutations = (maxLength: number): fc.Arbitrary<Mutation[]> => fc.array(mutation, { minLength: 1, maxLength });
