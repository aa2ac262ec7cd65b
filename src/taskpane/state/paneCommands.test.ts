import type { Download, Host } from "../host/Host";
import { fakeExcelHost, fakeFileHost, sampleCheck } from "../testing/fakeHosts";
import { createPaneCommands, openedBook, type PickedFile } from "./paneCommands";
import { initialPaneState } from "./paneState";
import { createPaneStore } from "./paneStore";

function setup(host: Host) {
  const store = createPaneStore(initialPaneState(host.kind, "zh-CN", new Date(2025, 0, 1)));
  const saved: Download[] = [];
  const langs: string[] = [];
  let clock = 1000;
  const commands = createPaneCommands({
    host,
    dispatch: store.dispatch,
    getState: store.getState,
    save: (d) => saved.push(d),
    rememberLang: (l) => langs.push(l),
    now: () => clock++,
  });
  return { store, commands, saved, langs };
}

const file = (name: string, bytes = 4): PickedFile => ({ name, arrayBuffer: async () => new ArrayBuffer(bytes) });

describe("pane commands in Excel", () => {
  it("validate: asks the host with the current profile, then shows the check and the cells written", async () => {
    const host = fakeExcelHost();
    const { store, commands } = setup(host);
    store.dispatch({ type: "profileChanged", profile: "hubei" });
    await commands.validate();
    expect(host.calls).toContainEqual(["validateAndScore", "hubei"]);
    const s = store.getState();
    expect([s.busy, s.books.length, s.cellsWritten, s.lastRecompute]).toEqual([null, 1, 3, 1000]);
    expect(s.books[0].notes).toEqual([{ excelKey: "validate.protectedSkipped", params: { sheet: "锁定表" } }]);
  });

  it("validate: a failure becomes an error notice and the pane is usable again", async () => {
    const host = fakeExcelHost({
      validateAndScore: async () => {
        throw new Error("old");
      },
    });
    const { store, commands } = setup(host);
    await commands.validate();
    expect(store.getState().notice).toEqual({ tone: "error", text: { excelKey: "error.cellEditMode" } });
    expect(store.getState().busy).toBeNull();
  });

  it("insertTemplate: a bad draft shows field messages and never reaches the host", async () => {
    const host = fakeExcelHost();
    const { store, commands } = setup(host);
    commands.editTemplate("year", "19");
    await commands.insertTemplate();
    expect(host.calls.some((c) => c[0] === "insertTemplate")).toBe(false);
    expect(store.getState().templateErrors.year?.key).toBe("template.error.year");
  });

  it("insertTemplate: a good draft inserts and says which sheet", async () => {
    const host = fakeExcelHost();
    const { store, commands } = setup(host);
    commands.setTemplateKind("overall");
    commands.editTemplate("department", " 石峰区工商联 ");
    await commands.insertTemplate();
    expect(host.calls).toContainEqual(["insertTemplate", { kind: "overall", year: 2024, department: "石峰区工商联" }]);
    expect(store.getState().notice?.text).toEqual({ key: "template.inserted", params: { sheet: "项目支出绩效自评表 (2)" } });
  });

  it("insertSummarySheet: inserts the 汇总表 with the chosen profile and says how many sheets it lists", async () => {
    const host = fakeExcelHost();
    const { store, commands } = setup(host);
    await commands.insertSummarySheet();
    expect(host.calls).toContainEqual(["insertSummarySheet", store.getState().profile]);
    expect(store.getState().notice?.text).toEqual({ key: "summarySheet.inserted", params: { sheet: "汇总表", count: 2 } });
    expect(store.getState().busy).toBeNull();
  });

  it("selectCell: records the selection and selects the cell in Excel", async () => {
    const host = fakeExcelHost();
    const { store, commands } = setup(host);
    await commands.selectCell("", "项目支出绩效自评表", "H21");
    expect(host.calls).toContainEqual(["selectCell", "项目支出绩效自评表", "H21"]);
    expect(store.getState().selection).toEqual({ book: "", sheet: "项目支出绩效自评表", cell: "H21" });
  });

  it("selectCell: nothing to select for a diagnostic without a cell", async () => {
    const host = fakeExcelHost();
    const { commands } = setup(host);
    await commands.selectCell("", "表", "");
    expect(host.calls.some((c) => c[0] === "selectCell")).toBe(false);
  });

  it("setProfile: stores it in the workbook and re-scores what is on screen", async () => {
    const host = fakeExcelHost();
    const { store, commands } = setup(host);
    await commands.validate();
    await commands.setProfile("sichuan");
    expect(host.calls.slice(-2)).toEqual([
      ["saveProfile", "sichuan"],
      ["validateAndScore", "sichuan"],
    ]);
    expect([store.getState().profile, store.getState().busy]).toEqual(["sichuan", null]);
  });

  it("setProfile: with nothing on screen, only stores it", async () => {
    const host = fakeExcelHost();
    const { commands } = setup(host);
    await commands.setProfile("hubei");
    expect(host.calls).toEqual([["saveProfile", "hubei"]]);
  });

  it("loadProfile: applies the workbook's stored profile, keeps the default when none", async () => {
    const host = fakeExcelHost();
    const { store, commands } = setup(host);
    await commands.loadProfile();
    expect(store.getState().profile).toBe("national");
    await host.saveProfile("hubei");
    await commands.loadProfile();
    expect(store.getState().profile).toBe("hubei");
  });

  it("watchLive: follows edits while on, with the current profile, and reports each recompute", () => {
    const host = fakeExcelHost();
    const { store, commands } = setup(host);
    const stop = commands.watchLive();
    host.emit(sampleCheck("改过的表"));
    expect(store.getState().books[0].check?.sheets.map((s) => s.result.sheetName)).toEqual(["改过的表"]);
    expect(store.getState().lastRecompute).toBe(1000);
    host.emit(sampleCheck("另一张表"));
    expect(store.getState().books[0].check?.sheets.map((s) => s.result.sheetName)).toEqual(["改过的表", "另一张表"]);
    stop();
    expect(host.calls).toEqual([
      ["watch", "national"],
      ["unwatch", "national"],
    ]);
  });

  it("watchLive: does nothing when live recompute is off", () => {
    const host = fakeExcelHost();
    const { commands } = setup(host);
    commands.setLive(false);
    commands.watchLive()();
    expect(host.calls).toEqual([]);
  });
});

