import { legalSheetName, uniqueSheetName } from "./sheetName";

describe("sheet names", () => {
  it("replaces characters Excel forbids and cuts to 31 characters", () => {
    expect(legalSheetName("a/b\\c?d*e[f]g:h")).toBe("a_b_c_d_e_f_g_h");
    expect([...legalSheetName("项".repeat(40))].length).toBe(31);
    expect(legalSheetName("  ")).toBe("Sheet");
  });

  it("numbers a taken name like Excel's copies, ignoring case", () => {
    expect(uniqueSheetName("Sheet", ["sheet", "SHEET (2)"])).toBe("Sheet (3)");
    expect(uniqueSheetName("新表", [])).toBe("新表");
    const long = "项".repeat(31);
    const next = uniqueSheetName(long, [long]);
    expect(next.endsWith(" (2)")).toBe(true);
    expect([...next].length).toBe(31);
  });
});
