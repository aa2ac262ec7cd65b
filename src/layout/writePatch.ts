import type { RawCell } from "../domain/cells";
import { Decimal, round2 } from "../domain/decimal";
import type { FundsRowInput, SheetInput, ValueInput } from "../domain/input";
import { cellOwner, ownedFormula, ownedValue, type CellOwner } from "../domain/ownership";
import type { ComputedCell, SheetResult } from "../domain/result";
import type { CellWrite, Patch } from "./patch";
import { FORMAT_RATE, FORMAT_SCORE } from "./templateStyles";

/**
 * Result → Patch. Only computed cells the reader located (执行率, execution 得分, indicator
 * 得分, 总分, 等级), only while blank or still jixiao's, and only when the value changes —
 * so a second run writes nothing and a cell the user typed into is never touched.
 */

function valueCells(v: ValueInput): RawCell[] {
  if (v.kind === "single") return [v.cell];
  return [v.nature, v.value, v.unit].filter((c): c is RawCell => c !== undefined);
}

function fundsRowInputs(row: FundsRowInput): RawCell[] {
  return [row.label, row.initialBudget, row.annualBudget, row.executed, row.weight].filter(
    (c): c is RawCell => c !== undefined,
  );
}

/** Every address the reader took as input: labels, amounts, names, targets, actuals, weights, notes. */
export function inputCellAddresses(input: SheetInput): Set<string> {
  const cells: RawCell[] = [];
  if (input.department) cells.push(input.department);
  if (input.projectName) cells.push(input.projectName);
  if (input.goals?.expected) cells.push(input.goals.expected);
  if (input.goals?.achieved) cells.push(input.goals.achieved);
  if (input.funds) {
    cells.push(input.funds.heading, ...fundsRowInputs(input.funds.total));
    for (const g of input.funds.groups) for (const row of g) cells.push(...fundsRowInputs(row));
  }
  for (const ind of input.indicators) {
    cells.push(ind.level1, ind.level2, ind.name, ...valueCells(ind.target), ...valueCells(ind.actual));
    cells.push(ind.weight, ind.deviationNote);
    if (ind.nature) cells.push(ind.nature);
  }
  if (input.footer) {
    cells.push(input.footer.label);
    if (input.footer.weight) cells.push(input.footer.weight);
  }
  return new Set(cells.map((c) => c.address));
}

/** The computed cells the reader located, by address. */
function computedCells(input: SheetInput): Map<string, RawCell> {
  const out = new Map<string, RawCell>();
  const add = (c: RawCell | undefined) => {
    if (c && !out.has(c.address)) out.set(c.address, c);
  };
  if (input.funds) {
    add(input.funds.total.rate);
    add(input.funds.total.score);
    for (const g of input.funds.groups) for (const row of g) add(row.rate);
  }
  for (const ind of input.indicators) add(ind.score);
  add(input.footer?.total);
  add(input.footer?.grade);
  return out;
}

const SAME_EPSILON = 1e-9;

function sameValue(a: number | string | undefined, b: number | string): boolean {
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) <= SAME_EPSILON;
  return a === b;
}

/** Scores and totals: 2 decimals, half away from zero. */
function scoreNumber(d: Decimal): number {
  return round2(d).toNumber();
}

/** Rates: at most 10 decimal places. */
function rateNumber(d: Decimal): number {
  return d.toDecimalPlaces(10, Decimal.ROUND_HALF_UP).toNumber();
}

export function patchFor(input: SheetInput, result: SheetResult): Patch {
  const inputs = inputCellAddresses(input);
  const slots = computedCells(input);
  const writes = new Map<string, CellWrite>();
  // The first computed role that reaches a cell owns it, written or not: on an odd layout one
  // cell can be two roles (a funds row read as an indicator row too), and the second must not
  // undo on the next run what the first left alone.
  const claimed = new Set<string>();

  const put = <T>(computed: ComputedCell<T> | null | undefined, toValue: (v: T) => number | string, numberFormat: string) => {
    if (!computed || claimed.has(computed.cell) || inputs.has(computed.cell)) return;
    claimed.add(computed.cell);
    const cell = slots.get(computed.cell);
    if (!cell) return;
    const owner: CellOwner = cellOwner(cell);
    if (owner === "user" || computed.owner === "user") return;
    if (computed.value === null) {
      if (owner === "jixiao") writes.set(cell.address, { address: cell.address, formula: "", value: null });
      return;
    }
    const value = toValue(computed.value);
    if (typeof value === "number" && !Number.isFinite(value)) return;
    if (owner === "jixiao" && sameValue(ownedValue(cell.formula), value)) return;
    writes.set(cell.address, { address: cell.address, formula: ownedFormula(value), value, numberFormat });
  };

  if (result.funds) {
    put(result.funds.executionRate, rateNumber, FORMAT_RATE);
    put(result.funds.score, scoreNumber, FORMAT_SCORE);
    for (const row of result.funds.rows) put(row.rate, rateNumber, FORMAT_RATE);
  }
  for (const ind of result.indicators) put(ind.score, scoreNumber, FORMAT_SCORE);
  put(result.total, scoreNumber, FORMAT_SCORE);
  const labelled = input.footer?.gradeLabelled !== false;
  put(result.grade, (g) => (labelled ? `等级：${g}` : g), "General");

  return { sheetName: input.sheetName, writes: [...writes.values()] };
}
