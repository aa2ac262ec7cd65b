import { isBlank, isCellError, type RawCell } from "../cells";
import { Decimal, decimalOf } from "../decimal";
import type { Grade } from "../result";
import { ratio, type Ratio } from "../units";
import { isPercentFormat, percentDecimals } from "./numberFormat";
import { cellDisplay, compactText } from "./normalize";
import { parseNumberText } from "./number";

/** Points (分值, 得分, 总分), printed rates and printed grades. */

export type ParseOutcome<T> =
  | { readonly status: "blank" }
  | { readonly status: "ok"; readonly value: T }
  /** `shown`: what the cell displays; `error`: an Excel error value (#DIV/0!). */
  | { readonly status: "invalid"; readonly shown: string; readonly error: boolean };

const BLANK = { status: "blank" } as const;

function invalid(cell: RawCell): { status: "invalid"; shown: string; error: boolean } {
  const v = cell.value;
  return {
    status: "invalid",
    shown: cellDisplay(v),
    error: isCellError(v) || (typeof v === "number" && !Number.isFinite(v)),
  };
}

/** A number of points: 10, "10　", "10分", "８". */
export function parsePoints(cell: RawCell | undefined): ParseOutcome<Decimal> {
  if (!cell || isBlank(cell.value)) return BLANK;
  const v = cell.value;
  if (typeof v === "number") return Number.isFinite(v) ? { status: "ok", value: decimalOf(v) } : invalid(cell);
  if (typeof v !== "string") return invalid(cell);
  const n = parseNumberText(v);
  if (!n || (n.unit !== "" && n.unit !== "分") || n.suffixOperator) return invalid(cell);
  return { status: "ok", value: n.value };
}

/** A printed rate: the ratios it may stand for, and how many percent decimals it shows. */
export interface PrintedRate {
  /** Candidate readings, best first (a bare 100 may be 100% or 10000%). */
  readonly readings: readonly Ratio[];
  /** Percent decimals shown; null when the cell shows full precision. */
  readonly decimals: number | null;
}

export function parsePrintedRate(cell: RawCell | undefined): ParseOutcome<PrintedRate> {
  if (!cell || isBlank(cell.value)) return BLANK;
  const v = cell.value;
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return invalid(cell);
    if (isPercentFormat(cell.numberFormat)) {
      return { status: "ok", value: { readings: [ratio(v)], decimals: percentDecimals(cell.numberFormat ?? "") } };
    }
    // A bare number: Excel's ratio (1 = 100%) or a percentage typed without its sign.
    return { status: "ok", value: { readings: [ratio(v), ratio(decimalOf(v).div(100))], decimals: null } };
  }
  if (typeof v !== "string") return invalid(cell);
  const n = parseNumberText(v);
  if (!n || (n.unit !== "" && n.unit !== "%")) return invalid(cell);
  const decimals = n.value.decimalPlaces();
  if (n.unit === "%") return { status: "ok", value: { readings: [ratio(n.value.div(100))], decimals } };
  return { status: "ok", value: { readings: [ratio(n.value), ratio(n.value.div(100))], decimals: null } };
}

const MAX_GRADE_TEXT = 40;

const GRADES: Readonly<Record<string, Grade>> = {
  优: "优", 优秀: "优", 良: "良", 良好: "良", 中: "中", 中等: "中", 合格: "中", 差: "差", 较差: "差", 不合格: "差",
};

/**
 * A printed grade: "等级：优", "等级:优", "优", "优秀". "blank" for an empty cell or the bare label
 * "等级：" (a template's caption with no grade after it).
 */
export function parseGrade(cell: RawCell | undefined): ParseOutcome<Grade> {
  if (!cell || isBlank(cell.value)) return BLANK;
  if (typeof cell.value !== "string") return invalid(cell);
  // A grade cell holds a word or two: a long text is no grade (and is never scanned whole).
  if (cell.value.length > MAX_GRADE_TEXT) return invalid(cell);
  const t = compactText(cell.value).replace(/^等级:?/, "").replace(/^为/, "");
  if (t === "") return BLANK;
  // Own keys only: a cell reading "__proto__" or "constructor" is no grade.
  const g = Object.hasOwn(GRADES, t) ? GRADES[t] : undefined;
  return g ? { status: "ok", value: g } : invalid(cell);
}
