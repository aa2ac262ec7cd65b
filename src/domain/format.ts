import { Decimal, round2 } from "./decimal";
import type { AmountUnit, Ratio, Wan } from "./units";

/** Numbers as message parameters: formatted here, so catalogues only place them. */

/** A score: 2 decimals ("97.00"). */
export function formatScore(d: Decimal): string {
  return round2(d).toFixed(2);
}

/** Points and plain figures without trailing zeros ("50", "7.5"). */
export function formatPoints(d: Decimal): string {
  return d.toDecimalPlaces(2).toString();
}

/** A rate as a percentage with 2 decimals ("80.45%"). */
export function formatRate(r: Ratio): string {
  return `${round2(r.times(100)).toFixed(2)}%`;
}

/** An amount in the unit the sheet states it in, 2 decimals ("161.40"). */
export function formatAmount(w: Wan, unit: AmountUnit): string {
  const factor = unit === "元" ? 10000 : unit === "亿元" ? new Decimal("0.0001") : 1;
  return round2(w.times(factor)).toFixed(2);
}
