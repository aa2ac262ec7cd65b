import { checkRequirements, optionalFeaturesMessage, requirementsMessage } from "./requirements";

const supportsUpTo = (max: number, shared = true) => (name: string, version?: string) =>
  name === "SharedRuntime" ? shared : name === "ExcelApi" && Number(version?.split(".")[1]) <= max;

describe("checkRequirements", () => {
  it("is ok on a current client, with every optional feature", () => {
    const check = checkRequirements(supportsUpTo(17));
    expect(check).toEqual({
      ok: true,
      missing: [],
      optional: { mergedAreas: true, triggerSource: true, delayForCellEdit: true, sharedRuntime: true },
    });
    expect(requirementsMessage(check)).toBeUndefined();
    expect(optionalFeaturesMessage(check)).toBeUndefined();
  });

  it("names ExcelApi 1.9 when the client is too old (Excel 2019 stops at 1.8)", () => {
    const check = checkRequirements(supportsUpTo(8));
    expect(check.ok).toBe(false);
    expect(check.missing).toEqual([{ name: "ExcelApi", version: "1.9" }]);
    expect(requirementsMessage(check)).toContain("ExcelApi 1.9");
    expect(requirementsMessage(check, "en")).toContain("needs ExcelApi 1.9");
  });

  it("lists the optional features a 1.12 client lacks", () => {
    const check = checkRequirements(supportsUpTo(12, false));
    expect(check.ok).toBe(true);
    expect(check.optional).toEqual({ mergedAreas: false, triggerSource: false, delayForCellEdit: true, sharedRuntime: false });
    expect(optionalFeaturesMessage(check, "en")).toBe(
      "This version of Excel does not support: reading merged cells (ExcelApi 1.13); recognising the assistant's own writes (ExcelApi 1.14); a runtime shared by the ribbon and the pane (SharedRuntime 1.1). The assistant still works, with those features reduced.",
    );
  });

  it("treats a throwing isSetSupported as unsupported", () => {
    const check = checkRequirements(() => {
      throw new Error("no requirements API");
    });
    expect(check.ok).toBe(false);
  });
});
