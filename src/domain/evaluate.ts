import { Decimal } from "./decimal";
import type { Diagnostic } from "./diagnostics";
import type { SheetInput } from "./input";
import type { ParsedSheet, PrintedCell } from "./model";
import { profiles, type RuleProfile } from "./profiles";
import { readProjectHeader } from "./read/readHeader";
import { readSheet } from "./read/readSheet";
import { gradeProvisional, type ComputedCell, type FundsResult, type IndicatorResult, type SheetFigures, type SheetResult } from "./result";
import { runRules } from "./rules/registry";
import type { RuleContext, ScoredIndicator } from "./rules/types";
import { computeFunds, type FundsComputation } from "./score/funds";
import { evaluateIndicator, type IndicatorEval } from "./score/indicator";
import { computeTotals, countedScore, type TotalsComputation } from "./score/totals";
import { judgeScore, printsIntegerScores, type Verdict } from "./score/verdict";

/**
 * The engine: SheetInput → SheetResult (architecture.md). Pure and deterministic; bad cell
 * content becomes diagnostics, never an exception. Scores the user entered are kept and
 * judged, never replaced (rules.md §9).
 */

/** A computed figure and its cell; cell "" when the sheet has no cell for it (nothing to write). */
function computed<T>(cell: PrintedCell<unknown> | null | undefined, value: T | null): ComputedCell<T> {
  return { cell: cell?.cell ?? "", value, owner: cell?.owner ?? "blank" };
}

function fundsResult(f: FundsComputation): FundsResult {
  return {
    executionRate: computed(f.parsed.total.rate, f.rate),
    weight: f.weight,
    score: computed(f.parsed.total.score, f.score),
    rows: f.rows.map((r) => ({ labelCell: r.row.labelCell, rate: computed(r.row.rate, r.rate) })),
  };
}

function indicatorResult(e: IndicatorEval, counted: Decimal | null): IndicatorResult {
  const w = e.row.weight;
  return {
    nameCell: e.row.nameCell,
    name: e.row.name,
    weight: w.status === "ok" ? w.value : null,
    entered: e.entered,
    suggested: e.suggested,
    score: { cell: e.row.score.cell, value: counted, owner: e.row.score.owner },
  };
}

/** An eval with its verdict; the fields written out rather than spread (one shape, no copy loop). */
function scored(e: IndicatorEval, verdict: Verdict, counted: Decimal | null): ScoredIndicator {
  return {
    row: e.row,
    weight: e.weight,
    entered: e.entered,
    operator: e.operator,
    operatorInferred: e.operatorInferred,
    directionConflict: e.directionConflict,
    satisfaction: e.satisfaction,
    method: e.method,
    suggested: e.suggested,
    band: e.band,
    ambiguous: e.ambiguous,
    unscored: e.unscored,
    quantities: e.quantities,
    overachieved: e.overachieved,
    equalExceeded: e.equalExceeded,
    targetNotPositive: e.targetNotPositive,
    verdict,
    counted,
  };
}

/** Diagnostics in sheet order (row, then column); the rule order breaks ties. */
function cellOrder(cell: string): [number, number] {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(cell);
  if (!m) return [-1, -1];
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return [Number(m[2]), col];
}

function sortDiagnostics(ds: Diagnostic[]): Diagnostic[] {
  return ds
    .map((d, i) => ({ d, i, pos: cellOrder(d.cell) }))
    .sort((a, b) => a.pos[0] - b.pos[0] || a.pos[1] - b.pos[1] || a.i - b.i)
    .map((x) => x.d);
}

/** Σ of the 分值 that are usable, when some are not (only then: totals has the full sum). */
function usableWeightSum(funds: FundsComputation | null, indicators: readonly ScoredIndicator[]): Decimal {
  const usable = [funds?.weight ?? null, ...indicators.map((e) => e.weight)].filter((w): w is Decimal => w !== null);
  return usable.reduce((a, w) => a.plus(w), new Decimal(0));
}

function figuresOf(
  input: SheetInput,
  sheet: ParsedSheet,
  funds: FundsComputation | null,
  indicators: readonly IndicatorResult[],
  totals: TotalsComputation,
): SheetFigures {
  const footer = sheet.footer;
  return {
    sheetName: input.sheetName,
    kind: input.kind,
    funds: funds ? fundsResult(funds) : null,
    indicators,
    total: { cell: footer?.total.cell ?? "", value: totals.total, owner: footer?.total.owner ?? "blank" },
    grade: { cell: footer?.grade.cell ?? "", value: totals.grade, owner: footer?.grade.owner ?? "blank" },
  };
}

export function evaluateSheet(input: SheetInput, profile: RuleProfile = profiles.national): SheetResult {
  const sheet = readSheet(input);
  const funds = sheet.funds ? computeFunds(sheet.funds, profile.weights) : null;
  const evals = sheet.indicators.map((row) => evaluateIndicator(row, profile));
  const integerScores = printsIntegerScores(evals);
  const indicators: ScoredIndicator[] = evals.map((e) => scored(e, judgeScore(e, integerScores), countedScore(e)));
  const totals = computeTotals(sheet, funds, indicators, profile);
  const ctx: RuleContext = { sheet, funds, indicators, totals, profile };
  const diagnostics = sortDiagnostics(runRules(ctx));

  const figures = figuresOf(input, sheet, funds, indicators.map((e) => indicatorResult(e, e.counted)), totals);
  const total = sheet.footer?.total.printed;
  const grade = sheet.footer?.grade.printed;
  return {
    sheetName: figures.sheetName,
    kind: figures.kind,
    funds: figures.funds,
    indicators: figures.indicators,
    weightTotal: totals.weightSum ?? usableWeightSum(funds, indicators),
    total: figures.total,
    grade: figures.grade,
    statedTotal: total?.status === "ok" ? total.value : null,
    statedGrade: grade?.status === "ok" ? grade.value : null,
    diagnostics,
    gradeProvisional: gradeProvisional(diagnostics),
    header: readProjectHeader(input),
  };
}

/**
 * evaluateSheet's figures without judging the entered scores or running the rules: all a patch
 * needs (patchFor), for checkWorkbook's re-check of a patched sheet, whose diagnostics nobody reads.
 */
export function sheetFigures(input: SheetInput, profile: RuleProfile = profiles.national): SheetFigures {
  const sheet = readSheet(input);
  const funds = sheet.funds ? computeFunds(sheet.funds, profile.weights) : null;
  const evals = sheet.indicators.map((row) => evaluateIndicator(row, profile));
  const totals = computeTotals(sheet, funds, evals, profile);
  return figuresOf(input, sheet, funds, evals.map((e) => indicatorResult(e, countedScore(e))), totals);
}