describe("pane commands in a browser", () => {
  it("openFiles: reads each file with the profile; unreadable ones get their own message", async () => {
    const host = fakeFileHost();
    const { store, commands } = setup(host);
    await commands.openFiles([file("a.xlsx", 10), file("b.docx")]);
    expect(host.calls).toEqual([
      ["openFile", "a.xlsx", 10, "national"],
      ["openFile", "b.docx", 4, "national"],
    ]);
    const [a, b] = store.getState().books;
    expect([a.check !== null, a.failure]).toEqual([true, null]);
    expect([b.check, b.failure]).toEqual([null, { key: "file.error.notXlsx" }]);
  });

  it("openFiles: a file that cannot even be read is reported, the others still shown", async () => {
    const host = fakeFileHost();
    const { store, commands } = setup(host);
    const broken: PickedFile = { name: "x.xlsx", arrayBuffer: async () => Promise.reject(new Error("NotReadableError")) };
    await commands.openFiles([broken, file("ok.xlsx")]);
    expect(store.getState().books.map((b) => [b.name, b.failure?.key ?? null])).toEqual([
      ["x.xlsx", "file.error.read"],
      ["ok.xlsx", null],
    ]);
  });

  it("downloadScored: saves the host's bytes under the scored name and says so", async () => {
    const host = fakeFileHost();
    const { store, commands, saved } = setup(host);
    await commands.openFiles([file("报告.xlsx")]);
    await commands.downloadScored("报告.xlsx");
    expect(saved.map((d) => d.fileName)).toEqual(["报告.scored.xlsx"]);
    expect(store.getState().notice?.text).toEqual({ key: "file.downloaded", params: { file: "报告.scored.xlsx" } });
  });

  it("downloadTemplate: checks the draft, then saves a blank template", async () => {
    const host = fakeFileHost();
    const { commands, saved } = setup(host);
    commands.editTemplate("projectName", "  人才项目 ");
    await commands.downloadTemplate();
    expect(host.calls).toContainEqual(["templateFile", { kind: "project", year: 2024, projectName: "人才项目" }]);
    expect(saved.map((d) => d.fileName)).toEqual(["项目支出绩效自评表.xlsx"]);
  });

  it("setProfile: stores it and re-checks every readable open file", async () => {
    const host = fakeFileHost();
    const { commands } = setup(host);
    await commands.openFiles([file("a.xlsx"), file("bad.txt")]);
    await commands.setProfile("sichuan");
    expect(host.calls.slice(-2)).toEqual([
      ["saveProfile", "sichuan"],
      ["recheck", "a.xlsx", "sichuan"],
    ]);
  });

  it("closeFile: the host forgets it and so does the pane", async () => {
    const host = fakeFileHost();
    const { store, commands } = setup(host);
    await commands.openFiles([file("a.xlsx")]);
    commands.closeFile("a.xlsx");
    expect(host.calls).toContainEqual(["close", "a.xlsx"]);
    expect(store.getState().books).toEqual([]);
  });

  it("setLang: switches and remembers", () => {
    const { store, commands, langs } = setup(fakeFileHost());
    commands.setLang("en");
    expect([store.getState().lang, langs]).toEqual(["en", ["en"]]);
  });

  it("checkTemplateField: checks what was typed, on demand only", () => {
    const { store, commands } = setup(fakeFileHost());
    commands.editTemplate("year", "２０");
    expect(store.getState().templateErrors).toEqual({});
    commands.checkTemplateField("year");
    expect(store.getState().templateErrors.year?.key).toBe("template.error.year");
  });
});

describe("openedBook", () => {
  it("turns each unreadable reason into its message", () => {
    const keys = (["encrypted", "notXlsx", "corrupt", "unreadable"] as const).map(
      (reason) => openedBook({ ok: false, name: "f", reason, detail: "d" }).failure,
    );
    expect(keys).toEqual([
      { key: "file.error.encrypted" },
      { key: "file.error.notXlsx" },
      { key: "file.error.corrupt", params: { detail: "d" } },
      { key: "file.error.read", params: { detail: "d" } },
    ]);
  });

  it("notes sheets that were too big to read whole", () => {
    expect(openedBook({ ok: true, name: "f", check: sampleCheck(), truncated: ["大表"] }).notes).toEqual([
      { key: "file.truncated", params: { sheet: "大表" } },
    ]);
  });
});
