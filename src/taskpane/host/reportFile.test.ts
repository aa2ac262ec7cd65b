import { readFileSync } from "fs";
import { join } from "path";
import { FakeExcelHost, fakeRun } from "../../../test/excel/fakeExcel";
import { seedGrids } from "../../../test/fixtures/seedGrids";
import { docxText } from "../../../test/report/docxText";
import type { Download, Host } from "./Host";
import { createExcelHost } from "./excelHost";
import { createFileHost } from "./fileHost";
import { checkerInBrowser } from "./reportElsewhere";
import { fakeExcelHost, fakeFileHost } from "../testing/fakeHosts";
import { createPaneCommands } from "../state/paneCommands";
import { initialPaneState } from "../state/paneState";
import { createPaneStore } from "../state/paneStore";
import type { ReportRedirect } from "./reportElsewhere";

/** The 起草自评报告 button's path: the hosts draft with src/report, the command hands the file over. */

const SEED = join(__dirname, "..", "..", "..", "examples", "shifeng-2020.xlsx");
const seed = () => {
  const b = readFileSync(SEED);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};
const memoryStore = () => {
  const data = new Map<string, string>();
  return { get: (k: string) => data.get(k) ?? null, set: (k: string, v: string) => void data.set(k, v) };
};

describe("hosts draft the report", () => {
  it("in a browser: from the opened file, loading the report engine only when asked", async () => {
    let reportLoads = 0;
    const host = createFileHost(memoryStore(), undefined, () => {
      reportLoads++;
      return import("./reportEngine");
    });
    await host.openFile("seed.xlsx", seed(), "national");
    expect(reportLoads).toBe(0);
    const report = await host.reportFile("seed.xlsx", "national");
    expect(reportLoads).toBe(1);
    expect([report.fileName, report.draft]).toEqual(["自评报告（草稿）.docx", true]);
    const text = await docxText(report.bytes);
    expect(text).toContain("全年预算数161.4万元");
    expect(text).toContain("项目自评得分98.00分，等级为“优”");
  }, 60_000);

  it("in Excel: from the last Validate & score, after one; refused before", async () => {
    const workbook = new FakeExcelHost({ mergedAreas: true, triggerSource: true, delayForCellEdit: true });
    for (const grid of seedGrids) workbook.addSheet(grid.sheetName, grid);
    const host = createExcelHost({ run: fakeRun(workbook), features: { mergedAreas: true, triggerSource: true } });
    await expect(host.reportFile("", "national")).rejects.toThrow();
    await host.validateAndScore("national");
    const syncs = workbook.counters.syncs;
    const report = await host.reportFile("", "national");
    expect(workbook.counters.syncs).toBe(syncs); // drafting reads and writes nothing in Excel
    expect(report.draft).toBe(true);
    expect(await docxText(report.bytes)).toContain("非公有制中小微企业发展项目");
  }, 60_000);
});

function setup(host: Host, reportElsewhere?: () => ReportRedirect) {
  const store = createPaneStore(initialPaneState(host.kind, "zh-CN", new Date(2025, 0, 1)));
  const saved: Download[] = [];
  const commands = createPaneCommands({
    host,
    dispatch: store.dispatch,
    getState: store.getState,
    save: (d) => void saved.push(d),
    rememberLang: () => undefined,
    now: () => 1,
    ...(reportElsewhere ? { reportElsewhere } : {}),
  });
  return { store, commands, saved };
}

describe("the draftReport command", () => {
  it("asks the host with the book and profile, hands the file over, and says what it saved", async () => {
    const host = fakeFileHost();
    const { store, commands, saved } = setup(host);
    store.dispatch({ type: "profileChanged", profile: "sichuan" });
    await commands.draftReport("a.xlsx");
    expect(host.calls).toContainEqual(["reportFile", "a.xlsx", "sichuan"]);
    expect(saved.map((d) => d.fileName)).toEqual(["自评报告.docx"]);
    expect(store.getState().notice).toEqual({ tone: "success", text: { key: "report.downloaded", params: { file: "自评报告.docx" } } });
    expect(store.getState().busy).toBeNull();
  });

  it("says when the report is a draft", async () => {
    const { store, commands } = setup(fakeExcelHost());
    await commands.draftReport("");
    expect(store.getState().notice?.text).toEqual({ key: "report.downloadedDraft", params: { file: "自评报告（草稿）.docx" } });
  });

  it("on Excel for Mac opens the checker in the browser instead, drafting nothing in the pane", async () => {
    const host = fakeExcelHost();
    const opened: string[] = [];
    const { store, commands, saved } = setup(host, checkerInBrowser("https://x.test/index.html", (url) => void opened.push(url)));
    await commands.draftReport("");
    expect(opened).toEqual(["https://x.test/index.html"]);
    expect(host.calls.filter((c) => c[0] === "reportFile")).toEqual([]);
    expect(saved).toEqual([]);
    expect(store.getState().notice?.text).toEqual({ key: "report.openedChecker", params: { url: "https://x.test/index.html" } });
  });

  it("without openBrowserWindow gives the address to open by hand", async () => {
    const { store, commands } = setup(fakeExcelHost(), checkerInBrowser("https://x.test/index.html", null));
    await commands.draftReport("");
    expect(store.getState().notice?.text).toEqual({ key: "report.openChecker", params: { url: "https://x.test/index.html" } });
  });

  it("turns a failure into an error notice", async () => {
    const host = fakeFileHost({
      reportFile: async () => {
        throw new Error("boom");
      },
    });
    const { store, commands } = setup(host);
    await commands.draftReport("a.xlsx");
    expect(store.getState().notice).toEqual({ tone: "error", text: { key: "error.host", params: { detail: "boom" } } });
  });
});
