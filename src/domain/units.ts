import { Decimal } from "./decimal";

/**
 * Branded units (style.md §8): 万元 and 元, ratio and percent are distinct types, converted
 * only by the named functions below. A bare number never holds money.
 */

declare const unitBrand: unique symbol;
type Branded<U extends string> = Decimal & { readonly [unitBrand]: U };

/** An amount in 万元 (10,000 yuan), the unit every amount is kept in. */
export type Wan = Branded<"万元">;
/** An amount in 元. */
export type Yuan = Branded<"元">;
/** An amount in 亿元. */
export type Yi = Branded<"亿元">;
/** A ratio: 1 = 100%. */
export type Ratio = Branded<"ratio">;
/** A percentage: 100 = 100%. */
export type Percent = Branded<"percent">;

type DecimalInput = string | number | Decimal;

export type AmountUnit = "元" | "万元" | "亿元";

export const wan = (d: DecimalInput): Wan => new Decimal(d) as Wan;
export const yuan = (d: DecimalInput): Yuan => new Decimal(d) as Yuan;
export const yi = (d: DecimalInput): Yi => new Decimal(d) as Yi;
export const ratio = (d: DecimalInput): Ratio => new Decimal(d) as Ratio;
export const percent = (d: DecimalInput): Percent => new Decimal(d) as Percent;

export const yuanToWan = (y: Yuan): Wan => y.div(10000) as Wan;
export const yiToWan = (y: Yi): Wan => y.times(10000) as Wan;
export const wanToYuan = (w: Wan): Yuan => w.times(10000) as Yuan;

/** An amount stated in `unit`, as 万元. */
export function toWan(amount: Decimal, unit: AmountUnit): Wan {
  if (unit === "元") return yuanToWan(amount as Yuan);
  if (unit === "亿元") return yiToWan(amount as Yi);
  return amount as Wan;
}

export const ratioToPercent = (r: Ratio): Percent => r.times(100) as Percent;
export const percentToRatio = (p: Percent): Ratio => p.div(100) as Ratio;

const CENT = new Decimal("0.01");
const TOLERANCES: Readonly<Record<AmountUnit, Wan>> = { 元: toWan(CENT, "元"), 万元: toWan(CENT, "万元"), 亿元: toWan(CENT, "亿元") };

/** 0.01 of the sheet's own unit, in 万元: "within 0.01" is judged where the numbers were typed. */
export function amountTolerance(unit: AmountUnit): Wan {
  return TOLERANCES[unit];
}
