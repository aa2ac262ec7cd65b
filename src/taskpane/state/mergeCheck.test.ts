import { diagnostic, resultOf } from "../testing/fixtures";
import type { HostCheck } from "../host/Host";
import { mergeCheck } from "./mergeCheck";

const ok = (name: string, total = "90") => ({ result: resultOf({ sheetName: name, total }) });
const broken = (name: string) => ({ sheetName: name, kind: "project" as const, diagnostics: [diagnostic(name, "A1", "error", "TABLE_NOT_FOUND")] });
const names = (c: HostCheck) => [c.sheets.map((s) => `${s.result.sheetName}=${s.result.total.value?.toString()}`), c.broken.map((b) => b.sheetName)];

describe("mergeCheck", () => {
  it("takes the part as the whole when nothing was shown yet", () => {
    const part = { sheets: [ok("A")], broken: [] };
    expect(mergeCheck(null, part)).toBe(part);
  });

  it("replaces a recomputed sheet in place and keeps the others", () => {
    const merged = mergeCheck({ sheets: [ok("A"), ok("B"), ok("C")], broken: [] }, { sheets: [ok("B", "55")], broken: [] });
    expect(names(merged)).toEqual([["A=90", "B=55", "C=90"], []]);
  });

  it("adds a new sheet at the end", () => {
    const merged = mergeCheck({ sheets: [ok("A")], broken: [broken("X")] }, { sheets: [ok("N")], broken: [] });
    expect(names(merged)).toEqual([["A=90", "N=90"], ["X"]]);
  });

  it("moves a sheet that became unreadable, and back again", () => {
    const spoilt = mergeCheck({ sheets: [ok("A"), ok("B")], broken: [] }, { sheets: [], broken: [broken("A")] });
    expect(names(spoilt)).toEqual([["B=90"], ["A"]]);
    const mended = mergeCheck(spoilt, { sheets: [ok("A", "70")], broken: [] });
    expect(names(mended)).toEqual([["B=90", "A=70"], []]);
  });
});
