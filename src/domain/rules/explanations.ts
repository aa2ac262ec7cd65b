import { Decimal } from "../decimal";
import { formatPoints, formatRate, formatScore } from "../format";
import { compactText, head } from "../parse/normalize";
import { ratio } from "../units";
import { reasonOwed } from "../score/verdict";
import { BOTH_KINDS, eachRow, type Finding, type Rule, type RuleContext, type ScoredIndicator } from "./types";

/** rules.md §2.4, §4, §7: where a 偏差原因分析及改进措施 is owed. */

/** How far the target was beaten, as a percentage of the target. */
function overBy(e: ScoredIndicator): string {
  const q = e.quantities;
  if (!q || q.target.isZero()) return "";
  const up = e.operator === "≥" || e.operator === ">" || e.operator === "=";
  const share = up ? q.actual.div(q.target).minus(1) : q.target.minus(q.actual).div(q.target);
  return formatRate(ratio(share));
}

/** Sichuan practice: 执行率 below the threshold needs an explanation somewhere on the sheet. */
const EXECUTION_EXPLAINED = /执行率|结余|未支付|未拨付|未执行|未使用|支出进度|资金使用/;
/** The explanation is looked for in the start of the 实际完成情况 text. */
const MAX_EXPLANATION = 2000;

function lowExecution(ctx: RuleContext): Finding[] {
  const f = ctx.funds;
  const threshold = new Decimal(ctx.profile.funds.lowExecutionThreshold);
  if (!f || !f.rate || f.rate.gte(threshold)) return [];
  const achieved = ctx.sheet.input.goals?.achieved?.value;
  if (typeof achieved === "string" && EXECUTION_EXPLAINED.test(compactText(head(achieved, MAX_EXPLANATION)))) return [];
  // The funds block's own note cell is there for this: any text in it explains.
  const note = ctx.sheet.input.funds?.note?.value;
  if (typeof note === "string" && note.trim() !== "") return [];
  return [
    {
      cell: f.parsed.total.rate?.cell || f.parsed.total.executed.cell,
      key: "REASON_MISSING.lowExecution",
      severity: "warning",
      params: { rate: formatRate(f.rate), threshold: formatRate(ratio(threshold)) },
    },
  ];
}

export const explanationRules: readonly Rule[] = [
  {
    code: "REASON_MISSING",
    severity: "error",
    kinds: BOTH_KINDS,
    check: (ctx) => [
      ...eachRow(ctx.indicators, (e) => {
        const owed = reasonOwed(e);
        if (!owed || !e.weight) return null;
        const params = { score: formatScore(owed.score), weight: formatPoints(e.weight) };
        return { cell: e.row.noteCell, key: owed.computed ? "REASON_MISSING.computed" : "REASON_MISSING", params };
      }),
      ...(ctx.profile.funds.lowExecutionNeedsReason ? lowExecution(ctx) : []),
    ],
  },
  {
    code: "JUDGEMENT_DEDUCTION",
    severity: "info",
    kinds: BOTH_KINDS,
    check: (ctx) =>
      eachRow(ctx.indicators, (e) =>
        e.verdict === "judgement" && e.entered && e.suggested
          ? {
              cell: e.row.score.cell,
              key: e.overachieved ? "JUDGEMENT_DEDUCTION.overachieved" : "JUDGEMENT_DEDUCTION",
              params: { entered: formatScore(e.entered), computed: formatScore(e.suggested) },
            }
          : null,
      ),
  },
  {
    code: "OVERACHIEVED_NO_REASON",
    severity: "warning",
    kinds: BOTH_KINDS,
    check: (ctx) =>
      eachRow(ctx.indicators, (e) =>
        e.overachieved && e.row.note === "" && !reasonOwed(e)
          ? { cell: e.row.noteCell, key: "OVERACHIEVED_NO_REASON", params: { target: e.row.target.shown, actual: e.row.actual.shown, over: overBy(e) } }
          : null,
      ),
  },
];
