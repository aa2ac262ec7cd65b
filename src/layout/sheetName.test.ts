import { legalSheetName, MAX_SHEET_NAME_LENGTH, uniqueSheetName } from "./sheetName";

describe("legalSheetName", () => {
  it("replaces the characters Excel forbids", () => {
    expect(legalSheetName("a/b\\c?d*e[f]g:h")).toBe("a_b_c_d_e_f_g_h");
  });

  it("drops C0 control characters and DEL, keeps C1 (legal in XML, shown escaped)", () => {
    expect(legalSheetName("表\u0000一\u0009二\u001b三\u007f四")).toBe("表一二三四");
    expect(legalSheetName("五\u0085六")).toBe("五\u0085六");
  });

  it("drops apostrophes at either end, also after cutting", () => {
    expect(legalSheetName("'x'")).toBe("x");
    expect(legalSheetName(`${"a".repeat(30)}'b`)).toBe("a".repeat(30));
  });

  it("renames the reserved History in any case, and a blank name", () => {
    expect(legalSheetName("History")).toBe("History_");
    expect(legalSheetName("HISTORY")).toBe("HISTORY_");
    expect(legalSheetName("Historyx")).toBe("Historyx");
    expect(legalSheetName("  ")).toBe("Sheet");
    expect(legalSheetName("\u0001")).toBe("Sheet");
  });

  it("cuts to 31 UTF-16 units without splitting a surrogate pair", () => {
    expect(legalSheetName("项".repeat(40))).toBe("项".repeat(31));
    const emoji = legalSheetName(`${"a".repeat(30)}😀`);
    expect(emoji).toBe("a".repeat(30));
    expect(legalSheetName("😀".repeat(20)).length).toBe(30);
  });
});

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

  it("makes the name legal before comparing", () => {
    expect(uniqueSheetName("a/b", ["a_b"])).toBe("a_b (2)");
  });
});
