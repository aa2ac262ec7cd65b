import { Decimal, nearlyEqual, sumDecimals } from "../decimal";
import { formatPoints } from "../format";
import type { Heading, Level1, Level2 } from "../model";
import { LEVEL2_UNDER } from "../read/headings";
import { BOTH_KINDS, type Finding, type Rule, type RuleContext, type ScoredIndicator } from "./types";

/** rules.md §6: weights (分值) and the indicator structure. */

/** The heading as shown, without its stated points ("产出指标"). */
function headingLabel(h: Heading<unknown>): string {
  return h.text.replace(/\(\d+(?:\.\d+)?分?\)|\d+(?:\.\d+)?分/g, "") || h.name;
}

interface Group<C> {
  readonly heading: Heading<C>;
  readonly rows: ScoredIndicator[];
}

/** Rows grouped by the heading cell that governs them, in sheet order. */
function groupBy<C>(rows: readonly ScoredIndicator[], pick: (e: ScoredIndicator) => Heading<C>): Group<C>[] {
  const groups = new Map<string, Group<C>>();
  // Rows of one group share their heading object (the reader reads a heading once): only a
  // new object needs the key string and the map.
  let last: { h: Heading<C>; g: Group<C> } | undefined;
  for (const e of rows) {
    const h = pick(e);
    if (last && last.h === h) {
      last.g.rows.push(e);
      continue;
    }
    const key = `${h.cell}|${h.text}`;
    const g = groups.get(key) ?? { heading: h, rows: [] };
    g.rows.push(e);
    groups.set(key, g);
    last = { h, g };
  }
  return [...groups.values()];
}

/** Several rules group the same rows the same way: group once per sheet and level. */
const grouped = new WeakMap<readonly ScoredIndicator[], { level1?: Group<Level1>[]; level2?: Group<Level2>[] }>();

function groupsOf(ctx: RuleContext, level: "level1"): Group<Level1>[];
function groupsOf(ctx: RuleContext, level: "level2"): Group<Level2>[];
function groupsOf(ctx: RuleContext, level: "level1" | "level2"): Group<Level1>[] | Group<Level2>[] {
  let memo = grouped.get(ctx.indicators);
  if (!memo) {
    memo = {};
    grouped.set(ctx.indicators, memo);
  }
  if (level === "level1") return (memo.level1 ??= groupBy(ctx.indicators, (e) => e.row.level1));
  return (memo.level2 ??= groupBy(ctx.indicators, (e) => e.row.level2));
}

/** Σ 分值 of the rows, or null when one of them is unusable (WEIGHT_INVALID says so). */
function weightSum(rows: readonly ScoredIndicator[]): Decimal | null {
  const weights: Decimal[] = [];
  for (const e of rows) {
    if (e.weight === null) return null;
    weights.push(e.weight);
  }
  return sumDecimals(weights);
}

function statedMismatches(ctx: RuleContext, level: "level1" | "level2"): Finding[] {
  const groups: readonly Group<unknown>[] = level === "level1" ? groupsOf(ctx, "level1") : groupsOf(ctx, "level2");
  return groups.flatMap((g): Finding[] => {
    const stated = g.heading.statedPoints;
    const sum = weightSum(g.rows);
    if (!stated || !sum || nearlyEqual(stated, sum)) return [];
    return [
      {
        cell: g.heading.cell,
        key: level === "level1" ? "WEIGHT_LEVEL1_MISMATCH" : "WEIGHT_LEVEL1_MISMATCH.level2",
        params: { heading: headingLabel(g.heading), stated: formatPoints(stated), sum: formatPoints(sum) },
      },
    ];
  });
}

function invalidWeights(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  const judge = (cell: string, w: ScoredIndicator["row"]["weight"]) => {
    if (w.status === "invalid" && !w.error) out.push({ cell, key: "WEIGHT_INVALID", params: { value: w.shown } });
    if (w.status === "ok" && w.value.lte(0)) out.push({ cell, key: "WEIGHT_INVALID.nonPositive", params: { value: formatPoints(w.value) } });
  };
  const fw = ctx.funds?.parsed.total.weight;
  if (fw) judge(fw.cell, fw.points);
  for (const e of ctx.indicators) judge(e.row.weightCell, e.row.weight);
  return out;
}

