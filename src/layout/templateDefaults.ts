import type { SheetKind } from "../domain/input";
import type { RuleProfile } from "../domain/profiles";

/**
 * The indicator rows a new sheet starts with: the seed's (seed-shifeng-2020.txt), names and
 * targets as the seed has them ("{year}" stands for the sheet's year), weights adjusted where
 * the seed's own do not add up (its 附件1 gives 产出 75 under "(50分)"), so a fresh template
 * is valid: 执行率 10 + 产出 50 + 效益 30 + 满意度 10 = 100. Actuals, scores and notes are the user's.
 */

export interface DefaultIndicator {
  readonly name: string;
  readonly target: string;
  readonly weight: number;
}

export interface DefaultLevel2 {
  readonly level2: string;
  /** null: a blank row with a grey placeholder name. */
  readonly rows: readonly (DefaultIndicator | null)[];
}

export interface DefaultLevel1 {
  /** As the 一级 cell shows it, points included. */
  readonly level1: string;
  readonly groups: readonly DefaultLevel2[];
}

/** 一级指标 with the national points (财预〔2020〕10号); the data-validation list for the 一级 column. */
export const LEVEL1_LABELS = ["产出指标(50分)", "效益指标(30分)", "满意度指标(10分)"] as const;

/** 二级指标, the data-validation list for the 二级 column. */
export const LEVEL2_LABELS = [
  "数量指标",
  "质量指标",
  "时效指标",
  "成本指标",
  "经济效益指标",
  "社会效益指标",
  "生态效益指标",
  "可持续影响指标",
  "服务对象满意度指标",
] as const;

/** 分值 of the execution row (资金情况 合计), national profile. */
export const FUNDS_WEIGHT = 10;
/** 总分's 分值, national profile. */
export const TOTAL_WEIGHT = 100;

/** The grey name of a blank indicator row; the reader skips a row holding only this (labels.ts). */
export const PLACEHOLDER_NAME = "（请填写三级指标）";
/** Blank rows under each 二级 of a blank template. */
const BLANK_ROWS = 2;

const LEVEL1_NAMES = ["产出指标", "效益指标", "满意度指标"] as const;
const LEVEL2_OF: readonly (readonly string[])[] = [LEVEL2_LABELS.slice(0, 4), LEVEL2_LABELS.slice(4, 8), LEVEL2_LABELS.slice(8)];

/** 一级 labels with the profile's points ("产出指标(50分)"), or bare where the profile leaves the part free. */
export function level1Labels(profile: RuleProfile): string[] {
  const points = [profile.weights.output, profile.weights.benefit, profile.weights.satisfaction];
  return LEVEL1_NAMES.map((name, i) => (points[i] === null ? name : `${name}(${points[i]}分)`));
}

/** The official structure with empty rows: every 二级 of each 一级, a few blank rows each. */
export function blankIndicators(profile: RuleProfile): DefaultLevel1[] {
  const labels = level1Labels(profile);
  return labels.map((level1, i) => ({
    level1,
    groups: LEVEL2_OF[i].map((level2) => ({ level2, rows: Array.from({ length: BLANK_ROWS }, () => null) })),
  }));
}

/**
 * The seed's rows under the profile's 一级 labels, weights scaled so that they and the execution
 * row add up to the profile's total (Hubei: 80 for the indicators); whole points, the rounding
 * remainder on the heaviest row.
 */
export function sampleIndicators(kind: SheetKind, profile: RuleProfile): DefaultLevel1[] {
  const groups = DEFAULT_INDICATORS[kind];
  const rows = groups.flatMap((g) => g.groups.flatMap((l2) => l2.rows)).filter((r): r is DefaultIndicator => r !== null);
  const have = rows.reduce((n, r) => n + r.weight, 0);
  const want = profile.weights.total - profile.weights.budget;
  const scaled = new Map(rows.map((r) => [r, Math.max(1, Math.round((r.weight * want) / have))]));
  const heaviest = rows.reduce((a, r) => (r.weight > a.weight ? r : a), rows[0]);
  const off = want - [...scaled.values()].reduce((n, w) => n + w, 0);
  scaled.set(heaviest, (scaled.get(heaviest) ?? 0) + off);
  const labels = level1Labels(profile);
  return groups.map((g, i) => ({
    level1: labels[i] ?? g.level1,
    groups: g.groups.map((l2) => ({ level2: l2.level2, rows: l2.rows.map((r) => (r === null ? null : { ...r, weight: scaled.get(r) ?? r.weight })) })),
  }));
}

