import { isCellEditModeError } from "./runExcel";

describe("cell-edit mode errors", () => {
  it("are recognised under both codes the clients use, and nothing else is", () => {
    expect(isCellEditModeError({ code: "InvalidOperationInCellEditMode", message: "Excel is in cell-editing mode." })).toBe(true);
    expect(isCellEditModeError({ code: "InvalidOperation", message: "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB" })).toBe(true);
    expect(isCellEditModeError({ code: "InvalidOperation", message: "x", debugInfo: { message: "Excel 处于单元格编辑模式" } })).toBe(true);
    expect(isCellEditModeError({ code: "InvalidOperation", message: "worksheet is hidden" })).toBe(false);
    expect(isCellEditModeError({ code: "ItemNotFound", message: "cell edit" })).toBe(false);
    expect(isCellEditModeError(new Error("cell edit"))).toBe(false);
  });
});
