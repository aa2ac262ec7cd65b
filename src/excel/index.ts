/**
 * The Office.js adapter, as the pane uses it. Every function takes the request context (or a
 * RunExcel) as a parameter; `runExcel` is the one place Excel.run is called.
 */
import { PROFILE_NAMES, type ProfileName, type RuleProfile } from "../domain/profiles";
import { checkWorkbook, type WorkbookCheck } from "../layout/checkWorkbook";
import { TEMPLATE_STYLES } from "../layout/templateStyles";
import { createLiveRecompute as createLive, type LiveRecompute, type LiveRecomputeOptions, type Timer } from "./liveRecompute";
import { recomputeSheets, type SheetRecompute } from "./recomputeSheet";
import { unregisterHandler } from "./runExcel";
import { getProfileName as getSetting, setProfileName as setSetting } from "./settings";
import { validateAndScoreWith, type ScoreOptions, type ScoreOutcome } from "./validateAndScore";
import type { RunExcel, XlEventHandlerResult, XlRequestContext } from "./officeTypes";
import type { ComputedLook } from "./writePatch";

/** The look of cells jixiao writes: the template's computed role. */
export const COMPUTED_LOOK: ComputedLook = { fill: TEMPLATE_STYLES.computed.fill, fontColor: TEMPLATE_STYLES.computed.fontColor };

/** What the pane learns from the client's requirement sets (see requirements.ts). */
export interface ClientFeatures {
  /** ExcelApi 1.13: merged areas can be read. */
  readonly mergedAreas: boolean;
  /** ExcelApi 1.14: own writes are recognised by triggerSource, so events stay on. */
  readonly triggerSource: boolean;
}

const ALL_FEATURES: ClientFeatures = { mergedAreas: true, triggerSource: true };

function scoreOptions(features: ClientFeatures): ScoreOptions {
  return { merges: features.mergedAreas, quietWrites: !features.triggerSource, look: COMPUTED_LOOK };
}

/**
 * Validate & score every evaluation sheet: lists and probes the sheets, reads the evaluation
 * sheets under the payload budget, checks them with the profile, writes every Patch and problem
 * mark in one more sync (3 syncs while the reads fit one budget).
 */
export function validateAndScore(
  context: XlRequestContext,
  profile?: RuleProfile,
  features: ClientFeatures = ALL_FEATURES,
): Promise<ScoreOutcome<WorkbookCheck>> {
  return validateAndScoreWith(context, (grids) => checkWorkbook(grids, profile), scoreOptions(features));
}

/** The profile stored in the workbook's settings, if any. */
export function getProfileName(context: XlRequestContext): Promise<ProfileName | undefined> {
  return getSetting(context, PROFILE_NAMES);
}

/** Stores the chosen profile in the workbook's settings (saved with the file). */
export function setProfileName(context: XlRequestContext, name: ProfileName): Promise<void> {
  return setSetting(context, name);
}

export interface LiveOptions {
  readonly run: RunExcel;
  /** The profile to score with, read at each recompute (the pane's current choice). */
  readonly profile: () => RuleProfile | undefined;
  readonly features?: ClientFeatures;
  readonly onResult?: LiveRecomputeOptions<SheetRecompute<WorkbookCheck>>["onResult"];
  readonly onError?: (error: unknown) => void;
  /** True while the user's cell editing holds the re-check back; false once it ran. */
  readonly onWaiting?: (waiting: boolean) => void;
  readonly unregister?: (registration: XlEventHandlerResult) => Promise<void>;
  readonly timer?: Timer;
  readonly debounceMs?: number;
  /** Whether the pane is visible at start (default true); later changes go to setVisible. */
  readonly visible?: boolean;
}

/**
 * Live checking of the sheets the user edits: one onChanged handler, debounced, one read-only
 * sync per burst of edits (nothing written), only while the pane is visible. Call start() to
 * listen, stop() to end, setVisible() when the pane is shown or hidden.
 */
export function createLiveRecompute(options: LiveOptions): LiveRecompute {
  const features = options.features ?? ALL_FEATURES;
  return createLive<SheetRecompute<WorkbookCheck>>({
    run: options.run,
    recompute: (context, worksheetIds) =>
      recomputeSheets(context, worksheetIds, (grids) => checkWorkbook(grids, options.profile()), { merges: features.mergedAreas }),
    onResult: options.onResult,
    onError: options.onError,
    onWaiting: options.onWaiting,
    visible: options.visible,
    unregister: options.unregister ?? unregisterHandler,
    timer: options.timer,
    debounceMs: options.debounceMs,
  });
}

export { insertTemplate } from "./insertTemplate";
export { selectCell, type SelectOutcome } from "./selectCell";
export { watchPaneVisibility, officeAddin } from "./paneVisibility";
export type { AddinVisibility } from "./paneVisibility";
export { runExcel, isCellEditModeError } from "./runExcel";
export { checkRequirements, requirementsMessage, optionalFeaturesMessage } from "./requirements";
export type { RequirementCheck, IsSetSupported, OptionalFeature } from "./requirements";
export type { ScoreOutcome, ScoreOptions } from "./validateAndScore";
export type { SheetRecompute } from "./recomputeSheet";
export type { LiveRecompute, Timer } from "./liveRecompute";
export type { RunExcel, XlRequestContext, XlEventHandlerResult } from "./officeTypes";
export { excelText } from "./messages";
