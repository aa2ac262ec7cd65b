import { resultOf } from "../testing/fixtures";
import { paneReducer } from "./paneReducer";
import { initialPaneState, type Book, type PaneState } from "./paneState";

const start = (mode: "excel" | "file" = "file"): PaneState => initialPaneState(mode, "zh-CN", new Date(2025, 0, 1));
const book = (name: string, sheetName = "项目支出绩效自评表"): Book => ({
  name,
  check: { sheets: [{ result: resultOf({ sheetName }) }], broken: [] },
  failure: null,
  notes: [],
});

describe("paneReducer", () => {
  it("starts idle, national profile, live on, last year's project template", () => {
    const s = start("excel");
    expect(s).toMatchObject({ mode: "excel", lang: "zh-CN", profile: "national", busy: null, live: true, lastRecompute: null, books: [] });
    expect(s.template).toEqual({ kind: "project", year: "2024", department: "", projectName: "" });
  });

  it("clears the notice when a task starts and the busy flag when a notice arrives", () => {
    let s = paneReducer(start(), { type: "noticeShown", notice: { tone: "error", text: { key: "error.host", params: { detail: "x" } } } });
    s = paneReducer(s, { type: "busyStarted", task: "download" });
    expect([s.busy, s.notice]).toEqual(["download", null]);
    s = paneReducer(s, { type: "noticeShown", notice: { tone: "success", text: { key: "file.downloaded", params: { file: "a" } } } });
    expect(s.busy).toBeNull();
    expect(paneReducer(s, { type: "noticeDismissed" }).notice).toBeNull();
  });

  it("replaces the workbook's results on each check and keeps the last count written on a live one", () => {
    let s = paneReducer(start("excel"), { type: "busyStarted", task: "validate" });
    s = paneReducer(s, { type: "workbookChecked", book: book(""), at: 1000, cellsWritten: 7 });
    expect([s.busy, s.books.length, s.lastRecompute, s.cellsWritten]).toEqual([null, 1, 1000, 7]);
    s = paneReducer(s, { type: "workbookChecked", book: book("", "其他"), at: 2000, cellsWritten: null });
    expect([s.books.length, s.books[0].check?.sheets[0].result.sheetName, s.lastRecompute, s.cellsWritten]).toEqual([1, "其他", 2000, 7]);
  });

  it("does not end an unrelated task when a live recompute arrives", () => {
    let s = paneReducer(start("excel"), { type: "busyStarted", task: "insert" });
    s = paneReducer(s, { type: "workbookChecked", book: book(""), at: 1, cellsWritten: null });
    expect(s.busy).toBe("insert");
  });

  it("adds files in order and replaces one opened again under the same name", () => {
    let s = paneReducer(start(), { type: "filesChecked", books: [book("a.xlsx"), book("b.xlsx")], at: 1 });
    s = paneReducer(s, { type: "filesChecked", books: [book("a.xlsx", "新"), book("c.xlsx")], at: 2 });
    expect(s.books.map((b) => b.name)).toEqual(["a.xlsx", "b.xlsx", "c.xlsx"]);
    expect(s.books[0].check?.sheets[0].result.sheetName).toBe("新");
  });

  it("forgets a closed file and its selection", () => {
    let s = paneReducer(start(), { type: "filesChecked", books: [book("a.xlsx"), book("b.xlsx")], at: 1 });
    s = paneReducer(s, { type: "cellSelected", selection: { book: "a.xlsx", sheet: "项目支出绩效自评表", cell: "H21" } });
    const closedOther = paneReducer(s, { type: "fileClosed", name: "b.xlsx" });
    expect(closedOther.selection).not.toBeNull();
    const closed = paneReducer(s, { type: "fileClosed", name: "a.xlsx" });
    expect([closed.books.map((b) => b.name), closed.selection]).toEqual([["b.xlsx"], null]);
  });

  it("clears a field's message when it is edited, and sets or clears it when checked", () => {
    let s = paneReducer(start(), { type: "templateChecked", errors: { year: { key: "template.error.year" }, department: { key: "template.error.tooLong" } } });
    s = paneReducer(s, { type: "templateEdited", field: "year", value: "2021" });
    expect([s.template.year, Object.keys(s.templateErrors)]).toEqual(["2021", ["department"]]);
    s = paneReducer(s, { type: "templateFieldChecked", field: "department", error: undefined });
    expect(s.templateErrors).toEqual({});
    s = paneReducer(s, { type: "templateFieldChecked", field: "year", error: { key: "template.error.year" } });
    expect(s.templateErrors.year?.key).toBe("template.error.year");
  });

  it("switches language, profile, live and template kind", () => {
    let s = paneReducer(start(), { type: "langChanged", lang: "en" });
    s = paneReducer(s, { type: "profileChanged", profile: "sichuan" });
    s = paneReducer(s, { type: "liveToggled", on: false });
    s = paneReducer(s, { type: "templateKindChanged", kind: "overall" });
    expect([s.lang, s.profile, s.live, s.template.kind]).toEqual(["en", "sichuan", false, "overall"]);
  });
});
