import type { ProfileName } from "../../domain/profiles";
import type { Lang } from "../../i18n/translate";
import type { HostCheck } from "../host/Host";
import type { SheetKind } from "../../domain/input";
import type { DraftErrors, DraftField } from "../view/templateDraft";
import type { UiText } from "../view/uiText";
import type { Book, BusyTask, Notice, Selection } from "./paneState";

/** Every change to the pane's state, by name. Applied in one place: paneReducer. */
export type PaneAction =
  | { readonly type: "langChanged"; readonly lang: Lang }
  | { readonly type: "profileChanged"; readonly profile: ProfileName }
  | { readonly type: "busyStarted"; readonly task: BusyTask }
  | { readonly type: "busyEnded" }
  /** A fresh check of the workbook open in Excel (a click or a live recompute). */
  | { readonly type: "workbookChecked"; readonly book: Book; readonly at: number; readonly cellsWritten: number | null }
  /** A live recompute of the sheets that changed: merged into the workbook's results. */
  | { readonly type: "sheetsRechecked"; readonly check: HostCheck; readonly at: number }
  /** Files read in the browser: each replaces a book of the same name, or is added. */
  | { readonly type: "filesChecked"; readonly books: readonly Book[]; readonly at: number }
  | { readonly type: "fileClosed"; readonly name: string }
  | { readonly type: "cellSelected"; readonly selection: Selection }
  | { readonly type: "liveToggled"; readonly on: boolean }
  | { readonly type: "templateKindChanged"; readonly kind: SheetKind }
  | { readonly type: "templateSampleChanged"; readonly sample: boolean }
  | { readonly type: "templateEdited"; readonly field: DraftField; readonly value: string }
  | { readonly type: "templateFieldChecked"; readonly field: DraftField; readonly error: UiText | undefined }
  | { readonly type: "templateChecked"; readonly errors: DraftErrors }
  | { readonly type: "noticeShown"; readonly notice: Notice }
  | { readonly type: "noticeDismissed" };