function splitFindings(ctx: RuleContext): Finding[] {
  const { totals, profile } = ctx;
  if (!totals.weightSum || !nearlyEqual(totals.weightSum, totals.expectedWeight)) return [];
  const out: Finding[] = [];
  const std = profile.weights;
  if (ctx.funds && !ctx.funds.weight.eq(std.budget)) {
    const cell = ctx.funds.parsed.total.weight?.cell || ctx.funds.parsed.total.labelCell;
    out.push({ cell, key: "WEIGHT_SPLIT_NONSTANDARD.budget", params: { actual: formatPoints(ctx.funds.weight), standard: String(std.budget) } });
  }
  const standards: Readonly<Record<Level1, number | null>> = { output: std.output, benefit: std.benefit, satisfaction: std.satisfaction };
  for (const level1 of Object.keys(standards) as Level1[]) {
    const standard = standards[level1];
    const groups = groupsOf(ctx, "level1").filter((g) => g.heading.category === level1);
    if (standard === null || groups.length === 0) continue;
    const parts = groups.map((g) => g.heading.statedPoints ?? weightSum(g.rows));
    if (parts.some((p) => p === null)) continue;
    const actual = parts.reduce<Decimal>((a, p) => a.plus(p ?? 0), new Decimal(0));
    if (!nearlyEqual(actual, new Decimal(standard))) {
      out.push({
        cell: groups[0].heading.cell,
        key: "WEIGHT_SPLIT_NONSTANDARD",
        params: { heading: headingLabel(groups[0].heading), actual: formatPoints(actual), standard: String(standard) },
      });
    }
  }
  return out;
}

function unknownLevels(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const g of groupsOf(ctx, "level1")) {
    if (g.heading.text !== "" && g.heading.category === null) {
      out.push({ cell: g.heading.cell, key: "LEVEL2_UNKNOWN.level1", params: { level1: headingLabel(g.heading) } });
    }
  }
  for (const g of groupsOf(ctx, "level2")) {
    const level1 = g.rows[0].row.level1;
    if (g.heading.text === "" || level1.category === null) continue;
    const cat = g.heading.category;
    if (cat === null || !LEVEL2_UNDER[level1.category].includes(cat)) {
      out.push({ cell: g.heading.cell, key: "LEVEL2_UNKNOWN", params: { level2: headingLabel(g.heading), level1: headingLabel(level1) } });
    }
  }
  return out;
}

export const weightRules: readonly Rule[] = [
  { code: "WEIGHT_INVALID", severity: "error", kinds: BOTH_KINDS, check: invalidWeights },
  {
    code: "WEIGHT_LEVEL1_MISMATCH",
    severity: "error",
    kinds: BOTH_KINDS,
    check: (ctx) => [...statedMismatches(ctx, "level1"), ...statedMismatches(ctx, "level2")],
  },
  {
    code: "WEIGHT_TOTAL_MISMATCH",
    severity: "error",
    kinds: BOTH_KINDS,
    check: (ctx) => {
      const { weightSum: sum, expectedWeight } = ctx.totals;
      if (!sum || nearlyEqual(sum, expectedWeight)) return [];
      const cell = ctx.sheet.footer?.weightCell || ctx.sheet.titleCell;
      return [{ cell, key: "WEIGHT_TOTAL_MISMATCH", params: { sum: formatPoints(sum), expected: formatPoints(expectedWeight) } }];
    },
  },
  {
    code: "WEIGHT_SPLIT_NONSTANDARD",
    severity: "warning",
    kinds: BOTH_KINDS,
    enabled: (p) => p.weights.enforceSplit,
    check: splitFindings,
  },
  { code: "LEVEL2_UNKNOWN", severity: "warning", kinds: BOTH_KINDS, check: unknownLevels },
  {
    code: "NO_SATISFACTION",
    severity: "info",
    kinds: BOTH_KINDS,
    check: (ctx) =>
      ctx.indicators.length > 0 && !ctx.indicators.some((e) => e.satisfaction)
        ? [{ cell: ctx.indicators[0].row.level1.cell || ctx.sheet.titleCell, key: "NO_SATISFACTION" }]
        : [],
  },
];
