import type { Diagnostic, MessageParams } from "../diagnostics";
import { explanationRules } from "./explanations";
import { fundsRules } from "./funds";
import { indicatorRules } from "./indicators";
import { inputRules } from "./input";
import { targetRules } from "./targets";
import { totalRules } from "./totals";
import type { Rule, RuleContext } from "./types";
import { weightRules } from "./weights";

/** Every rule family in one table, in reporting order. */
export const RULES: readonly Rule[] = Object.freeze([
  ...inputRules,
  ...fundsRules,
  ...weightRules,
  ...targetRules,
  ...indicatorRules,
  ...explanationRules,
  ...totalRules,
]);

/** Parameters quote the user's cells: a runaway paste (a 10 MB cell) is quoted, not copied. */
const MAX_PARAM_LENGTH = 200;

function bounded(params: MessageParams): MessageParams {
  let out: Record<string, string | number> | undefined;
  for (const [k, v] of Object.entries(params)) {
    if (typeof v !== "string" || v.length <= MAX_PARAM_LENGTH) continue;
    // Never cut a surrogate pair in half.
    const end = /[\ud800-\udbff]/.test(v[MAX_PARAM_LENGTH - 1]) ? MAX_PARAM_LENGTH - 1 : MAX_PARAM_LENGTH;
    out ??= { ...params };
    out[k] = `${v.slice(0, end)}…`;
  }
  return out ?? params;
}

/** Runs every rule that applies to the sheet's kind and profile. */
export function runRules(ctx: RuleContext, rules: readonly Rule[] = RULES): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const rule of rules) {
    if (!rule.kinds.includes(ctx.sheet.kind)) continue;
    if (rule.enabled && !rule.enabled(ctx.profile)) continue;
    for (const f of rule.check(ctx)) {
      out.push({
        code: rule.code,
        severity: f.severity ?? rule.severity,
        sheet: ctx.sheet.sheetName,
        cell: f.cell,
        key: f.key,
        params: f.params ? bounded(f.params) : {},
        ...(f.details ? { details: f.details.map((d) => ({ cell: d.cell, key: d.key, params: bounded(d.params) })) } : {}),
      });
    }
  }
  return out;
}
