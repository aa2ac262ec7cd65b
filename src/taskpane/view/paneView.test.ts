import { diagnostic, resultOf } from "../testing/fixtures";
import type { Book } from "../state/paneState";
import { resultsView } from "./paneView";
import { paneText } from "./uiText";

const book = (name: string, diagnostics = [diagnostic("S", "A1", "error"), diagnostic("S", "A2", "info")]): Book => ({
  name,
  check: { sheets: [{ result: resultOf({ sheetName: "S", diagnostics }) }], broken: [] },
  failure: null,
  notes: [],
});

describe("resultsView", () => {
  it("adds the counts of every sheet of every book, for the bar at a glance", () => {
    const view = resultsView([book("a.xlsx"), book("b.xlsx", [diagnostic("S", "B1", "warning")])], "zh-CN");
    expect(view.counts).toEqual({ error: 1, warning: 1, info: 1 });
    expect(view.sheetCount).toBe(2);
    expect(view.books.map((b) => b.counts.error)).toEqual([1, 0]);
  });

  it("shows an unreadable file with no sheets and no counts", () => {
    const view = resultsView([{ name: "x.xlsx", check: null, failure: { key: "file.error.notXlsx" }, notes: [] }], "en");
    expect([view.sheetCount, view.books[0].sheets, view.counts]).toEqual([0, [], { error: 0, warning: 0, info: 0 }]);
  });
});

describe("paneText", () => {
  it("shows a pane text or an Excel adapter text in the language asked for", () => {
    expect(paneText("zh-CN", { key: "file.downloaded", params: { file: "a.xlsx" } })).toBe("已下载“a.xlsx”。");
    expect(paneText("en", { excelKey: "validate.protectedSkipped", params: { sheet: "S" } })).toMatch(/^Sheet "S" is protected/);
  });
});
