import type { Lang } from "../i18n/translate";
import { excelText } from "./messages";

/**
 * Which Office.js requirement sets jixiao needs, checked at run time (never assumed from the
 * manifest alone, which older clients ignore for function commands).
 */

export interface RequirementSet {
  readonly name: "ExcelApi" | "SharedRuntime";
  readonly version: string;
}

/**
 * ExcelApi 1.9: worksheets.onChanged, runtime.enableEvents (1.8), page layout and print titles,
 * RangeAreas (marks), getBoundingRect/getUsedRange(valuesOnly).
 */
export const MINIMUM_REQUIREMENTS: readonly RequirementSet[] = [{ name: "ExcelApi", version: "1.9" }];

/** Features that degrade gracefully when missing. */
export type OptionalFeature = "mergedAreas" | "triggerSource" | "delayForCellEdit" | "sharedRuntime";

export const OPTIONAL_REQUIREMENTS: Readonly<Record<OptionalFeature, RequirementSet>> = {
  /** Range.getMergedAreasOrNullObject; without it the reader carries group cells down. */
  mergedAreas: { name: "ExcelApi", version: "1.13" },
  /** WorksheetChangedEventArgs.triggerSource; without it own writes run with enableEvents off. */
  triggerSource: { name: "ExcelApi", version: "1.14" },
  /** Excel.run({ delayForCellEdit }); without it a batch in cell-edit mode is retried later. */
  delayForCellEdit: { name: "ExcelApi", version: "1.11" },
  /** Ribbon and pane in one runtime; without it the ribbon command runs in its own page. */
  sharedRuntime: { name: "SharedRuntime", version: "1.1" },
};

export type IsSetSupported = (name: string, minVersion?: string) => boolean;

export interface RequirementCheck {
  /** Every minimum set is supported. */
  readonly ok: boolean;
  /** Minimum sets the client lacks. */
  readonly missing: readonly RequirementSet[];
  /** Whether each optional feature is available. */
  readonly optional: Readonly<Record<OptionalFeature, boolean>>;
}

/** Pure: asks `isSetSupported` (Office.context.requirements.isSetSupported in Office) about each set. */
export function checkRequirements(isSetSupported: IsSetSupported): RequirementCheck {
  const supported = (s: RequirementSet): boolean => {
    try {
      return isSetSupported(s.name, s.version) === true;
    } catch {
      return false;
    }
  };
  const missing = MINIMUM_REQUIREMENTS.filter((s) => !supported(s));
  const features = Object.keys(OPTIONAL_REQUIREMENTS) as OptionalFeature[];
  const optional = Object.fromEntries(features.map((f) => [f, supported(OPTIONAL_REQUIREMENTS[f])])) as Record<
    OptionalFeature,
    boolean
  >;
  return { ok: missing.length === 0, missing, optional };
}

/** The message to show when the client is too old, or undefined when it is new enough. */
export function requirementsMessage(check: RequirementCheck, lang: Lang = "zh-CN"): string | undefined {
  const first = check.missing[0];
  if (!first) return undefined;
  return excelText("requirements.tooOld", { set: first.name, version: first.version }, lang);
}

/** Optional features the client lacks, as one line for the pane (undefined when none). */
export function optionalFeaturesMessage(check: RequirementCheck, lang: Lang = "zh-CN"): string | undefined {
  const absent = (Object.keys(check.optional) as OptionalFeature[]).filter((f) => !check.optional[f]);
  if (absent.length === 0) return undefined;
  const features = absent.map((f) => excelText(`feature.${f}`, {}, lang)).join(lang === "en" ? "; " : "；");
  return excelText("requirements.optionalMissing", { features }, lang);
}
