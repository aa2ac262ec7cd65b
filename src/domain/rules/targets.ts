import { formatPoints } from "../format";
import { BOTH_KINDS, eachRow, type Finding, type Rule, type RuleContext } from "./types";

/** How many cells the summary names before "…" (the details list them all). */
const LISTED_CELLS = 8;

/**
 * Targets with no operator: one info per sheet at the first such target, naming the cells;
 * each cell's own message is kept as a detail (issue 13: it filled most of a sheet's notes).
 */
function operatorsInferred(ctx: RuleContext): Finding[] {
  const details = eachRow(ctx.indicators, (e) =>
    e.operatorInferred && e.operator
      ? { cell: e.row.target.cell, key: "OPERATOR_INFERRED", params: { operator: e.operator, target: e.row.target.shown } }
      : null,
  ).map((f) => ({ cell: f.cell, key: f.key, params: f.params ?? {} }));
  if (details.length === 0) return [];
  if (details.length === 1) return [details[0]];
  const listed = details.slice(0, LISTED_CELLS).map((d) => d.cell);
  const cells = details.length > LISTED_CELLS ? `${listed.join("、")}…` : listed.join("、");
  return [{ cell: details[0].cell, key: "OPERATOR_INFERRED.cells", params: { count: details.length, cells }, details }];
}

/** rules.md §3: operators, direction labels and units of targets and actuals. */

export const targetRules: readonly Rule[] = [
  {
    code: "OPERATOR_INFERRED",
    severity: "info",
    kinds: BOTH_KINDS,
    check: operatorsInferred,
  },
  {
    code: "DIRECTION_CONFLICT",
    severity: "warning",
    kinds: BOTH_KINDS,
    check: (ctx) =>
      eachRow(ctx.indicators, (e) =>
        e.directionConflict && e.operator && e.row.target.direction
          ? { cell: e.row.target.operatorCell, key: "DIRECTION_CONFLICT", params: { direction: e.row.target.direction, operator: e.operator } }
          : null,
      ),
  },
  {
    code: "UNIT_MISMATCH",
    severity: "warning",
    kinds: BOTH_KINDS,
    check: (ctx) =>
      eachRow(ctx.indicators, (e) => {
        const t = e.row.target;
        const a = e.row.actual;
        const params = { target: t.shown, actual: a.shown };
        if (e.unscored === "unit") {
          const unit = (m: typeof t) => (m.value.kind === "number" ? m.value.unit : "");
          return { cell: a.cell, key: "UNIT_MISMATCH", params: { ...params, targetUnit: unit(t), actualUnit: unit(a) } };
        }
        if (e.unscored === "fraction") return { cell: a.cell, key: "UNIT_MISMATCH.fraction", params };
        if (e.unscored === "kind") return { cell: a.cell, key: "UNIT_MISMATCH.kind", params };
        return null;
      }),
  },
  {
    code: "TARGET_NOT_POSITIVE",
    severity: "info",
    kinds: BOTH_KINDS,
    check: (ctx) =>
      eachRow(ctx.indicators, (e) =>
        e.targetNotPositive && e.quantities
          ? { cell: e.row.target.cell, key: "TARGET_NOT_POSITIVE", params: { target: formatPoints(e.quantities.target) } }
          : null,
      ),
  },
];
