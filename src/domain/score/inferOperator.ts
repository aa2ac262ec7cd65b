import type { Operator } from "../parse/operator";
import { compactText } from "../parse/normalize";

/**
 * rules.md §3: a numeric target with no operator is ≥, except where less is better: cost,
 * spending, 结余率, accidents, complaints, errors, overruns, durations and days.
 */
const LOWER_IS_BETTER =
  /成本|费用|开支|支出|花费|耗费|单价|结余率|结余|事故|投诉|差错|错误|误差|失误|违规|违纪|超支|超标|超期|逾期|超时|延误|时长|耗时|用时|天数|工期|周期|发生率|损失|伤亡|能耗/;
const DURATION_UNITS = /^(?:天|日|个工作日|工作日|小时|分钟|周|个月)$/;

export function inferOperator(name: string, level2: string, unit: string): Operator {
  if (LOWER_IS_BETTER.test(compactText(name)) || level2 === "成本" || DURATION_UNITS.test(unit)) return "≤";
  return "≥";
}
