import type { ProfileName } from "../../domain/profiles";
import type { Lang } from "../../i18n/translate";
import type { HostCheck } from "../host/Host";
import { defaultDraft, type DraftErrors, type TemplateDraft } from "../view/templateDraft";
import type { PaneText, UiText } from "../view/uiText";

export type PaneMode = "excel" | "file";

/** What the pane is waiting for; buttons that would start another host call are disabled. */
export type BusyTask = "validate" | "insert" | "open" | "download" | "template" | "profile" | "report" | "summarySheet";

/** One checked workbook: the open one in Excel, or each file opened in the browser. */
export interface Book {
  /** The file name; "" for the workbook open in Excel. */
  readonly name: string;
  readonly check: HostCheck | null;
  /** Why the file could not be read (per file; other files are still shown). */
  readonly failure: UiText | null;
  /** Notes about the reading itself (a sheet too big to read whole). */
  readonly notes: readonly PaneText[];
}

export interface Selection {
  readonly book: string;
  readonly sheet: string;
  readonly cell: string;
}

export interface Notice {
  readonly tone: "success" | "error" | "info";
  readonly text: PaneText;
}

export interface PaneState {
  readonly mode: PaneMode;
  readonly lang: Lang;
  readonly profile: ProfileName;
  readonly busy: BusyTask | null;
  readonly books: readonly Book[];
  readonly selection: Selection | null;
  /** Live recompute (Excel only); on by default. */
  readonly live: boolean;
  /** When the results were last computed (epoch ms), null before the first time. */
  readonly lastRecompute: number | null;
  readonly cellsWritten: number | null;
  readonly notice: Notice | null;
  readonly template: TemplateDraft;
  readonly templateErrors: DraftErrors;
}

export function initialPaneState(mode: PaneMode, lang: Lang, now: Date): PaneState {
  return {
    mode,
    lang,
    profile: "national",
    busy: null,
    books: [],
    selection: null,
    live: true,
    lastRecompute: null,
    cellsWritten: null,
    notice: null,
    template: defaultDraft(now),
    templateErrors: {},
  };
}
