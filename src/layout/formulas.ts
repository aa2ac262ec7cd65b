import { isBlank, type RawCell } from "../domain/cells";
import type { FundsRowInput, SheetInput } from "../domain/input";
import type { RuleProfile } from "../domain/profiles";
import { cellAddress, parseAddress } from "./address";

/**
 * The formulas of the arithmetic cells, over the sheet's own cells, as an accountant would write
 * them (README, “表中公式”): 执行率, the execution 得分, 总分 and 等级. Only ROUND, MIN, MAX, IF, OR,
 * SUM and COUNTIFS: nothing volatile, nothing WPS or LibreOffice lacks.
 *
 * Rounding. The engine computes in decimals; Excel, WPS and LibreOffice in binary floating point.
 * The one place they could part is a score that lies exactly on a half cent (分值 × 执行率 = 9.555):
 * the float product may come out as 9.55499999999999. ROUND in all three first rounds its argument
 * to 15 significant digits and then rounds half away from zero, which puts such a product back on
 * the half cent: float error of a product of a few 2-decimal figures is below 1e-13, while a figure
 * that is not on a half cent lies at least 1/(200 × 全年预算数 in cents) from one. formulas.property
 * .test.ts checks this against the engine, and the LibreOffice round trip checks the real thing.
 *
 * A formula is only offered where it gives the engine's figure: every cell it reads must hold a
 * number or nothing. Where a needed cell holds text the engine reads but a spreadsheet cannot
 * ("10　" with a full-width space, "150万"), the caller writes the value instead (writePatch.ts).
 */

export type FormulaRole = "rate" | "fundsScore" | "total" | "grade";

export interface ComputedFormula {
  readonly address: string;
  readonly role: FormulaRole;
  /** The formula, "=" included. */
  readonly formula: string;
  /**
   * The cells it reads. It gives the engine's figure when each holds a number or nothing, or is
   * itself an arithmetic cell holding jixiao's formula (writePatch.ts decides).
   */
  readonly reads: readonly RawCell[];
}

/** A cell a spreadsheet reads as the engine does: a number, or nothing. */
export function readsAsNumber(c: RawCell): boolean {
  return typeof c.value === "number" || isBlank(c.value);
}

function rateFormula(row: FundsRowInput): string {
  const budget = row.annualBudget.address;
  const executed = row.executed.address;
  return `=IF(OR(${budget}=0,${executed}=""),"",${executed}/${budget})`;
}

function weightOf(row: FundsRowInput): RawCell | undefined {
  return row.weight && !isBlank(row.weight.value) ? row.weight : undefined;
}

/** 分值 × min(执行率, 1), never below 0, to the cent (rules.md §2.3); the profile's 分值 when the cell is blank. */
function fundsScoreFormula(row: FundsRowInput, defaultWeight: number): string {
  const budget = row.annualBudget.address;
  const executed = row.executed.address;
  const weight = weightOf(row)?.address ?? String(defaultWeight);
  return `=IF(OR(${budget}=0,${executed}=""),"",ROUND(${weight}*MAX(0,MIN(${executed}/${budget},1)),2))`;
}

/** One column's rows from `first` to `last` ("H11:H23"), or the single cell. */
function span(col: number, first: number, last: number): string {
  return first === last ? cellAddress(first, col) : `${cellAddress(first, col)}:${cellAddress(last, col)}`;
}

interface ScoreSpan {
  readonly scores: string;
  readonly weights: string;
}

/**
 * The indicator rows as one span of the 得分 and 分值 columns, when every row keeps its score and
 * weight in the same two columns (every layout the reader knows). Rows in between that are not
 * indicators are blank placeholder rows: they add nothing.
 */
