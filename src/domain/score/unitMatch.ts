import type { Decimal } from "../decimal";
import { amountUnitOf } from "../parse/amount";
import type { MeasureValue } from "../parse/target";
import { toWan } from "../units";

/**
 * Can a target and an actual be compared (rules.md §3)? The actual inherits the target's unit
 * when it has none; 元 ↔ 万元 ↔ 亿元 convert; count units never do; 95% against 0.95 is not guessed.
 */

type NumberValue = Extract<MeasureValue, { kind: "number" }>;

export type UnitMatch =
  | { readonly ok: true; readonly target: Decimal; readonly actual: Decimal; readonly unit: string }
  | { readonly ok: false; readonly reason: "unit" | "fraction" };

/** A percentage on one side and a bare fraction of 1 on the other: 95% vs 0.95. */
function looksLikeFraction(pct: NumberValue, bare: NumberValue): boolean {
  return bare.bare && pct.value.abs().gt(1) && bare.value.abs().lte(1) && !bare.value.isZero();
}

export function matchUnits(target: NumberValue, actual: NumberValue): UnitMatch {
  const tu = target.unit;
  const au = actual.unit;
  if (tu === au) return { ok: true, target: target.value, actual: actual.value, unit: tu };
  if (au === "" || tu === "") {
    const [withUnit, bare] = au === "" ? [target, actual] : [actual, target];
    if (withUnit.unit === "%" && looksLikeFraction(withUnit, bare)) return { ok: false, reason: "fraction" };
    return { ok: true, target: target.value, actual: actual.value, unit: tu || au };
  }
  const tm = amountUnitOf(tu);
  const am = amountUnitOf(au);
  if (tm && am) return { ok: true, target: toWan(target.value, tm), actual: toWan(actual.value, am), unit: "万元" };
  return { ok: false, reason: "unit" };
}
