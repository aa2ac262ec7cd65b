import { checkDraft, checkDraftField, defaultDraft, NAME_MAX, normalizeYear, templateChoice, type TemplateDraft } from "./templateDraft";

const draft = (over: Partial<TemplateDraft> = {}): TemplateDraft => ({ kind: "project", year: "2020", department: "", projectName: "", ...over });

describe("defaultDraft", () => {
  it("proposes a project sheet for last year", () => {
    expect(defaultDraft(new Date(2025, 2, 1))).toEqual({ kind: "project", year: "2024", department: "", projectName: "" });
  });
});

describe("normalizeYear", () => {
  it("accepts full-width digits from an IME, spaces and a trailing 年", () => {
    expect(normalizeYear("２０２０年")).toBe("2020");
    expect(normalizeYear(" 2020\u3000")).toBe("2020");
  });
});

describe("checkDraftField", () => {
  it("accepts a four-digit year in range", () => {
    expect(checkDraftField(draft({ year: "2000" }), "year")).toBeUndefined();
    expect(checkDraftField(draft({ year: "２１００" }), "year")).toBeUndefined();
  });

  it("rejects a year out of range, not four digits, or blank, naming the bounds", () => {
    for (const year of ["1999", "2101", "20", "二〇二〇", "", "2020.5"]) {
      expect(checkDraftField(draft({ year }), "year")).toEqual({ key: "template.error.year", params: { min: 2000, max: 2100 } });
    }
  });

  it("allows a blank department (filled in later) but not a too-long one", () => {
    expect(checkDraftField(draft({ department: "" }), "department")).toBeUndefined();
    expect(checkDraftField(draft({ department: "株".repeat(NAME_MAX) }), "department")).toBeUndefined();
    expect(checkDraftField(draft({ department: "株".repeat(NAME_MAX + 1) }), "department")).toEqual({
      key: "template.error.tooLong",
      params: { max: NAME_MAX },
    });
  });

  it("rejects line breaks and control characters in names", () => {
    expect(checkDraftField(draft({ projectName: "项目\n名称" }), "projectName")).toEqual({ key: "template.error.invalidChars" });
  });

  it("counts characters, not UTF-16 units (a name with astral characters)", () => {
    expect(checkDraftField(draft({ department: "𠀀".repeat(NAME_MAX) }), "department")).toBeUndefined();
  });
});

describe("checkDraft / templateChoice", () => {
  it("ignores the project name on an overall sheet", () => {
    expect(checkDraft(draft({ kind: "overall", projectName: "x\n" }))).toEqual({});
  });

  it("turns a good draft into host arguments: year as a number, names trimmed, blanks left out", () => {
    expect(templateChoice(draft({ year: "２０２０", department: "\u3000石峰区工商联 ", projectName: "" }))).toEqual({
      ok: true,
      choice: { kind: "project", year: 2020, department: "石峰区工商联" },
    });
    expect(templateChoice(draft({ kind: "overall", projectName: "不用" }))).toEqual({ ok: true, choice: { kind: "overall", year: 2020 } });
  });

  it("returns every problem of a bad draft", () => {
    const outcome = templateChoice(draft({ year: "abc", projectName: "a\tb" }));
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(Object.keys(outcome.errors).sort()).toEqual(["projectName", "year"]);
  });
});
