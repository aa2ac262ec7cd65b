import { compactText } from "./normalize";

/**
 * The band a qualitative actual falls in (rules.md §5), read from its words. Negations are
 * looked at first, so "未完成" is never taken for "完成".
 *   band 1 达成 (0.8w ≤ s ≤ w), band 2 部分达成 (0.6w ≤ s < 0.8w), band 3 未达成 (s < 0.6w).
 */
export type Band = 1 | 2 | 3;

export interface BandReading {
  /** null when the words decide nothing: the user scores the row. */
  readonly band: Band | null;
  /** Exactly "基本达成" and its kin: band 2 by the rule, but readers disagree (info). */
  readonly ambiguous: boolean;
}

/** Partly done; looked at before the negations ("未全部完成" is partly done, not undone). */
const PARTIAL =
  /部分(?:达成|完成|达到|实现|落实)|基本(?:达成|完成|达到|实现|符合|落实)|未全部|未完全|没有全部|尚未全部|大部分|有待(?:提高|加强|改进|提升|完善)|不明显|不显著|不够/;
const NEGATIVE =
  /(?:未|没有|尚未|未能|没能|不能|无法)(?:按时|按期|如期|及时)?(?:达成|完成|达到|实现|符合|到位|落实|开展|启动)|不(?:符合|达标|及时|到位)|未(?:及时|按时|按期|如期)|未达标|较差|很差|效果差/;
const POSITIVE = /达成|完成|达到|实现|明显|显著|符合|及时|按时|按期|如期|圆满|良好|优秀|到位|落实/;
const AMBIGUOUS = /^基本(?:达成|完成|达到|实现)$/;

export function qualitativeBand(actual: string, target: string): BandReading {
  const a = compactText(actual).replace(/[。.!！]+$/, "");
  const t = compactText(target).replace(/[。.!！]+$/, "");
  if (a === "") return { band: null, ambiguous: false };
  if (PARTIAL.test(a)) return { band: 2, ambiguous: AMBIGUOUS.test(a) };
  if (NEGATIVE.test(a)) return { band: 3, ambiguous: false };
  if (a === t || (t.length >= 2 && a.includes(t)) || POSITIVE.test(a)) return { band: 1, ambiguous: false };
  return { band: null, ambiguous: false };
}

/** Does the actual's text say the work is done ("已完成", "已圆满完成", "按时完成")? */
export function saysDone(actual: string): boolean {
  return qualitativeBand(actual, "").band === 1;
}

/** Does it say the work is not done? */
export function saysNotDone(actual: string): boolean {
  return qualitativeBand(actual, "").band === 3;
}
