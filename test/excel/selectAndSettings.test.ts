import { getProfileName, selectCell, setProfileName } from "../../src/excel";
import { FakeExcelHost, fakeRun } from "./fakeExcel";

describe("select a cell, workbook settings", () => {
  it("activates the sheet and selects the cell, in two syncs (visibility first)", async () => {
    const host = new FakeExcelHost();
    host.addSheet("A");
    const b = host.addSheet("项目支出绩效自评表");
    const outcome = await fakeRun(host)((c) => selectCell(c, "项目支出绩效自评表", "$H$21"));
    expect(outcome).toBe("selected");
    expect(host.activeSheetId).toBe(b.id);
    expect(host.selection).toEqual({ sheetId: b.id, address: "H21" });
    expect(host.counters.syncs).toBe(2);
    expect(host.undoStack).toHaveLength(0); // selecting is no change the user would undo
  });

  it("says a hidden or very hidden sheet is hidden instead of failing (Excel cannot activate it)", async () => {
    const host = new FakeExcelHost();
    host.addSheet("A");
    host.addSheet("隐藏表").visibility = "Hidden";
    host.addSheet("深度隐藏").visibility = "VeryHidden";
    const run = fakeRun(host);
    await expect(run((c) => selectCell(c, "隐藏表", "H21"))).resolves.toBe("hidden");
    await expect(run((c) => selectCell(c, "深度隐藏", "H21"))).resolves.toBe("hidden");
    expect(host.selection).toBeUndefined();
  });

  it("reports a missing sheet or a bad address", async () => {
    const host = new FakeExcelHost();
    host.addSheet("A");
    const run = fakeRun(host);
    await expect(run((c) => selectCell(c, "Gone", "A1"))).resolves.toBe("missing");
    await expect(run((c) => selectCell(c, "A", "not an address"))).resolves.toBe("notACell");
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
