import type { Grade } from "./result";

/**
 * Rule profiles (rules.md §8): where provinces differ, the difference is data, never a code
 * fork. `national` is the default; `hubei` and `sichuan` are partial overrides merged over it
 * into new frozen objects. A rule reads only its slice (FundsOptions, TargetOptions …).
 */

export type ProfileName = "national" | "hubei" | "sichuan";

export const PROFILE_NAMES: readonly ProfileName[] = Object.freeze(["national", "hubei", "sichuan"]);

/** Points of each part of the sheet. A null part is free: its share is not checked. */
export interface WeightOptions {
  /** 分值 of the execution (budget) row, used when the cell is blank. Default 10. */
  readonly budget: number;
  /** Σ 分值 under 产出指标. Default 50; null = free. */
  readonly output: number | null;
  /** Σ 分值 under 效益指标. Default 30; null = free. */
  readonly benefit: number | null;
  /** Σ 分值 under 满意度指标. Default 10; null = free. */
  readonly satisfaction: number | null;
  /** 总分's 分值, used when the footer cell is blank. Default 100. */
  readonly total: number;
  /** Whether a split other than the above warns (WEIGHT_SPLIT_NONSTANDARD). Default true. */
  readonly enforceSplit: boolean;
}

export interface FundsOptions {
  /** 执行率 below `lowExecutionThreshold` without an explanation warns. Default false (Sichuan: true). */
  readonly lowExecutionNeedsReason: boolean;
  /** Default 0.9 (90%). */
  readonly lowExecutionThreshold: number;
}

export interface TargetOptions {
  /**
   * Score of a missed ≤/< target with A > 0: "ratio" w × A/B (default), or
   * "linear" w × max(0, 1 − (B − A)/A).
   */
  readonly reverseFormula: "ratio" | "linear";
  /** Over-achievement θ: B/A − 1 ≥ θ (for ≤: (A − B)/A ≥ θ) needs a reason. Default 0.30. */
  readonly overAchievementTheta: number;
}

export interface QualitativeOptions {
  /** Band 1 (达成) starts at this share of 分值. Default 0.8. */
  readonly band1Min: number;
  /** Band 2 (部分达成) starts at this share of 分值; band 3 lies below. Default 0.6 (Hubei 0.5). */
  readonly band2Min: number;
}

export interface GradeBand {
  readonly grade: Grade;
  /** Lowest total (included) of the band. */
  readonly min: number;
}

export interface GradeOptions {
  /** Highest first; a total below every band is 差. Default 优 ≥ 90, 良 ≥ 80, 中 ≥ 60. */
  readonly bands: readonly GradeBand[];
}

export interface RuleProfile {
  readonly name: ProfileName;
  /** How the pane names it. */
  readonly label: Readonly<Record<"zh-CN" | "en", string>>;
  readonly weights: WeightOptions;
  readonly funds: FundsOptions;
  readonly targets: TargetOptions;
  readonly qualitative: QualitativeOptions;
  readonly grade: GradeOptions;
}

type Override = {
  readonly label: RuleProfile["label"];
  readonly weights?: Partial<WeightOptions>;
  readonly funds?: Partial<FundsOptions>;
  readonly targets?: Partial<TargetOptions>;
  readonly qualitative?: Partial<QualitativeOptions>;
  readonly grade?: Partial<GradeOptions>;
};

const national: RuleProfile = {
  name: "national",
  label: { "zh-CN": "全国（财预〔2020〕10号）", en: "National (Cai Yu [2020] No. 10)" },
  weights: { budget: 10, output: 50, benefit: 30, satisfaction: 10, total: 100, enforceSplit: true },
  funds: { lowExecutionNeedsReason: false, lowExecutionThreshold: 0.9 },
  targets: { reverseFormula: "ratio", overAchievementTheta: 0.3 },
  qualitative: { band1Min: 0.8, band2Min: 0.6 },
  grade: {
    bands: [
      { grade: "优", min: 90 },
      { grade: "良", min: 80 },
      { grade: "中", min: 60 },
    ],
  },
};

const overrides: Readonly<Record<Exclude<ProfileName, "national">, Override>> = {
  hubei: {
    label: { "zh-CN": "湖北（执行率20分 + 指标80分）", en: "Hubei (execution 20 + indicators 80)" },
    weights: { budget: 20, output: null, benefit: null, satisfaction: null },
    qualitative: { band2Min: 0.5 },
  },
  sichuan: {
    label: { "zh-CN": "四川（执行率10分 + 指标90分，执行率低于90%须说明）", en: "Sichuan (execution 10 + indicators 90)" },
    weights: { output: null, benefit: null, satisfaction: null },
    funds: { lowExecutionNeedsReason: true },
  },
};

function deepFreeze<T>(o: T): T {
  if (o && typeof o === "object" && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const v of Object.values(o as object)) deepFreeze(v);
  }
  return o;
}

/** Misconfigured profiles are our own bug: they throw at load time, never at a user. */
function validated(p: RuleProfile): RuleProfile {
  const q = p.qualitative;
  if (!(q.band2Min > 0 && q.band2Min < q.band1Min && q.band1Min <= 1)) throw new Error(`profile ${p.name}: bad bands`);
  if (!(p.targets.overAchievementTheta > 0)) throw new Error(`profile ${p.name}: bad θ`);
  const mins = p.grade.bands.map((b) => b.min);
  if (mins.some((m, i) => i > 0 && m >= mins[i - 1])) throw new Error(`profile ${p.name}: grade bands not descending`);
  if (!(p.weights.budget > 0 && p.weights.total > 0)) throw new Error(`profile ${p.name}: bad weights`);
  return p;
}

/** A profile over national: each slice merged field by field. */
export function mergeProfile(name: ProfileName, o: Override, base: RuleProfile = national): RuleProfile {
  return deepFreeze(
    validated({
      name,
      label: { ...o.label },
      weights: { ...base.weights, ...o.weights },
      funds: { ...base.funds, ...o.funds },
      targets: { ...base.targets, ...o.targets },
      qualitative: { ...base.qualitative, ...o.qualitative },
      grade: { bands: [...(o.grade?.bands ?? base.grade.bands)] },
    }),
  );
}

export const profiles: Readonly<Record<ProfileName, RuleProfile>> = deepFreeze({
  national: deepFreeze(validated(national)),
  hubei: mergeProfile("hubei", overrides.hubei),
  sichuan: mergeProfile("sichuan", overrides.sichuan),
});

/** The profile of that name ("national", "Hubei " …), or undefined. */
export function profileByName(name: string): RuleProfile | undefined {
  const key = name.trim().toLowerCase();
  return (PROFILE_NAMES as readonly string[]).includes(key) ? profiles[key as ProfileName] : undefined;
}
