import { MAX_SHEET_NAME_LENGTH, sanitizeSheetName, uniqueSheetName } from "./sheetName";

describe("uniqueSheetName", () => {
  it("keeps a free name and numbers taken ones (2), (3) …, ignoring case", () => {
    expect(uniqueSheetName("项目支出绩效自评表", ["Sheet1"])).toBe("项目支出绩效自评表");
    expect(uniqueSheetName("项目支出绩效自评表", ["项目支出绩效自评表"])).toBe("项目支出绩效自评表 (2)");
    expect(uniqueSheetName("Data", ["data", "DATA (2)"])).toBe("Data (3)");
  });

  it("shortens the base so the suffix fits in 31 characters", () => {
    const long = "一".repeat(31);
    const name = uniqueSheetName(long, [long]);
    expect(name).toBe(`${"一".repeat(27)} (2)`);
    expect(name.length).toBeLessThanOrEqual(MAX_SHEET_NAME_LENGTH);
  });

  it("sanitises forbidden characters, apostrophes at the ends and reserved names", () => {
    expect(sanitizeSheetName("a/b:c*?[d]\\")).toBe("a_b_c___d__");
    expect(sanitizeSheetName("'x'")).toBe("x");
    expect(sanitizeSheetName("History")).toBe("History_");
    expect(sanitizeSheetName("  ")).toBe("Sheet");
  });
});