const [OUTPUT, BENEFIT, SATISFACTION] = LEVEL1_LABELS;

export const DEFAULT_INDICATORS: Readonly<Record<SheetKind, readonly DefaultLevel1[]>> = {
  // 附件1 (部门整体): the seed's rows; weights rescaled to 50 / 30 / 10.
  overall: [
    {
      level1: OUTPUT,
      groups: [
        {
          level2: "数量指标",
          rows: [
            { name: "走访调研企业、商会", target: "52家", weight: 5 },
            { name: "组织召开了四届五次执委会议", target: "1次", weight: 5 },
            { name: "组织工商联全体执委和辖区各商协会学习", target: "2次", weight: 5 },
            { name: "联络帮扶，立足光彩事业，积极引导企业履行社会责任", target: "3次", weight: 5 },
          ],
        },
        {
          level2: "质量指标",
          rows: [
            { name: "各项考核指标等级", target: "优", weight: 5 },
            { name: "强化服务，推动非公经济健康发展", target: "不断提高", weight: 5 },
          ],
        },
        { level2: "时效指标", rows: [{ name: "各项工作完成时效", target: "{year}年12月前", weight: 10 }] },
        { level2: "成本指标", rows: [{ name: "全年资金", target: "161.4万元", weight: 10 }] },
      ],
    },
    {
      level1: BENEFIT,
      groups: [
        {
          level2: "经济效益指标",
          rows: [{ name: "引导非公企业{year}年做公益捐赠各类款物", target: "292万余元", weight: 10 }],
        },
        {
          level2: "社会效益指标",
          rows: [
            { name: "宣传教育引导，更加坚定政治共识", target: "不断提高", weight: 5 },
            { name: "加强联络帮扶，立足光彩事业，积极引导企业履行社会责任", target: "不断提高", weight: 5 },
          ],
        },
        {
          level2: "可持续影响指标",
          rows: [{ name: "加强沟通协调服务，助力民营企业发展", target: "持续高质量发展", weight: 10 }],
        },
      ],
    },
    {
      level1: SATISFACTION,
      groups: [{ level2: "服务对象满意度指标", rows: [{ name: "非公企业对工商联服务满意度", target: "≥95%", weight: 10 }] }],
    },
  ],
  // 附件2 (项目): the seed's rows and weights, which already add up.
  project: [
    {
      level1: OUTPUT,
      groups: [
        { level2: "数量指标", rows: [{ name: "拨付协会发展经费", target: "2个", weight: 20 }] },
        { level2: "质量指标", rows: [{ name: "及时拨付", target: "及时拨付", weight: 10 }] },
        { level2: "时效指标", rows: [{ name: "完成时限", target: "{year}年12月31日", weight: 10 }] },
        { level2: "成本指标", rows: [{ name: "协会经费", target: "5万元/个", weight: 10 }] },
      ],
    },
    {
      level1: BENEFIT,
      groups: [
        { level2: "经济效益指标", rows: [{ name: "引导地方扶持中小企业发展", target: "引导地方扶持中小企业", weight: 10 }] },
        { level2: "社会效益指标", rows: [{ name: "优化中小企业发展环境", target: "优化中小企业发展环境", weight: 10 }] },
        { level2: "生态效益指标", rows: [{ name: "优化营商环境", target: "优化营商环境", weight: 5 }] },
        { level2: "可持续影响指标", rows: [{ name: "促进经济发展", target: "促进经济发展", weight: 5 }] },
      ],
    },
    {
      level1: SATISFACTION,
      groups: [{ level2: "服务对象满意度指标", rows: [{ name: "协会", target: "≥98%", weight: 10 }] }],
    },
  ],
};
