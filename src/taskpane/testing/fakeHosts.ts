import type { ProfileName } from "../../domain/profiles";
import type { ExcelHost, FileHost, HostCheck, OpenedFile } from "../host/Host";
import type { PaneText } from "../view/uiText";
import { resultOf } from "./fixtures";

/** Hosts that answer from memory and record what the pane asked of them (Jest only). */

export const sampleCheck = (sheetName = "项目支出绩效自评表"): HostCheck => ({
  sheets: [{ result: resultOf({ sheetName }) }],
  broken: [],
});

const explain = (error: unknown): PaneText =>
  error instanceof Error && error.message === "old"
    ? { excelKey: "error.cellEditMode" }
    : { key: "error.host", params: { detail: String(error instanceof Error ? error.message : error) } };

export interface Recorded {
  readonly calls: unknown[][];
}

export function fakeExcelHost(over: Partial<ExcelHost> = {}): ExcelHost & Recorded & { emit(check: HostCheck): void } {
  const calls: unknown[][] = [];
  let listener: ((check: HostCheck) => void) | undefined;
  let stored: ProfileName | null = null;
  return {
    kind: "excel",
    calls,
    emit: (check) => listener?.(check),
    async loadProfile() {
      calls.push(["loadProfile"]);
      return stored;
    },
    async saveProfile(name) {
      calls.push(["saveProfile", name]);
      stored = name;
    },
    async validateAndScore(profile) {
      calls.push(["validateAndScore", profile]);
      return { check: sampleCheck(), cellsWritten: 3, notes: [{ excelKey: "validate.protectedSkipped", params: { sheet: "锁定表" } }] };
    },
    async insertTemplate(choice) {
      calls.push(["insertTemplate", choice]);
      return { sheetName: "项目支出绩效自评表 (2)" };
    },
    async insertSummarySheet(profile) {
      calls.push(["insertSummarySheet", profile]);
      return { sheetName: "汇总表", sheets: 2 };
    },
    async selectCell(sheet, address) {
      calls.push(["selectCell", sheet, address]);
      return null;
    },
    async reportFile(name, profile) {
      calls.push(["reportFile", name, profile]);
      return { fileName: "自评报告（草稿）.docx", bytes: new Uint8Array([5]), draft: true };
    },
    watch(profile, onCheck) {
      calls.push(["watch", profile]);
      listener = onCheck;
      return () => {
        calls.push(["unwatch", profile]);
        listener = undefined;
      };
    },
    explain,
    ...over,
  };
}

export function fakeFileHost(over: Partial<FileHost> = {}): FileHost & Recorded {
  const calls: unknown[][] = [];
  const outcome = (name: string): OpenedFile =>
    name.endsWith(".xlsx")
      ? { ok: true, name, check: sampleCheck(), truncated: [] }
      : { ok: false, name, reason: "notXlsx", detail: "not a zip archive" };
  return {
    kind: "file",
    calls,
    async loadProfile() {
      return "hubei";
    },
    async saveProfile(name) {
      calls.push(["saveProfile", name]);
    },
    async openFile(name, data, profile) {
      calls.push(["openFile", name, data.byteLength, profile]);
      return outcome(name);
    },
    async recheck(name, profile) {
      calls.push(["recheck", name, profile]);
      return outcome(name);
    },
    async scoredFile(name, profile) {
      calls.push(["scoredFile", name, profile]);
      return { fileName: name.replace(/\.xlsx$/, ".scored.xlsx"), bytes: new Uint8Array([1, 2, 3]) };
    },
    async reportFile(name, profile) {
      calls.push(["reportFile", name, profile]);
      return { fileName: "自评报告.docx", bytes: new Uint8Array([6]), draft: false };
    },
    async templateFile(choice) {
      calls.push(["templateFile", choice]);
      return { fileName: "项目支出绩效自评表.xlsx", bytes: new Uint8Array([4]) };
    },
    close(name) {
      calls.push(["close", name]);
    },
    explain,
    ...over,
  };
}
