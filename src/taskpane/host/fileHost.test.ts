import { readFileSync } from "fs";
import { join } from "path";
import { readGrids } from "../../xlsx";
import type { KeyValueStore } from "./browserIo";
import { createFileHost, isProfileName, scoredFileName } from "./fileHost";

const SEED = join(__dirname, "..", "..", "..", "examples", "shifeng-2020.xlsx");
const seed = () => {
  const b = readFileSync(SEED);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};

function memoryStore(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, get: (k) => data.get(k) ?? null, set: (k, v) => void data.set(k, v) };
}

describe("scoredFileName", () => {
  it("puts .scored before the extension, whatever its case", () => {
    expect(scoredFileName("石峰区2020.xlsx")).toBe("石峰区2020.scored.xlsx");
    expect(scoredFileName("REPORT.XLSX")).toBe("REPORT.scored.xlsx");
    expect(scoredFileName("noext")).toBe("noext.scored.xlsx");
  });
});

describe("createFileHost (the real xlsx adapter, in Node)", () => {
  it("reads and checks the seed workbook", async () => {
    const host = createFileHost(memoryStore());
    const opened = await host.openFile("seed.xlsx", seed(), "national");
    if (!opened.ok) throw new Error(opened.detail);
    const project = opened.check.sheets.find((s) => s.result.sheetName === "项目支出绩效自评表");
    expect([project?.result.total.value?.toFixed(2), project?.result.grade.value]).toEqual(["98.00", "优"]);
  });

  it("says why a file cannot be read, without throwing", async () => {
    const host = createFileHost(memoryStore());
    const text = new TextEncoder().encode("不是表格");
    const opened = await host.openFile("a.txt", text.buffer as ArrayBuffer, "national");
    expect(opened).toMatchObject({ ok: false, name: "a.txt", reason: "notXlsx" });
  });

  it("rechecks an open file under another profile", async () => {
    const host = createFileHost(memoryStore());
    await host.openFile("seed.xlsx", seed(), "national");
    const again = await host.recheck("seed.xlsx", "hubei");
    if (!again.ok) throw new Error(again.detail);
    const codes = again.check.sheets.flatMap((s) => s.result.diagnostics.map((d) => d.code));
    expect(codes).toContain("WEIGHT_SPLIT_NONSTANDARD");
  });

  it("writes the scored workbook, readable again, under the scored name", async () => {
    const host = createFileHost(memoryStore());
    await host.openFile("seed.xlsx", seed(), "national");
    const download = await host.scoredFile("seed.xlsx", "national");
    expect(download.fileName).toBe("seed.scored.xlsx");
    const read = await readGrids(download.bytes);
    expect(read.ok && read.grids.map((g) => g.sheetName)).toEqual(["部门整体支出绩效自评表", "项目支出绩效自评表"]);
  });

  it("makes a blank template named after its kind", async () => {
    const host = createFileHost(memoryStore());
    const download = await host.templateFile({ kind: "overall", year: 2021, department: "石峰区工商业联合会" });
    expect(download.fileName).toBe("部门整体支出绩效自评表.xlsx");
    const read = await readGrids(download.bytes);
    expect(read.ok && JSON.stringify(read.grids[0].values)).toContain("2021年度部门整体支出绩效自评表");
  });

  it("forgets a closed file", async () => {
    const host = createFileHost(memoryStore());
    await host.openFile("seed.xlsx", seed(), "national");
    host.close("seed.xlsx");
    await expect(host.recheck("seed.xlsx", "national")).rejects.toThrow(RangeError);
  });

  it("remembers the profile in the store and ignores anything unknown there", async () => {
    const store = memoryStore();
    const host = createFileHost(store);
    expect(await host.loadProfile()).toBeNull();
    await host.saveProfile("hubei");
    expect(await host.loadProfile()).toBe("hubei");
    store.data.set("jixiao.profile", "guangdong");
    expect(await host.loadProfile()).toBeNull();
    expect([isProfileName("sichuan"), isProfileName(null), isProfileName("x")]).toEqual([true, false, false]);
  });

  it("loads the xlsx engine only once, on first use", async () => {
    let loads = 0;
    const host = createFileHost(memoryStore(), () => {
      loads++;
      return import("./fileEngine");
    });
    expect(loads).toBe(0);
    await host.openFile("a.xlsx", seed(), "national");
    await host.openFile("b.xlsx", seed(), "national");
    expect(loads).toBe(1);
  });
});
