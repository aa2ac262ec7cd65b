import { FakeExcelHost, fakeRun } from "../../../test/excel/fakeExcel";
import { seedGrids } from "../../../test/fixtures/seedGrids";
import type { HostCheck } from "./Host";
import { createExcelHost, explainExcelError } from "./excelHost";

const OVERALL = "部门整体支出绩效自评表";
const PROJECT = "项目支出绩效自评表";

function setup() {
  const workbook = new FakeExcelHost({ mergedAreas: true, triggerSource: true, delayForCellEdit: true });
  for (const grid of seedGrids) workbook.addSheet(grid.sheetName, grid);
  const run = fakeRun(workbook);
  const host = createExcelHost({ run, features: { mergedAreas: true, triggerSource: true }, unregister: async (r) => r.remove(), debounceMs: 5 });
  return { workbook, host };
}

const names = (check: HostCheck) => check.sheets.map((s) => s.result.sheetName);

describe("createExcelHost (over the fake Excel of test/excel)", () => {
  it("validates and scores every sheet through the adapter, in at most three syncs", async () => {
    const { workbook, host } = setup();
    const outcome = await host.validateAndScore("national");
    expect(names(outcome.check)).toEqual([OVERALL, PROJECT]);
    const project = outcome.check.sheets.find((s) => s.result.sheetName === PROJECT);
    expect([project?.result.total.value?.toFixed(2), project?.result.grade.value]).toEqual(["98.00", "优"]);
    expect(outcome.notes).toEqual([]);
    expect(workbook.counters.syncs).toBeLessThanOrEqual(3);
  });

  it("reports a protected sheet it could not write as a note from the adapter's catalogue", async () => {
    const { workbook, host } = setup();
    const project = workbook.sheet(PROJECT);
    project.protected = true;
    // Make a computed cell blank so that there is something to write.
    workbook.userEdit(PROJECT, "H23", null);
    const outcome = await host.validateAndScore("national");
    expect(outcome.notes).toEqual([{ excelKey: "validate.protectedSkipped", params: { sheet: PROJECT } }]);
  });

  it("selects a cell on its sheet", async () => {
    const { workbook, host } = setup();
    await expect(host.selectCell(PROJECT, "H21")).resolves.toBeNull();
    expect(workbook.selection).toEqual({ sheetId: workbook.sheet(PROJECT).id, address: "H21" });
  });

  it("says so when a problem's sheet is hidden, instead of failing", async () => {
    const { workbook, host } = setup();
    workbook.sheet(PROJECT).visibility = "Hidden";
    await expect(host.selectCell(PROJECT, "H21")).resolves.toEqual({ excelKey: "select.hidden", params: { sheet: PROJECT, cell: "H21" } });
  });

  it("reports hidden sheets it did not write as a note", async () => {
    const { workbook, host } = setup();
    workbook.sheet(PROJECT).visibility = "Hidden";
    workbook.userEdit(PROJECT, "H23", null);
    const outcome = await host.validateAndScore("national");
    expect(outcome.notes).toEqual([{ excelKey: "validate.hiddenSkipped", params: { sheet: PROJECT } }]);
  });

  it("stops live checking while Office reports the pane hidden, and resumes when shown", async () => {
    const handlers: ((m: { visibilityMode: string }) => void)[] = [];
    const addin = {
      onVisibilityModeChanged: async (h: (m: { visibilityMode: string }) => void) => {
        handlers.push(h);
        return async () => undefined;
      },
    };
    const workbook = new FakeExcelHost({ mergedAreas: true, triggerSource: true });
    for (const grid of seedGrids) workbook.addSheet(grid.sheetName, grid);
    const host = createExcelHost({ run: fakeRun(workbook), features: { mergedAreas: true, triggerSource: true }, unregister: async (r) => r.remove(), debounceMs: 5, addin });
    const seen: HostCheck[] = [];
    const stop = host.watch("national", (c) => seen.push(c), () => undefined);
    for (let i = 0; i < 200 && (handlers.length === 0 || workbook.handlers.size === 0); i++) await new Promise((r) => setTimeout(r, 10));
    handlers.forEach((h) => h({ visibilityMode: "Hidden" }));
    workbook.userEdit(PROJECT, "E7", 80);
    await new Promise((r) => setTimeout(r, 30));
    expect(seen).toHaveLength(0);
    expect(workbook.counters.runs).toBe(1); // the handler's registration only
    handlers.forEach((h) => h({ visibilityMode: "Taskpane" }));
    // A bounded wait for the debounced re-check (guards a hang, asserts no timing).
    for (let i = 0; i < 500 && seen.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect(seen.map(names)).toEqual([[PROJECT]]);
    stop();
  });

  it("inserts a rendered template as a new sheet with the year and department asked for", async () => {
    const { workbook, host } = setup();
    const { sheetName } = await host.insertTemplate({ kind: "project", year: 2021, department: "石峰区工商业联合会" });
    expect(workbook.sheets.map((s) => s.name)).toContain(sheetName);
    expect(String(workbook.cell(sheetName, "A1")?.value)).toContain("2021");
  });

  it("stores the profile in the workbook's settings and reads it back", async () => {
    const { host } = setup();
    expect(await host.loadProfile()).toBeNull();
    await host.saveProfile("sichuan");
    expect(await host.loadProfile()).toBe("sichuan");
  });

  it("follows the user's edits of one sheet and stops when asked", async () => {
    const { workbook, host } = setup();
    const seen: string[][] = [];
    const stop = host.watch("national", (check) => seen.push(names(check)), (text) => seen.push([JSON.stringify(text)]));
    await new Promise((r) => setTimeout(r, 20));
    workbook.userEdit(PROJECT, "E7", 8);
    for (let i = 0; i < 100 && seen.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect(seen).toEqual([[PROJECT]]);
    stop();
    await new Promise((r) => setTimeout(r, 20));
    workbook.userEdit(PROJECT, "E7", 5);
    await new Promise((r) => setTimeout(r, 100));
    expect(seen).toHaveLength(1);
  });

  it("explains a refusal in cell-edit mode, and any other failure with its words", () => {
    expect(explainExcelError({ code: "InvalidOperationInCellEditMode", message: "busy" })).toEqual({ excelKey: "error.cellEditMode" });
    expect(explainExcelError(new Error("boom"))).toEqual({ excelKey: "error.generic", params: { detail: "boom" } });
  });
});
