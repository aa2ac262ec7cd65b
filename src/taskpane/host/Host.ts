import type { ProfileName } from "../../domain/profiles";
import type { CheckLike } from "../view/checkView";
import type { TemplateChoice } from "../view/templateDraft";
import type { PaneText } from "../view/uiText";

/**
 * Everything the pane asks of the outside world, behind one adapter chosen by the entry file
 * (style.md §10): ExcelHost wraps src/excel inside Excel, FileHost wraps src/xlsx in a plain
 * browser. Components never import either; the pane's commands call these and dispatch.
 */

/** A check as the pane keeps it (the layout's WorkbookCheck fits). */
export type HostCheck = CheckLike;


/** What Validate & score reports back. */
export interface ExcelScore {
  readonly check: HostCheck;
  readonly cellsWritten: number;
  /** What the user should know about the run (protected sheets left unwritten, sheets cut off). */
  readonly notes: readonly PaneText[];
}

interface HostBase {
  /** The remembered rule profile (workbook settings in Excel, localStorage in a browser), or null. */
  loadProfile(): Promise<ProfileName | null>;
  saveProfile(name: ProfileName): Promise<void>;
  /**
   * The Word 自评报告 drafted from a checked book (src/report, loaded on demand): the file
   * `name` in a browser; in Excel the workbook as last checked (name ""). A draft while errors are left.
   */
  reportFile(name: string, profile: ProfileName): Promise<ReportDownload>;
}

export interface ExcelHost extends HostBase {
  readonly kind: "excel";
  /** Reads every sheet, scores, writes the computed cells: one read and one write sync. */
  validateAndScore(profile: ProfileName): Promise<ExcelScore>;
  insertTemplate(choice: TemplateChoice): Promise<{ readonly sheetName: string }>;
  /** Inserts (or refreshes) the 汇总表: live formulas to every evaluation sheet. */
  insertSummarySheet(profile: ProfileName): Promise<{ readonly sheetName: string; readonly sheets: number }>;
  /** Shows the cell; a note when it cannot (the sheet is hidden or gone), else null. */
  selectCell(sheetName: string, address: string): Promise<PaneText | null>;
  /**
   * Follows edits, read-only: after each re-check calls onSheets with the check of the sheets
   * that changed (to merge into what is shown), onError when one fails, onWaiting with a note
   * while the user's cell editing holds the re-check back (null once it ran). Returns the
   * function that stops.
   */
  watch(
    profile: ProfileName,
    onSheets: (check: HostCheck) => void,
    onError: (message: PaneText) => void,
    onWaiting?: (note: PaneText | null) => void,
  ): () => void;
  /** Turns a rejected call into something the pane can say. */
  explain(error: unknown): PaneText;
}

export interface HiddenSheet {
  readonly sheet: string;
  readonly visibility: "hidden" | "veryHidden";
}

/** A file the user opened in the browser, read and checked (or not). */
export type OpenedFile =
  | {
      readonly ok: true;
      readonly name: string;
      readonly check: HostCheck;
      readonly truncated: readonly string[];
      /** Sheets whose tab is hidden, where the reader knows it: the pane says so for scored ones. */
      readonly hidden?: readonly HiddenSheet[];
    }
  | {
      readonly ok: false;
      readonly name: string;
      readonly reason: "encrypted" | "notXlsx" | "corrupt" | "beyondLimits" | "unreadable";
      readonly detail: string;
    };

/** Bytes to save, with the name to save them under. */
export interface Download {
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

/** A drafted report: marked 草稿 while the tables still have errors. */
export interface ReportDownload extends Download {
  readonly draft: boolean;
}

export interface FileHost extends HostBase {
  readonly kind: "file";
  /** Reads and checks one file (nothing leaves the browser). Never rejects on bad bytes. */
  openFile(name: string, data: ArrayBuffer, profile: ProfileName): Promise<OpenedFile>;
  /** The file checked again, e.g. under another profile. */
  recheck(name: string, profile: ProfileName): Promise<OpenedFile>;
  /** The file with the computed cells written in. */
  scoredFile(name: string, profile: ProfileName): Promise<Download>;
  templateFile(choice: TemplateChoice): Promise<Download>;
  /** Forgets an opened file. */
  close(name: string): void;
  explain(error: unknown): PaneText;
}

export type Host = ExcelHost | FileHost;
