import { round2, type Decimal } from "../domain/decimal";
import { formatRate, formatScore } from "../domain/format";
import type { Ratio, Wan } from "../domain/units";
import { reportZhCN, type ReportKey } from "../i18n/report.zh-CN";
import { interpolate, type Params } from "../i18n/translate";

/** The report's words (one catalogue: the report is a Chinese document) and its figure formats. */
export function rt(key: ReportKey, params?: Params): string {
  return interpolate(reportZhCN[key], params);
}

/** An amount in 万元 as the seed writes it: no trailing zeros ("161.4", "10", "0.96"). */
export function wanText(w: Wan): string {
  return round2(w).toString();
}

/** A score with 2 decimals ("98.00"), as the tables' 总分. */
export function scoreText(d: Decimal): string {
  return formatScore(d);
}

/** Points without trailing zeros ("10", "7.5"). */
export function pointsText(d: Decimal): string {
  return round2(d).toString();
}

export function rateText(r: Ratio): string {
  return formatRate(r);
}
