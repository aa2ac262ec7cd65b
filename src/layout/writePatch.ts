import { isBlank, type CellValue, type RawCell } from "../domain/cells";
import { Decimal, round2 } from "../domain/decimal";
import type { FundsRowInput, SheetInput, ValueInput } from "../domain/input";
import { cellOwner, ownedFormula, ownedValue, type CellOwner } from "../domain/ownership";
import { profiles, type RuleProfile } from "../domain/profiles";
import type { ComputedCell, SheetFigures } from "../domain/result";
import { computedFormulas, readsAsNumber } from "./formulas";
import type { CellWrite, Patch } from "./patch";
import { FORMAT_RATE, FORMAT_SCORE } from "./templateStyles";

/**
 * Result → Patch. Only computed cells the reader located (执行率, execution 得分, indicator
 * 得分, 总分, 等级), only while blank or still jixiao's, and only when the cell changes —
 * so a second run writes nothing and a cell the user typed into is never touched.
 *
 * The arithmetic cells get their formula (formulas.ts) with the engine's figure as its cached
 * result; a cell whose formula would read text a spreadsheet cannot add ("10　"), and every
 * indicator 得分 (judgement, not arithmetic), get the figure as a marked value (ownership.ts).
 */

/** Calls `f` with every cell the reader took as input: labels, amounts, names, targets, actuals, weights, notes. */
function forEachInputCell(input: SheetInput, f: (c: RawCell) => void): void {
  // A visitor rather than one array of every cell: on a long sheet that array and its spreads
  // were a tenth of patchFor (bench/NOTES.md).
  const value = (v: ValueInput) => {
    if (v.kind === "single") return f(v.cell);
    if (v.nature) f(v.nature);
    f(v.value);
    if (v.unit) f(v.unit);
  };
  const fundsRow = (row: FundsRowInput) => {
    f(row.label);
    if (row.initialBudget) f(row.initialBudget);
    f(row.annualBudget);
    f(row.executed);
    if (row.weight) f(row.weight);
  };
  if (input.department) f(input.department);
  if (input.projectName) f(input.projectName);
  if (input.goals?.expected) f(input.goals.expected);
  if (input.goals?.achieved) f(input.goals.achieved);
  if (input.funds) {
    f(input.funds.heading);
    fundsRow(input.funds.total);
    for (const g of input.funds.groups) for (const row of g) fundsRow(row);
  }
  for (const ind of input.indicators) {
    f(ind.level1);
    f(ind.level2);
    f(ind.name);
    value(ind.target);
    value(ind.actual);
    f(ind.weight);
    f(ind.deviationNote);
    if (ind.nature) f(ind.nature);
  }
  if (input.footer) {
    f(input.footer.label);
    if (input.footer.weight) f(input.footer.weight);
  }
}

/** Every address the reader took as input: labels, amounts, names, targets, actuals, weights, notes. */
export function inputCellAddresses(input: SheetInput): Set<string> {
  const out = new Set<string>();
  forEachInputCell(input, (c) => out.add(c.address));
  return out;
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

function sameValue(a: CellValue | undefined, b: number | string | null): boolean {
  if (b === null) return a === null || a === undefined || (typeof a === "string" && isBlank(a));
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

/** How jixiao fills a computed cell it may write: a formula of the sheet's cells, or a marked value. */
type Fill = "formula" | "value";

export function patchFor(input: SheetInput, result: SheetFigures, profile: RuleProfile = profiles.national): Patch {
  const slots = computedCells(input);
  // Only an input that is also a computed slot matters below (a cell outside the slots is never
  // written). Equal addresses start with the same letter: most inputs sit in columns no slot is in,
  // and are passed over without hashing their address.
  const slotLeads = new Set<number>();
  for (const a of slots.keys()) slotLeads.add(a.charCodeAt(0));
  const inputs = new Set<string>();
  forEachInputCell(input, (c) => {
    if (slotLeads.has(c.address.charCodeAt(0)) && slots.has(c.address)) inputs.add(c.address);
  });
  const formulas = computedFormulas(input, profile);
  const writes = new Map<string, CellWrite>();
  // How each computed cell jixiao owns is filled; a user's cell is absent. The first computed role
  // that reaches a cell owns it, written or not: on an odd layout one cell can be two roles (a funds
  // row read as an indicator row too), and the second must not undo on the next run what the first
  // left alone.
  const filled = new Map<string, Fill>();
  const claimed = new Set<string>();

  /** Whether a spreadsheet reads `c` as the engine does, once this patch has landed. */
  const readsRight = (c: RawCell): boolean => {
    if (formulas.has(c.address)) return filled.get(c.address) === "formula";
    if (slots.has(c.address) && !inputs.has(c.address) && filled.has(c.address)) return true;
    return readsAsNumber(c);
  };

  const put = <T>(
    computed: ComputedCell<T> | null | undefined,
    toValue: (v: T) => number | string,
    numberFormat: string,
  ) => {
    if (!computed || claimed.has(computed.cell) || inputs.has(computed.cell)) return;
    claimed.add(computed.cell);
    const cell = slots.get(computed.cell);
    if (!cell) return;
    const own = formulas.get(cell.address);
    const owner: CellOwner = cellOwner(cell, own?.formula);
    if (owner === "user") return;
    // jixiao's own formula is there, not one of its marked values.
    const ownFormula = owner === "jixiao" && ownedValue(cell.formula) === undefined;
    const raw = computed.value === null ? null : toValue(computed.value);
    // -0 (a rate of -0 spent) is written as 0: the formula text has no sign for it.
    const value = raw === 0 ? 0 : raw;
    if (typeof value === "number" && !Number.isFinite(value)) return;
    // Nothing to show yet and nothing of jixiao's there: leave the cell as it is (an empty sub-row stays empty).
    if (value === null && owner === "blank") return;
    if (own && own.reads.every(readsRight)) {
      filled.set(cell.address, "formula");
      const shown = value;
      // jixiao's formula already there: rewrite only a stale cached result (a file changed outside a spreadsheet).
      if (ownFormula && sameValue(cell.value, shown)) return;
      const formula = ownFormula && cell.formula ? cell.formula : own.formula;
      writes.set(cell.address, { address: cell.address, formula, value: shown, numberFormat });
      return;
    }
    // jixiao's formula that cannot give the engine's figure (it would add text scores as 0) gives way
    // to the marked figure; with no figure to show, it stays.
    if (ownFormula && value === null) return;
    filled.set(cell.address, "value");
    if (value === null) {
      if (owner === "jixiao") writes.set(cell.address, { address: cell.address, formula: "", value: null });
      return;
    }
    if (owner === "jixiao" && cell.formula === ownedFormula(value)) return;
    writes.set(cell.address, { address: cell.address, formula: ownedFormula(value), value, numberFormat });
  };

  if (result.funds) {
    put(result.funds.executionRate, rateNumber, FORMAT_RATE);
    for (const row of result.funds.rows) put(row.rate, rateNumber, FORMAT_RATE);
    put(result.funds.score, scoreNumber, FORMAT_SCORE);
  }
  // A score jixiao wrote earlier counts as entered until rewritten (checking trusts no mark): what
  // it gets now is the rule's suggestion.
  for (const ind of result.indicators) put({ ...ind.score, value: ind.suggested }, scoreNumber, FORMAT_SCORE);
  put(result.total, scoreNumber, FORMAT_SCORE);
  const labelled = input.footer?.gradeLabelled !== false;
  put(result.grade, (g) => (labelled ? `等级：${g}` : g), "General");

  return { sheetName: input.sheetName, writes: [...writes.values()] };
}
