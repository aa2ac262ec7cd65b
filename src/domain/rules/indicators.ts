import { formatPoints, formatScore } from "../format";
import { BOTH_KINDS, eachRow, type Finding, type Rule, type ScoredIndicator } from "./types";

/** rules.md §4, §5, §6.5, §7: the score of each indicator row. */

function bandFinding(e: ScoredIndicator): Finding | null {
  const b = e.band;
  if (e.verdict !== "bandMismatch" || !b || !e.entered) return null;
  const params = { score: formatScore(e.entered), min: formatScore(b.min), max: formatScore(b.max) };
  const key = b.band === 1 ? "SCORE_BAND_MISMATCH" : b.band === 2 ? "SCORE_BAND_MISMATCH.band2" : "SCORE_BAND_MISMATCH.band3";
  return { cell: e.row.score.cell, key, params };
}

export const indicatorRules: readonly Rule[] = [
  {
    code: "SCORE_OUT_OF_RANGE",
    severity: "error",
    kinds: BOTH_KINDS,
    check: (ctx) =>
      eachRow(ctx.indicators, (e) =>
        e.verdict === "outOfRange" && e.entered && e.weight
          ? { cell: e.row.score.cell, key: "SCORE_OUT_OF_RANGE", params: { score: formatScore(e.entered), weight: formatPoints(e.weight) } }
          : null,
      ),
  },
  {
    code: "SCORE_MISMATCH",
    severity: "error",
    kinds: BOTH_KINDS,
    check: (ctx) =>
      eachRow(ctx.indicators, (e) => {
        if (!e.entered || !e.suggested) return null;
        const params = { entered: formatScore(e.entered), computed: formatScore(e.suggested) };
        if (e.verdict === "mismatch") return { cell: e.row.score.cell, key: "SCORE_MISMATCH", params };
        if (e.verdict === "rounding") return { cell: e.row.score.cell, key: "SCORE_MISMATCH.rounding", severity: "info", params };
        return null;
      }),
  },
  { code: "SCORE_BAND_MISMATCH", severity: "error", kinds: BOTH_KINDS, check: (ctx) => eachRow(ctx.indicators, bandFinding) },
  {
    code: "EQUAL_TARGET_EXCEEDED",
    severity: "warning",
    kinds: BOTH_KINDS,
    check: (ctx) =>
      eachRow(ctx.indicators, (e) =>
        e.equalExceeded ? { cell: e.row.actual.cell, key: "EQUAL_TARGET_EXCEEDED", params: { target: e.row.target.shown, actual: e.row.actual.shown } } : null,
      ),
  },
  {
    code: "SATISFACTION_RATE_TIMES_WEIGHT",
    severity: "warning",
    kinds: BOTH_KINDS,
    check: (ctx) =>
      eachRow(ctx.indicators, (e) =>
        e.verdict === "satisfactionTrap" && e.entered && e.weight
          ? {
              cell: e.row.score.cell,
              key: "SATISFACTION_RATE_TIMES_WEIGHT",
              params: { entered: formatScore(e.entered), weight: formatPoints(e.weight), actual: e.row.actual.shown, target: e.row.target.shown },
            }
          : null,
      ),
  },
  {
    code: "BAND_AMBIGUOUS",
    severity: "info",
    kinds: BOTH_KINDS,
    check: (ctx) =>
      eachRow(ctx.indicators, (e) => {
        if (e.ambiguous) return { cell: e.row.actual.cell, key: "BAND_AMBIGUOUS", params: { text: e.row.actual.shown } };
        // Words that say nothing about how far the work got: no suggestion, the user is asked (§9).
        if (e.unscored === "unknownBand") return { cell: e.row.actual.cell, key: "BAND_AMBIGUOUS.unreadable", params: { text: e.row.actual.shown } };
        return null;
      }),
  },
];
