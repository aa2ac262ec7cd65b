import { formatScore } from "../format";
import { findRepeatedClause } from "../parse/repeated";
import type { InputIssue } from "../model";
import { BOTH_KINDS, type Finding, type Rule, type RuleContext } from "./types";

/** Reading the sheet: missing blocks and cells, text where numbers belong, typing slips. */

function issues(ctx: RuleContext, code: InputIssue["code"]): Finding[] {
  const budgetZero = ctx.funds?.budgetZero != null;
  return ctx.sheet.issues
    .filter((i) => i.code === code && !(i.needsRate && budgetZero))
    .map((i) => ({ cell: i.cell, key: i.key, params: i.params }));
}

function scoreRequired(ctx: RuleContext): Finding[] {
  return ctx.indicators
    .filter((e) => e.verdict === "scoreRequired")
    .map((e): Finding => {
      const cell = e.row.score.cell;
      if (e.band?.band === 2) return { cell, key: "REQUIRED_MISSING.band2", params: { min: formatScore(e.band.min), max: formatScore(e.band.max) } };
      if (e.band?.band === 3) return { cell, key: "REQUIRED_MISSING.band3", params: { max: formatScore(e.band.max) } };
      return { cell, key: "REQUIRED_MISSING.score", params: { field: "得分" } };
    });
}

function textWhereNumberNeeded(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const e of ctx.indicators) {
    if (e.unscored === "actualText") out.push({ cell: e.row.actual.cell, key: "VALUE_NOT_NUMERIC.actualText", params: { value: e.row.actual.shown } });
    if (e.unscored === "targetText") out.push({ cell: e.row.target.cell, key: "VALUE_NOT_NUMERIC.targetText", params: { value: e.row.target.shown } });
  }
  return out;
}

export const inputRules: readonly Rule[] = [
  {
    code: "TABLE_NOT_FOUND",
    severity: "error",
    kinds: BOTH_KINDS,
    check: (ctx) => issues(ctx, "TABLE_NOT_FOUND"),
  },
  {
    code: "REQUIRED_MISSING",
    severity: "error",
    kinds: BOTH_KINDS,
    check: (ctx) => [
      ...issues(ctx, "REQUIRED_MISSING"),
      ...(ctx.funds?.missing ?? []).map((m) => ({ cell: m.cell, key: "REQUIRED_MISSING" as const, params: { field: m.field } })),
      ...scoreRequired(ctx),
    ],
  },
  {
    code: "VALUE_NOT_NUMERIC",
    severity: "warning",
    kinds: BOTH_KINDS,
    check: (ctx) => [...issues(ctx, "VALUE_NOT_NUMERIC"), ...textWhereNumberNeeded(ctx)],
  },
  {
    code: "AMOUNT_UNIT_CONVERTED",
    severity: "info",
    kinds: BOTH_KINDS,
    check: (ctx) => issues(ctx, "AMOUNT_UNIT_CONVERTED"),
  },
  {
    code: "TEMPLATE_UNFILLED",
    severity: "error",
    kinds: BOTH_KINDS,
    check: (ctx) => issues(ctx, "TEMPLATE_UNFILLED"),
  },
  {
    code: "TEXT_REPEATED",
    severity: "warning",
    kinds: BOTH_KINDS,
    check: (ctx) =>
      ctx.sheet.texts.flatMap((t) => {
        const fragment = findRepeatedClause(t.text);
        return fragment ? [{ cell: t.cell, key: "TEXT_REPEATED" as const, params: { fragment } }] : [];
      }),
  },
];
