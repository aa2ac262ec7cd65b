import { nearlyEqual } from "../decimal";
import { formatScore } from "../format";
import { BOTH_KINDS, type Finding, type Rule } from "./types";

/** rules.md §7: the printed 总分 and 等级. */

export const totalRules: readonly Rule[] = [
  {
    code: "TOTAL_MISMATCH",
    severity: "error",
    kinds: BOTH_KINDS,
    check: (ctx): Finding[] => {
      const p = ctx.sheet.footer?.total;
      const sum = ctx.totals.printedSum;
      if (!p || p.printed.status !== "ok" || !sum || nearlyEqual(p.printed.value, sum)) return [];
      return [{ cell: p.cell, key: "TOTAL_MISMATCH", params: { printed: formatScore(p.printed.value), sum: formatScore(sum) } }];
    },
  },
  {
    code: "GRADE_MISMATCH",
    severity: "error",
    kinds: BOTH_KINDS,
    check: (ctx): Finding[] => {
      const g = ctx.sheet.footer?.grade;
      if (!g) return [];
      if (g.printed.status === "invalid") return [{ cell: g.cell, key: "GRADE_MISMATCH.unreadable", params: { value: g.printed.shown } }];
      const { total, grade } = ctx.totals;
      if (g.printed.status !== "ok" || !total || !grade || g.printed.value === grade) return [];
      return [{ cell: g.cell, key: "GRADE_MISMATCH", params: { printed: g.printed.value, grade, total: formatScore(total) } }];
    },
  },
];
