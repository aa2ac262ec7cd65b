import type { SheetKind } from "../../domain/input";
import type { ProfileName } from "../../domain/profiles";
import type { Lang } from "../../i18n/translate";
import { errorDetail } from "../host/errorDetail";
import type { Download, HiddenSheet, Host, OpenedFile } from "../host/Host";
import type { ReportRedirect } from "../host/reportElsewhere";
import { templateChoice, checkDraftField, type DraftField } from "../view/templateDraft";
import type { UiText } from "../view/uiText";
import type { PaneAction } from "./paneActions";
import type { Book, PaneState } from "./paneState";

/** A file as the browser hands it over (File satisfies this). */
export interface PickedFile {
  readonly name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface CommandDeps {
  readonly host: Host;
  readonly dispatch: (action: PaneAction) => void;
  /** The state as of now (async commands read it after awaiting). */
  readonly getState: () => PaneState;
  /** Hands bytes to the user (Blob + object URL in a browser). */
  readonly save: (download: Download) => void;
  /** Remembers the language choice. */
  readonly rememberLang: (lang: Lang) => void;
  readonly now: () => number;
  /**
   * Where the pane cannot hand a file over itself (Excel for Mac), what to do instead of drafting
   * the report here; absent where downloads work (browsers, Excel on Windows and on the web).
   */
  readonly reportElsewhere?: () => ReportRedirect;
}

/** What the components may ask for. Each does its host round trip, then dispatches. */
export interface PaneCommands {
  validate(): Promise<void>;
  insertTemplate(): Promise<void>;
  insertSummarySheet(): Promise<void>;
  downloadTemplate(): Promise<void>;
  openFiles(files: readonly PickedFile[]): Promise<void>;
  downloadScored(name: string): Promise<void>;
  /** Drafts the Word 自评报告 of a checked book and hands it to the user. */
  draftReport(name: string): Promise<void>;
  closeFile(name: string): void;
  selectCell(book: string, sheet: string, cell: string): Promise<void>;
  loadProfile(): Promise<void>;
  setProfile(profile: ProfileName): Promise<void>;
  setLang(lang: Lang): void;
  setLive(on: boolean): void;
  /** Starts following edits when live recompute is on (Excel); returns the stop function. */
  watchLive(): () => void;
  setTemplateKind(kind: SheetKind): void;
  setTemplateSample(sample: boolean): void;
  editTemplate(field: DraftField, value: string): void;
  /** On blur / compositionend: never on each keystroke. */
  checkTemplateField(field: DraftField): void;
  dismissNotice(): void;
}

/** The hidden sheets that were checked (a hidden sheet jixiao does not read needs no word). */
function hiddenScored(file: Extract<OpenedFile, { ok: true }>): HiddenSheet[] {
  const checked = new Set([...file.check.sheets.map((s) => s.result.sheetName), ...file.check.broken.map((b) => b.sheetName)]);
  return (file.hidden ?? []).filter((h) => checked.has(h.sheet));
}

export function openedBook(file: OpenedFile): Book {
  if (file.ok) {
    return {
      name: file.name,
      check: file.check,
      failure: null,
      notes: [
        ...file.truncated.map((sheet): UiText => ({ key: "file.truncated", params: { sheet } })),
        ...hiddenScored(file).map(
          (h): UiText => ({ key: h.visibility === "hidden" ? "file.hiddenSheet" : "file.veryHiddenSheet", params: { sheet: h.sheet } }),
        ),
      ],
    };
  }
  const failure: UiText =
    file.reason === "encrypted"
      ? { key: "file.error.encrypted" }
      : file.reason === "notXlsx"
        ? { key: "file.error.notXlsx" }
        : file.reason === "corrupt"
          ? { key: "file.error.corrupt", params: { detail: file.detail } }
          : file.reason === "beyondLimits"
            ? { key: "file.error.beyondLimits", params: { detail: file.detail } }
            : { key: "file.error.read", params: { detail: file.detail } };
  return { name: file.name, check: null, failure, notes: [] };
}

export function createPaneCommands(deps: CommandDeps): PaneCommands {
  const { host, dispatch, getState, now } = deps;
  const fail = (error: unknown) =>
    dispatch({ type: "noticeShown", notice: { tone: "error", text: host.explain(error) } });

  const validateWith = async (profile: ProfileName) => {
    if (host.kind !== "excel") return;
    const { check, cellsWritten, notes } = await host.validateAndScore(profile);
    dispatch({ type: "workbookChecked", book: { name: "", check, failure: null, notes }, at: now(), cellsWritten });
  };

  const recheckFiles = async (profile: ProfileName) => {
    if (host.kind !== "file") return;
    const names = getState().books.filter((b) => b.check !== null).map((b) => b.name);
    const books: Book[] = [];
    for (const name of names) books.push(openedBook(await host.recheck(name, profile)));
    dispatch({ type: "filesChecked", books, at: now() });
  };

  /** The draft as host arguments, or undefined after showing what is wrong with it. */
  const checkedChoice = () => {
    const outcome = templateChoice(getState().template);
    dispatch({ type: "templateChecked", errors: outcome.ok ? {} : outcome.errors });
    // The template follows the rules chosen in the pane (points, weights, grade bands).
    const profile = getState().profile;
    return outcome.ok ? { ...outcome.choice, ...(profile !== "national" ? { profile } : {}) } : undefined;
  };

  return {
    async validate() {
      dispatch({ type: "busyStarted", task: "validate" });
      try {
        await validateWith(getState().profile);
      } catch (e) {
        fail(e);
      }
    },

    async insertTemplate() {
      if (host.kind !== "excel") return;
      const choice = checkedChoice();
      if (!choice) return;
      dispatch({ type: "busyStarted", task: "insert" });
      try {
        const { sheetName } = await host.insertTemplate(choice);
        dispatch({ type: "noticeShown", notice: { tone: "success", text: { key: "template.inserted", params: { sheet: sheetName } } } });
      } catch (e) {
        fail(e);
      }
    },

    async insertSummarySheet() {
      if (host.kind !== "excel") return;
      dispatch({ type: "busyStarted", task: "summarySheet" });
      try {
        const { sheetName, sheets } = await host.insertSummarySheet(getState().profile);
        dispatch({ type: "noticeShown", notice: { tone: "success", text: { key: "summarySheet.inserted", params: { sheet: sheetName, count: sheets } } } });
      } catch (e) {
        fail(e);
      }
    },

    async downloadTemplate() {
      if (host.kind !== "file") return;
      const choice = checkedChoice();
      if (!choice) return;
      dispatch({ type: "busyStarted", task: "template" });
      try {
        const download = await host.templateFile(choice);
        deps.save(download);
        dispatch({ type: "noticeShown", notice: { tone: "success", text: { key: "template.downloaded", params: { file: download.fileName } } } });
      } catch (e) {
        fail(e);
      }
    },

    async openFiles(files) {
      if (host.kind !== "file" || files.length === 0) return;
      dispatch({ type: "busyStarted", task: "open" });
      const profile = getState().profile;
      const books: Book[] = [];
      for (const file of files) {
        try {
          books.push(openedBook(await host.openFile(file.name, await file.arrayBuffer(), profile)));
        } catch (e) {
          books.push(openedBook({ ok: false, name: file.name, reason: "unreadable", detail: errorDetail(e) }));
        }
      }
      dispatch({ type: "filesChecked", books, at: now() });
    },

    async downloadScored(name) {
      if (host.kind !== "file") return;
      dispatch({ type: "busyStarted", task: "download" });
      try {
        const download = await host.scoredFile(name, getState().profile);
        deps.save(download);
        dispatch({ type: "noticeShown", notice: { tone: "success", text: { key: "file.downloaded", params: { file: download.fileName } } } });
      } catch (e) {
        fail(e);
      }
    },

    async draftReport(name) {
      if (deps.reportElsewhere) {
        const redirect = deps.reportElsewhere();
        const text: UiText = redirect.opened
          ? { key: "report.openedChecker", params: { url: redirect.url } }
          : { key: "report.openChecker", params: { url: redirect.url } };
        dispatch({ type: "noticeShown", notice: { tone: "info", text } });
        return;
      }
      dispatch({ type: "busyStarted", task: "report" });
      try {
        const report = await host.reportFile(name, getState().profile);
        deps.save(report);
        const key = report.draft ? "report.downloadedDraft" : "report.downloaded";
        dispatch({ type: "noticeShown", notice: { tone: report.draft ? "info" : "success", text: { key, params: { file: report.fileName } } } });
      } catch (e) {
        fail(e);
      }
    },

    closeFile(name) {
      if (host.kind === "file") host.close(name);
      dispatch({ type: "fileClosed", name });
    },

    async selectCell(book, sheet, cell) {
      dispatch({ type: "cellSelected", selection: { book, sheet, cell } });
      if (host.kind !== "excel" || !cell) return;
      try {
        const note = await host.selectCell(sheet, cell);
        if (note) dispatch({ type: "noticeShown", notice: { tone: "info", text: note } });
      } catch (e) {
        fail(e);
      }
    },

    async loadProfile() {
      try {
        const profile = await host.loadProfile();
        if (profile) dispatch({ type: "profileChanged", profile });
      } catch (e) {
        fail(e);
      }
    },

    async setProfile(profile) {
      dispatch({ type: "profileChanged", profile });
      dispatch({ type: "busyStarted", task: "profile" });
      try {
        await host.saveProfile(profile);
        // Results on screen follow the profile at once.
        if (host.kind === "excel" && getState().books.length > 0) await validateWith(profile);
        else await recheckFiles(profile);
        dispatch({ type: "busyEnded" });
      } catch (e) {
        fail(e);
      }
    },

    setLang(lang) {
      dispatch({ type: "langChanged", lang });
      deps.rememberLang(lang);
    },

    setLive(on) {
      dispatch({ type: "liveToggled", on });
    },

    watchLive() {
      const state = getState();
      if (host.kind !== "excel" || !state.live) return () => undefined;
      return host.watch(
        state.profile,
        (check) => dispatch({ type: "sheetsRechecked", check, at: now() }),
        (text) => dispatch({ type: "noticeShown", notice: { tone: "error", text } }),
        (note) => dispatch(note ? { type: "noticeShown", notice: { tone: "info", text: note } } : { type: "noticeDismissed" }),
      );
    },

    setTemplateKind(kind) {
      dispatch({ type: "templateKindChanged", kind });
    },

    setTemplateSample(sample) {
      dispatch({ type: "templateSampleChanged", sample });
    },

    editTemplate(field, value) {
      dispatch({ type: "templateEdited", field, value });
    },

    checkTemplateField(field) {
      dispatch({ type: "templateFieldChecked", field, error: checkDraftField(getState().template, field) });
    },

    dismissNotice() {
      dispatch({ type: "noticeDismissed" });
    },
  };
}
