import { getProfileName, selectCell, setProfileName } from "../../src/excel";
import { FakeExcelHost, fakeRun } from "./fakeExcel";

describe("select a cell, workbook settings", () => {
  it("activates the sheet and selects the cell, in one sync", async () => {
    const host = new FakeExcelHost();
    host.addSheet("A");
    const b = host.addSheet("项目支出绩效自评表");
    const ok = await fakeRun(host)((c) => selectCell(c, "项目支出绩效自评表", "$H$21"));
    expect(ok).toBe(true);
    expect(host.activeSheetId).toBe(b.id);
    expect(host.selection).toEqual({ sheetId: b.id, address: "H21" });
    expect(host.counters.syncs).toBe(1);
  });

  it("returns false for a missing sheet or a bad address", async () => {
    const host = new FakeExcelHost();
    host.addSheet("A");
    const run = fakeRun(host);
    await expect(run((c) => selectCell(c, "Gone", "A1"))).resolves.toBe(false);
    await expect(run((c) => selectCell(c, "A", "not an address"))).resolves.toBe(false);
  });

  it("stores the rule profile in the workbook's settings", async () => {
    const host = new FakeExcelHost();
    host.addSheet("A");
    const run = fakeRun(host);
    await expect(run((c) => getProfileName(c))).resolves.toBeUndefined();
    await run((c) => setProfileName(c, "hubei"));
    expect(host.settings.get("jixiao.profile")).toBe("hubei");
    await expect(run((c) => getProfileName(c))).resolves.toBe("hubei");
    host.settings.set("jixiao.profile", "mars");
    await expect(run((c) => getProfileName(c))).resolves.toBeUndefined();
  });
});