function scoreSpan(input: SheetInput): ScoreSpan | undefined {
  const at = input.indicators.map((i) => ({ score: parseAddress(i.score.address), weight: parseAddress(i.weight.address) }));
  const first = at[0];
  if (!first?.score || !first.weight) return undefined;
  const scoreCol = first.score.col;
  const weightCol = first.weight.col;
  const rows: number[] = [];
  for (const p of at) {
    if (!p.score || !p.weight || p.score.row !== p.weight.row || p.score.col !== scoreCol || p.weight.col !== weightCol) return undefined;
    rows.push(p.score.row);
  }
  // The block runs from its first 一级 cell to the row above 总分: blank placeholder rows at either
  // end belong to it (a template filled in part keeps the formula it was given).
  const level1Row = parseAddress(input.indicators[0].level1.address)?.row;
  const footerRow = input.footer ? parseAddress(input.footer.label.address)?.row : undefined;
  const last = Math.max(...rows);
  const top = Math.min(...rows, level1Row ?? Infinity);
  const bottom = footerRow !== undefined && footerRow > last ? footerRow - 1 : last;
  return { scores: span(scoreCol, top, bottom), weights: span(weightCol, top, bottom) };
}

/**
 * 执行率得分 + Σ 指标得分, to the cent; empty while the execution score or any row with a 分值 has
 * no 得分 yet (the engine gives no partial total).
 */
function totalFormula(executionScore: string, s: ScoreSpan): string {
  return `=IF(OR(${executionScore}="",COUNTIFS(${s.weights},"<>",${s.scores},"")>0),"",ROUND(${executionScore}+SUM(${s.scores}),2))`;
}

/**
 * The grade of the total by the profile's bands (lower bounds included), "等级：" first when the
 * cell carries its label; empty without a total (a lone "等级：" would read as a label).
 */
function gradeFormula(total: string, profile: RuleProfile, labelled: boolean): string {
  let chain = '"差"';
  for (const band of [...profile.grade.bands].reverse()) chain = `IF(${total}>=${band.min},"${band.grade}",${chain})`;
  return `=IF(${total}="","",${labelled ? `"等级："&${chain}` : chain})`;
}

/**
 * The formula of every arithmetic cell the reader located, by address, in dependency order
 * (rates, execution score, total, grade). On an odd layout where one cell is two roles, the
 * first role keeps it.
 */
export function computedFormulas(input: SheetInput, profile: RuleProfile): ReadonlyMap<string, ComputedFormula> {
  const known = made.get(input);
  if (known?.profile === profile) return known.formulas;
  const formulas = formulasOf(input, profile);
  made.set(input, { profile, formulas });
  return formulas;
}

/**
 * checkWorkbook asks for one input's formulas several times (its patch, the re-check of the
 * patched sheet): made once per input and profile, and gone with the input.
 */
const made = new WeakMap<SheetInput, { readonly profile: RuleProfile; readonly formulas: ReadonlyMap<string, ComputedFormula> }>();

function formulasOf(input: SheetInput, profile: RuleProfile): ReadonlyMap<string, ComputedFormula> {
  const out = new Map<string, ComputedFormula>();
  const add = (cell: RawCell | undefined, role: FormulaRole, formula: string, reads: readonly (RawCell | undefined)[]) => {
    if (!cell || out.has(cell.address)) return;
    out.set(cell.address, { address: cell.address, role, formula, reads: reads.filter((c): c is RawCell => c !== undefined) });
  };
  const funds = input.funds;
  const total = funds?.total;
  if (total) {
    const amounts = [total.annualBudget, total.executed];
    add(total.rate, "rate", rateFormula(total), amounts);
    add(total.score, "fundsScore", fundsScoreFormula(total, profile.weights.budget), [...amounts, weightOf(total)]);
  }
  for (const group of funds?.groups ?? []) {
    for (const row of group) add(row.rate, "rate", rateFormula(row), [row.annualBudget, row.executed]);
  }
  const footer = input.footer;
  const scores = scoreSpan(input);
  const executionScore = total?.score;
  if (footer?.total && executionScore && scores) {
    add(footer.total, "total", totalFormula(executionScore.address, scores), [executionScore, ...input.indicators.map((i) => i.score)]);
  }
  if (footer?.grade && footer.total) {
    add(footer.grade, "grade", gradeFormula(footer.total.address, profile, footer.gradeLabelled !== false), [footer.total]);
  }
  return out;
}
