import { mergeCheck } from "./mergeCheck";
import type { PaneAction } from "./paneActions";
import type { Book, PaneState } from "./paneState";

/** Books in the order first opened; a book of the same name is replaced in place. */
function mergeBooks(current: readonly Book[], incoming: readonly Book[]): Book[] {
  const next = [...current];
  for (const book of incoming) {
    const i = next.findIndex((b) => b.name === book.name);
    if (i >= 0) next[i] = book;
    else next.push(book);
  }
  return next;
}

function withoutKey<T extends object, K extends keyof T>(record: T, key: K): T {
  const copy = { ...record };
  delete copy[key];
  return copy;
}

/** The one place pane state changes (style.md §12). Pure: no host calls, no clock. */
export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case "langChanged":
      return { ...state, lang: action.lang };
    case "profileChanged":
      return { ...state, profile: action.profile };
    case "busyStarted":
      return { ...state, busy: action.task, notice: null };
    case "busyEnded":
      return { ...state, busy: null };
    case "workbookChecked":
      return {
        ...state,
        busy: state.busy === "validate" || state.busy === "profile" ? null : state.busy,
        books: [action.book],
        lastRecompute: action.at,
        cellsWritten: action.cellsWritten ?? state.cellsWritten,
      };
    case "sheetsRechecked": {
      const current = state.books[0];
      const check = mergeCheck(current?.check ?? null, action.check);
      return {
        ...state,
        books: [{ name: "", check, failure: null, notes: current?.notes ?? [] }],
        lastRecompute: action.at,
      };
    }
    case "filesChecked":
      return { ...state, busy: null, books: mergeBooks(state.books, action.books), lastRecompute: action.at };
    case "fileClosed":
      return {
        ...state,
        books: state.books.filter((b) => b.name !== action.name),
        selection: state.selection?.book === action.name ? null : state.selection,
      };
    case "cellSelected":
      return { ...state, selection: action.selection };
    case "liveToggled":
      return { ...state, live: action.on };
    case "templateKindChanged":
      return { ...state, template: { ...state.template, kind: action.kind } };
    case "templateSampleChanged":
      return { ...state, template: { ...state.template, sample: action.sample } };
    case "templateEdited":
      // Editing a field clears its message; it is checked again on blur / compositionend.
      return {
        ...state,
        template: { ...state.template, [action.field]: action.value },
        templateErrors: withoutKey(state.templateErrors, action.field),
      };
    case "templateFieldChecked":
      return {
        ...state,
        templateErrors: action.error
          ? { ...state.templateErrors, [action.field]: action.error }
          : withoutKey(state.templateErrors, action.field),
      };
    case "templateChecked":
      return { ...state, templateErrors: action.errors };
    case "noticeShown":
      return { ...state, busy: null, notice: action.notice };
    case "noticeDismissed":
      return { ...state, notice: null };
  }
}
