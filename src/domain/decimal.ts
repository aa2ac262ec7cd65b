import DecimalBase from "decimal.js";

/**
 * The one Decimal the project uses: its own clone, so nobody's global settings leak in.
 * Rounding is half away from zero (四舍五入), as rules.md §1 asks.
 */
export const Decimal = DecimalBase.clone({ precision: 40, rounding: DecimalBase.ROUND_HALF_UP });
export type Decimal = InstanceType<typeof Decimal>;

/** Round to 2 decimals, half away from zero. */
export function round2(d: Decimal): Decimal {
  return d.toDecimalPlaces(2, DecimalBase.ROUND_HALF_UP);
}

/** Two amounts or scores within 0.01 are equal (rules.md §1). */
export function nearlyEqual(a: Decimal, b: Decimal): boolean {
  return a.minus(b).abs().lte("0.01");
}
