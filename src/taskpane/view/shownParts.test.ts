import type { Diagnostic } from "../../domain/diagnostics";
import { diagnosticMessage, diagnosticParts } from "../../i18n/formatDiagnostic";
import { diagnosticsZhCN } from "../../i18n/diagnostics.zh-CN";
import { interpolate, interpolateParts, joinParts } from "../../i18n/translate";
import { QUOTE_MAX } from "../../i18n/visibleText";
import { openedBook } from "../state/paneCommands";
import { sampleCheck } from "../testing/fakeHosts";
import { severityGroups } from "./diagnosticRows";
import { shownName, shownParts } from "./shownParts";
import { paneTextParts } from "./uiText";

const BIDI_OR_CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

const weight = (value: string): Diagnostic => ({
  code: "WEIGHT_INVALID",
  severity: "error",
  sheet: "项目支出绩效自评表",
  cell: "G14",
  key: "WEIGHT_INVALID",
  params: { value },
});

function rowOf(d: Diagnostic) {
  const [group] = severityGroups(d.sheet, [d], "zh-CN");
  return group.rows[0];
}

describe("quoted values in the pane's messages", () => {
  it("a weight “\\u202E01” is its own isolated part, shown as \\u202E01, never as a raw override", () => {
    const row = rowOf(weight("\u202E01"));
    const values = row.parts.filter((p) => p.kind === "value");
    expect(values).toEqual([{ kind: "value", shown: "\\u202E01", full: "\\u202E01", cut: false }]);
    // The words around it are the catalogue's, unchanged and free of the value.
    const words = row.parts.flatMap((p) => (p.kind === "text" ? [p.text] : []));
    expect(words.join("{value}")).toBe(diagnosticsZhCN.WEIGHT_INVALID);
    for (const p of row.parts) expect(p.kind === "text" ? p.text : p.shown).not.toMatch(BIDI_OR_CONTROL);
  });

  it("a 200-character cell imitating “✅ 校验通过” is cut to 40 characters with an ellipsis", () => {
    const long = `✅ 校验通过${"　".repeat(180)}${"x".repeat(13)}`;
    const [value] = rowOf(weight(long)).parts.filter((p) => p.kind === "value");
    if (value.kind !== "value") throw new Error("no value part");
    expect([...value.shown]).toHaveLength(QUOTE_MAX);
    expect(value.shown.endsWith("…")).toBe(true);
    expect(value.cut).toBe(true);
    expect(value.full).toBe(long);
  });

  it("C0/C1 controls and every bidi control in a value are shown as \\uXXXX", () => {
    const hostile = "a\u001b[2Jb\u009b31m\u0085\u202A\u202B\u202C\u202D\u2066\u2067\u2068\u2069\u200E\u200F\u061C";
    const [value] = shownParts(diagnosticParts(weight(hostile), "en")).filter((p) => p.kind === "value");
    if (value.kind !== "value") throw new Error("no value part");
    expect(value.full).not.toMatch(BIDI_OR_CONTROL);
    expect(value.full).toBe(
      "a\\u001B[2Jb\\u009B31m\\u0085\\u202A\\u202B\\u202C\\u202D\\u2066\\u2067\\u2068\\u2069\\u200E\\u200F\\u061C",
    );
  });

  it("parts join back to exactly the string form the CLI prints", () => {
    for (const [key, template] of Object.entries(diagnosticsZhCN)) {
      const params = Object.fromEntries([...template.matchAll(/\{(\w+)\}/g)].map((m) => [m[1], `<${m[1]}>`]));
      expect({ key, text: joinParts(interpolateParts(template, params)) }).toEqual({ key, text: interpolate(template, params) });
    }
    expect(joinParts(interpolateParts("{a} and {missing}", { a: 1 }))).toBe("1 and {missing}");
    const d = weight("\u202E01");
    expect(joinParts(diagnosticParts(d, "zh-CN"))).toBe(diagnosticMessage(d, "zh-CN"));
  });
});

describe("names from the file", () => {
  it("a bidi-named sheet cannot pose as a genuine name", () => {
    expect(shownName("项目支出绩效自评表\u202E")).toBe("项目支出绩效自评表\\u202E");
    expect(shownName("\u2067项目支出绩效自评表\u2069")).not.toMatch(BIDI_OR_CONTROL);
    expect([...shownName("表".repeat(100))]).toHaveLength(QUOTE_MAX);
    expect(shownName("报".repeat(100), false)).toBe("报".repeat(100));
  });

  it("notes quote the sheet name as a value part", () => {
    const parts = shownParts(paneTextParts("zh-CN", { key: "file.truncated", params: { sheet: "大\u202E表" } }));
    expect(parts.filter((p) => p.kind === "value")).toEqual([{ kind: "value", shown: "大\\u202E表", full: "大\\u202E表", cut: false }]);
  });
});

describe("hidden sheets", () => {
  it("a scored sheet that is hidden or very hidden gets a note; a hidden sheet not read does not", () => {
    const check = sampleCheck();
    const [first] = check.sheets.map((s) => s.result.sheetName);
    const book = openedBook({
      ok: true,
      name: "f.xlsx",
      check,
      truncated: [],
      hidden: [
        { sheet: first, visibility: "veryHidden" },
        { sheet: "说明", visibility: "hidden" },
      ],
    });
    expect(book.notes).toEqual([{ key: "file.veryHiddenSheet", params: { sheet: first } }]);
    const hidden = openedBook({ ok: true, name: "f.xlsx", check, truncated: [], hidden: [{ sheet: first, visibility: "hidden" }] });
    expect(hidden.notes).toEqual([{ key: "file.hiddenSheet", params: { sheet: first } }]);
    expect(openedBook({ ok: true, name: "f.xlsx", check, truncated: [] }).notes).toEqual([]);
  });
});
