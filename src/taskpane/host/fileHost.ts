import { PROFILE_NAMES, type ProfileName } from "../../domain/profiles";
import type { KeyValueStore } from "./browserIo";
import { errorDetail } from "./errorDetail";
import { PROFILE_KEY } from "./browserIo";
import type { PaneText } from "../view/uiText";
import type { Download, FileHost, OpenedFile } from "./Host";
import { hiddenSheets } from "../../layout/grid";

type Engine = typeof import("./fileEngine");
type ReportEngine = typeof import("./reportEngine");

/** "报告.xlsx" → "报告.scored.xlsx". */
export function scoredFileName(name: string): string {
  const base = name.replace(/\.xlsx$/i, "");
  return `${base}.scored.xlsx`;
}

export function isProfileName(value: string | null): value is ProfileName {
  return value !== null && (PROFILE_NAMES as readonly string[]).includes(value);
}

export function explainError(error: unknown): PaneText {
  return { key: "error.host", params: { detail: errorDetail(error) } };
}

/**
 * The standalone host: .xlsx files read and written in the browser, nothing uploaded. Opened
 * files are kept as bytes; each check or download reads them afresh, so a download never
 * carries an earlier profile's patches.
 */
export function createFileHost(
  store: KeyValueStore,
  loadEngine: () => Promise<Engine> = () => import("./fileEngine"),
  loadReport: () => Promise<ReportEngine> = () => import("./reportEngine"),
): FileHost {
  const files = new Map<string, Uint8Array>();
  let engine: Promise<Engine> | undefined;
  const load = () => (engine ??= loadEngine());

  const checkBytes = async (name: string, bytes: Uint8Array, profile: ProfileName): Promise<OpenedFile> => {
    const e = await load();
    const outcome = await e.readGrids(bytes);
    if (!outcome.ok) return { ok: false, name, reason: outcome.reason, detail: outcome.detail };
    const check = e.checkWorkbook(outcome.grids, e.profiles[profile]);
    const hidden = hiddenSheets(outcome.grids).map((h) => ({ sheet: h.sheetName, visibility: h.visibility }));
    return { ok: true, name, check, truncated: outcome.truncated.map((t) => t.sheetName), hidden };
  };

  const bytesOf = (name: string): Uint8Array => {
    const bytes = files.get(name);
    if (!bytes) throw new RangeError(`fileHost: no open file named ${name}`);
    return bytes;
  };

  return {
    kind: "file",
    async loadProfile() {
      const name = store.get(PROFILE_KEY);
      return isProfileName(name) ? name : null;
    },
    async saveProfile(name) {
      store.set(PROFILE_KEY, name);
    },
    async openFile(name, data, profile) {
      const bytes = new Uint8Array(data.slice(0));
      files.set(name, bytes);
      return checkBytes(name, bytes, profile);
    },
    async recheck(name, profile) {
      return checkBytes(name, bytesOf(name), profile);
    },
    async scoredFile(name, profile): Promise<Download> {
      const e = await load();
      const outcome = await e.readGrids(bytesOf(name));
      if (!outcome.ok) throw new Error(outcome.detail);
      const check = e.checkWorkbook(outcome.grids, e.profiles[profile]);
      e.applyPatches(
        outcome.workbook,
        check.sheets.map((s) => s.patch),
      );
      return { fileName: scoredFileName(name), bytes: await e.writeWorkbook(outcome.workbook) };
    },
    async reportFile(name, profile) {
      const [e, r] = await Promise.all([load(), loadReport()]);
      const outcome = await e.readGrids(bytesOf(name));
      if (!outcome.ok) throw new Error(outcome.detail);
      const report = await r.draftReport(e.checkWorkbook(outcome.grids, e.profiles[profile]));
      return { fileName: report.fileName, bytes: report.bytes, draft: report.draft };
    },
    async templateFile(choice): Promise<Download> {
      const e = await load();
      const sheet = e.renderTemplate(choice.kind, {
        year: choice.year,
        department: choice.department,
        projectName: choice.projectName,
        sample: choice.sample,
        profile: e.profiles[choice.profile ?? "national"],
      });
      return { fileName: `${sheet.name}.xlsx`, bytes: await e.templateWorkbook(sheet) };
    },
    close(name) {
      files.delete(name);
    },
    explain: explainError,
  };
}
