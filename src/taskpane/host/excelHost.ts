import { profiles, type ProfileName } from "../../domain/profiles";
import {
  createLiveRecompute,
  getProfileName,
  insertTemplate,
  isCellEditModeError,
  selectCell,
  setProfileName,
  validateAndScore,
  type ClientFeatures,
  type RunExcel,
  type XlEventHandlerResult,
} from "../../excel";
import { READ_WINDOW } from "../../excel/readSheets";
import { renderTemplate } from "../../layout/templateSpec";
import type { PaneText } from "../view/uiText";
import { errorDetail } from "./errorDetail";
import type { ExcelHost } from "./Host";

export interface ExcelHostOptions {
  /** Excel.run (runExcel of src/excel) in Excel; the test page's fake runs the same adapter. */
  readonly run: RunExcel;
  /** What the client supports beyond the minimum (checked by the entry file at start). */
  readonly features: ClientFeatures;
  /** Removes a live-recompute handler; the adapter's own by default. */
  readonly unregister?: (registration: XlEventHandlerResult) => Promise<void>;
  /** Quiet time after an edit before recomputing (the adapter's default when absent). */
  readonly debounceMs?: number;
}

export function explainExcelError(error: unknown): PaneText {
  return isCellEditModeError(error) ? { excelKey: "error.cellEditMode" } : { excelKey: "error.generic", params: { detail: errorDetail(error) } };
}

/** The in-Excel host: every call goes through src/excel, which checks with the layout's checkWorkbook. */
export function createExcelHost(options: ExcelHostOptions): ExcelHost {
  const { run, features } = options;
  return {
    kind: "excel",
    async loadProfile() {
      return (await run((context) => getProfileName(context))) ?? null;
    },
    async saveProfile(name) {
      await run((context) => setProfileName(context, name));
    },
    async validateAndScore(profile) {
      const outcome = await run((context) => validateAndScore(context, profiles[profile], features));
      const notes: PaneText[] = [
        ...outcome.protectedSkipped.map((sheet): PaneText => ({ excelKey: "validate.protectedSkipped", params: { sheet } })),
        ...outcome.truncated.map((sheet): PaneText => ({ excelKey: "validate.truncated", params: { sheet, window: READ_WINDOW } })),
      ];
      return { check: outcome.check, cellsWritten: outcome.cellsWritten, notes };
    },
    async insertTemplate(choice) {
      const sheet = renderTemplate(choice.kind, {
        year: choice.year,
        department: choice.department,
        projectName: choice.projectName,
        sample: choice.sample,
        profile: profiles[choice.profile ?? "national"],
      });
      return run((context) => insertTemplate(context, sheet));
    },
    async selectCell(sheetName, address) {
      await run((context) => selectCell(context, sheetName, address));
    },
    watch(profile: ProfileName, onSheets, onError) {
      const live = createLiveRecompute({
        run,
        profile: () => profiles[profile],
        features,
        onResult: (result) => {
          if (result.check) onSheets(result.check);
        },
        onError: (error) => onError(explainExcelError(error)),
        ...(options.unregister ? { unregister: options.unregister } : {}),
        ...(options.debounceMs !== undefined ? { debounceMs: options.debounceMs } : {}),
      });
      live.start().catch((error: unknown) => onError(explainExcelError(error)));
      return () => {
        void live.stop();
      };
    },
    explain: explainExcelError,
  };
}
