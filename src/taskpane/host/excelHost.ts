import { profiles, type ProfileName } from "../../domain/profiles";
import {
  createLiveRecompute,
  getProfileName,
  insertTemplate,
  isCellEditModeError,
  selectCell,
  setProfileName,
  validateAndScore,
  watchPaneVisibility,
  officeAddin,
  type ClientFeatures,
  type RunExcel,
  type XlEventHandlerResult,
} from "../../excel";
import { insertSummarySheet } from "../../excel/insertSummarySheet";
import { READ_WINDOW } from "../../excel/readSheets";
import type { SheetCheck, WorkbookCheck } from "../../layout/checkWorkbook";
import { checkWorkbook } from "../../layout/checkWorkbook";
import { renderTemplate } from "../../layout/templateSpec";
import type { PaneText } from "../view/uiText";
import { errorDetail } from "./errorDetail";
import type { ExcelHost } from "./Host";
import type { AddinVisibility } from "../../excel/paneVisibility";

export interface ExcelHostOptions {
  /** Excel.run (runExcel of src/excel) in Excel; the test page's fake runs the same adapter. */
  readonly run: RunExcel;
  /** What the client supports beyond the minimum (checked by the entry file at start). */
  readonly features: ClientFeatures;
  /** Removes a live-recompute handler; the adapter's own by default. */
  readonly unregister?: (registration: XlEventHandlerResult) => Promise<void>;
  /** Quiet time after an edit before recomputing (the adapter's default when absent). */
  readonly debounceMs?: number;
  /** Office.addin where SharedRuntime 1.1 is supported (found by the adapter when absent). */
  readonly addin?: AddinVisibility;
}

/** The page itself hidden (browser tab in the background, pane collapsed where Office reports it). */
function documentHidden(): boolean {
  return typeof document !== "undefined" && document.visibilityState === "hidden";
}

export function explainExcelError(error: unknown): PaneText {
  return isCellEditModeError(error) ? { excelKey: "error.cellEditMode" } : { excelKey: "error.generic", params: { detail: errorDetail(error) } };
}

/** The last check with the sheets a live recompute checked again put in place (by sheet name). */
function mergeChecks(last: WorkbookCheck | undefined, fresh: WorkbookCheck): WorkbookCheck {
  if (!last) return fresh;
  const names = new Set([...fresh.sheets.map((s) => s.result.sheetName), ...fresh.broken.map((b) => b.sheetName)]);
  const sheets: SheetCheck[] = [...last.sheets.filter((s) => !names.has(s.result.sheetName)), ...fresh.sheets];
  return { sheets, broken: [...last.broken.filter((b) => !names.has(b.sheetName)), ...fresh.broken] };
}

/** The in-Excel host: every call goes through src/excel, which checks with the layout's checkWorkbook. */
export function createExcelHost(options: ExcelHostOptions): ExcelHost {
  const { run, features } = options;
  // The report is drafted from what the pane shows: the last Validate & score, kept up to date by
  // live recompute. Drafting reads nothing more from Excel and writes nothing.
  let lastCheck: WorkbookCheck | undefined;
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
        ...outcome.hiddenSkipped.map((sheet): PaneText => ({ excelKey: "validate.hiddenSkipped", params: { sheet } })),
        ...outcome.protectedSkipped.map((sheet): PaneText => ({ excelKey: "validate.protectedSkipped", params: { sheet } })),
        ...outcome.truncated.map((sheet): PaneText => ({ excelKey: "validate.truncated", params: { sheet, window: READ_WINDOW } })),
      ];
      lastCheck = outcome.check;
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
    async insertSummarySheet(profile) {
      return run((context) => insertSummarySheet(context, (grids) => checkWorkbook(grids, profiles[profile]), features.mergedAreas));
    },
    async selectCell(sheetName, address) {
      const outcome = await run((context) => selectCell(context, sheetName, address));
      const params = { sheet: sheetName, cell: address };
      if (outcome === "hidden") return { excelKey: "select.hidden", params };
      if (outcome === "missing") return { excelKey: "select.missing", params };
      return null;
    },
    watch(profile: ProfileName, onSheets, onError, onWaiting) {
      // Live runs only while the pane is visible: Office's visibility mode and the page's own.
      let officeVisible = true;
      const visible = (): boolean => officeVisible && !documentHidden();
      const live = createLiveRecompute({
        run,
        profile: () => profiles[profile],
        features,
        visible: visible(),
        onResult: (result) => {
          lastCheck = mergeChecks(lastCheck, result.check);
          onSheets(result.check);
        },
        onError: (error) => onError(explainExcelError(error)),
        onWaiting: (waiting) => onWaiting?.(waiting ? { excelKey: "live.waitingForCellEdit" } : null),
        ...(options.unregister ? { unregister: options.unregister } : {}),
        ...(options.debounceMs !== undefined ? { debounceMs: options.debounceMs } : {}),
      });
      const stopOffice = watchPaneVisibility(options.addin ?? officeAddin(), (v) => {
        officeVisible = v;
        live.setVisible(visible());
      });
      const onDocument = (): void => live.setVisible(visible());
      if (typeof document !== "undefined") document.addEventListener("visibilitychange", onDocument);
      live.start().catch((error: unknown) => onError(explainExcelError(error)));
      return () => {
        stopOffice();
        if (typeof document !== "undefined") document.removeEventListener("visibilitychange", onDocument);
        void live.stop();
      };
    },
    async reportFile() {
      if (!lastCheck) throw new Error("no check yet: run 校验并评分 first");
      const { draftReport } = await import("./reportEngine");
      const report = await draftReport(lastCheck);
      return { fileName: report.fileName, bytes: report.bytes, draft: report.draft };
    },
    explain: explainExcelError,
  };
}
