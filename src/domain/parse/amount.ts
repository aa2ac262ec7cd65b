import { isBlank, isCellError, type RawCell } from "../cells";
import { decimalOf } from "../decimal";
import { toWan, type AmountUnit, type Wan } from "../units";
import { cellDisplay, compactText, head } from "./normalize";
import { parseNumberText } from "./number";

/**
 * Amounts of the funds block, in 万元 whatever the sheet states them in (rules.md §1).
 * The unit comes from the block heading: 资金情况（万元）, 年度项目资金（元）; 万元 by default.
 */

export function amountUnitFromHeading(heading: string): AmountUnit {
  const t = compactText(head(heading, 100));
  const m = /\((万元|亿元|元)\)/.exec(t) ?? /单位[:]?(万元|亿元|元)/.exec(t);
  return m ? (m[1] as AmountUnit) : "万元";
}

const MONEY_UNITS: Readonly<Record<string, AmountUnit>> = { 元: "元", 万元: "万元", 亿元: "亿元", 万: "万元", 亿: "亿元", 元整: "元", 万元整: "万元" };

/** A currency sign or word in front ("¥150", "￥1,234.50", "人民币150万元"): it marks money, names no unit. */
const CURRENCY_PREFIX = /^[\s\u3000]{0,8}(?:[¥￥]|RMB|CNY|人民币)/i;

/** The amount unit a unit text names, if it names one. */
export function amountUnitOf(unit: string): AmountUnit | null {
  // Own keys only: "10constructor" names no unit.
  return Object.hasOwn(MONEY_UNITS, unit) ? MONEY_UNITS[unit] : null;
}

export type AmountOutcome =
  | { readonly status: "blank" }
  | {
      readonly status: "ok";
      readonly value: Wan;
      readonly approximate: boolean;
      /** The unit typed in the cell itself ("150万" → 万元), when it names one. */
      readonly typedUnit?: AmountUnit;
    }
  /** Text that is no amount, or an Excel error: `shown` is what the cell displays. */
  | { readonly status: "invalid"; readonly shown: string; readonly error: boolean };

/** One amount cell, in 万元. A unit typed in the cell ("161.4万元") beats the heading's. */
export function parseAmount(cell: RawCell | undefined, unit: AmountUnit): AmountOutcome {
  if (!cell || isBlank(cell.value)) return { status: "blank" };
  const v = cell.value;
  if (isCellError(v)) return { status: "invalid", shown: v.error, error: true };
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return { status: "invalid", shown: String(v), error: true };
    return { status: "ok", value: toWan(decimalOf(v), unit), approximate: false };
  }
  if (typeof v !== "string") return { status: "invalid", shown: cellDisplay(v), error: false };
  const n = parseNumberText(v.replace(CURRENCY_PREFIX, ""));
  if (!n) return { status: "invalid", shown: cellDisplay(v), error: false };
  if (n.unit === "") return { status: "ok", value: toWan(n.value, unit), approximate: n.approximate };
  const own = amountUnitOf(n.unit);
  if (!own) return { status: "invalid", shown: cellDisplay(v), error: false };
  return { status: "ok", value: toWan(n.value, own), approximate: n.approximate, typedUnit: own };
}
