import type { Operator } from "../parse/operator";
import { compactText } from "../parse/normalize";

/**
 * rules.md §3: a numeric target with no operator. The direction comes from the indicator's
 * own words first, the second level only when they say nothing (issue 13: 集中采购执行率 under
 * 成本指标 is a rate to reach, not a cost to keep down):
 *   1. a rate of something bad (结余率, 投诉率, 事故发生率 …) → ≤;
 *   2. words of something to reach (率, 覆盖, 达标, 满意, 合格, 及时 …) → ≥;
 *   3. words of something to keep down (成本, 费用, 单价, 事故, 投诉, durations …) → ≤;
 *   4. a duration unit (天, 小时 …) → ≤; 5. second level 成本 → ≤; else ≥.
 */
const NAME_READ = 200;
const BAD_RATE = /(?:结余|发生|投诉|差错|错误|误差|失误|违规|违纪|超支|超标|超期|逾期|延误|损失|伤亡|事故|返工|流失|空置|闲置|不合格|辍学|复发)率/;
const HIGHER_IS_BETTER =
  /率|覆盖|达标|满意|合格|及时|完成|到位|知晓|参与|受益|增长|提高|提升|达到|普及|验收|通过|利用|保障|执行|使用/;
const LOWER_IS_BETTER =
  /成本|费用|开支|支出|花费|耗费|单价|结余|事故|投诉|差错|错误|误差|失误|违规|违纪|超支|超标|超期|逾期|超时|延误|时长|耗时|用时|天数|工期|周期|损失|伤亡|能耗/;
const DURATION_UNITS = /^(?:天|日|个工作日|工作日|小时|分钟|周|个月)$/;

export function inferOperator(name: string, level2: string, unit: string): Operator {
  const n = compactText(name.length > NAME_READ ? name.slice(0, NAME_READ) : name);
  if (BAD_RATE.test(n)) return "≤";
  if (HIGHER_IS_BETTER.test(n)) return "≥";
  if (LOWER_IS_BETTER.test(n) || DURATION_UNITS.test(unit) || level2 === "成本") return "≤";
  return "≥";
}
