import { compactText } from "./normalize";

/**
 * The band a qualitative actual falls in (rules.md §5), read from its words as Chinese is
 * written: negators (没/未/不/无 …) first, before any positive word or target match, so "没完成"
 * or "未能提高" against "提高" is never taken for done.
 *   band 1 达成 (0.8w ≤ s ≤ w), band 2 部分达成 (0.6w ≤ s < 0.8w), band 3 未达成 (s < 0.6w).
 * Text the words do not decide gets no band (the user scores the row), never full marks.
 * The fixture table test/fixtures/phrasings.ts holds the phrasings this is measured against.
 */
export type Band = 1 | 2 | 3;

export interface BandReading {
  /** null when the words decide nothing: the user scores the row. */
  readonly band: Band | null;
  /** Exactly "基本达成" and its kin: band 2 by the rule, but readers disagree (info). */
  readonly ambiguous: boolean;
}

/**
 * Only the start of a cell is read: an actual is a phrase, and a bounded input keeps every
 * pattern below linear whatever is pasted into the cell (issue 18).
 */
const MAX_READ = 200;

/** Negators that negate nothing ("不断提高", "不低于", "未来"): removed before reading. */
const NOT_NEGATIONS = /不断|不低于|不少于|不超过|不高于|不多于|不仅|不折不扣|不遗余力|未来|毫无保留/g;

/**
 * A negated bad thing is good news ("无安全事故", "未发生投诉", "没有出现差错", "准确无误"):
 * read as done. The gap between negator and bad word is short and never holds 法/能
 * ("无法解决问题" stays a negation). Every quantifier is bounded, and so is the input.
 */
const NEGATED_BAD =
  /不错|无误|(?:未发生|未出现|未发现|未造成|未收到|未接到|没有发生|没有出现|没有|无|杜绝|零)[^,，。;；、法能需须得]{0,8}?(?:事故|投诉|违规|违纪|违法|差错|失误|错误|问题|纠纷|浪费|损失|隐患|上访|舆情|不良|偏差|超支|挪用|截留|拖欠|风险|伤亡|污染|返工)/g;

/** Lateness: done, but late (a late date is band 2 too, DECISIONS.md). */
const LATE_WORDS = "未(?:能)?(?:按时|按期|如期|及时)|没有?(?:按时|按期|如期|及时)|不(?:按时|及时)|延期|延迟|延误|逾期|推迟|滞后|拖延|超期|迟于|晚于";
const LATE = new RegExp(LATE_WORDS);
const LATE_ALL = new RegExp(LATE_WORDS, "g");

/** Negated-partial phrases: partly done, not undone ("未全部完成", "效果不明显", "有待提高"). */
const PARTIAL_NEGATED =
  /未(?:能)?(?:全部|完全|全面|足额|全额)|没有?(?:全部|完全|全面)|尚未(?:全部|完全|全面)|不(?:完全|全面|充分|够|明显|显著|理想|平衡|均衡|稳定)|有待|仍需|尚需|还需|需进一步|需要进一步|欠缺|仍有不足|存在不足|差距/;

/** Negators: anything left here says the thing was not done (没/没有/未/未能/尚未/不/无/无明显/不到 …). */
const NEGATOR = /没|未|不|无|难以|较差|很差|(?:效果|质量|成效|效益)差|失败|取消|停滞|搁置|^否$/;

/** Partly done. */
const PARTIAL = /部分|基本|大部|大体|大致|初步|初见|有所|一定程度|略有|稍有|逐步|正在|推进中|进行中|实施中|建设中|^一般$|^中$/;

/** Done. */
const POSITIVE =
  /达成|完成|达到|实现|明显|显著|符合|及时|按时|按期|如期|提前|圆满|良好|较好|优秀|优良|到位|落实|满足|合格|达标|有效|提高|提升|改善|增强|加强|保障|正常|顺利|覆盖|健全|完善|规范|满意|严格执行|奠定|足额|已|100%|^优$|^良$|^是$/;

/** Band 3 by a grade word alone. */
const BAD_GRADE = /^(?:差|低|较差|很差|不合格|未达标)$/;

const AMBIGUOUS = /^基本(?:达成|完成|达到|实现)$/;

/** Punctuation, brackets and quotes: "及时、足额" = "及时足额". */
const PUNCTUATION = /[\s,，。.!！;；:：、'"“”‘’()（）[\]【】《》<>]/g;

function clean(text: string): string {
  return compactText(text.length > MAX_READ ? text.slice(0, MAX_READ) : text).replace(PUNCTUATION, "");
}

function matchesTarget(a: string, t: string): boolean {
  return t !== "" && (a === t || (t.length >= 2 && a.includes(t)));
}

export function qualitativeBand(actual: string, target: string): BandReading {
  const a = clean(actual);
  const t = clean(target);
  if (a === "") return { band: null, ambiguous: false };
  if (BAD_GRADE.test(a)) return { band: 3, ambiguous: false };
  const plain = a.replace(NOT_NEGATIONS, "").replace(NEGATED_BAD, "达成");
  if (PARTIAL_NEGATED.test(plain)) return { band: 2, ambiguous: false };
  const late = LATE.test(plain);
  const rest = late ? plain.replace(LATE_ALL, "") : plain;
  if (NEGATOR.test(rest)) return { band: 3, ambiguous: false };
  if (late) return { band: 2, ambiguous: false };
  if (PARTIAL.test(rest)) return { band: 2, ambiguous: AMBIGUOUS.test(a) };
  if (matchesTarget(a, t) || POSITIVE.test(rest)) return { band: 1, ambiguous: false };
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
