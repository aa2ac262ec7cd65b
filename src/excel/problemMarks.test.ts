import type { Diagnostic } from "../domain/diagnostics";
import { desiredMarks, MARK_CHUNK, markFormula, MAX_FORMULA_TEXT, planMarks } from "./problemMarks";
import type { ExistingMark } from "./readSheets";
import type { XlConditionalFormat } from "./officeTypes";

const d = (cell: string, severity: Diagnostic["severity"]): Diagnostic => ({
  code: "REQUIRED_MISSING",
  severity,
  sheet: "S",
  cell,
  key: "REQUIRED_MISSING",
  params: {},
});

let positions = 0;
const existing = (formula: string): ExistingMark => ({ formula, format: {} as XlConditionalFormat, position: positions++ });

describe("problem marks", () => {
  it("marks errors and warnings (errors win on a cell), not infos or cell-less problems", () => {
    const rules = desiredMarks([d("H21", "warning"), d("$h$21", "error"), d("D7", "error"), d("B2", "info"), d("", "error"), d("F9", "warning")]);
    expect(rules.map((r) => [r.kind, r.addresses])).toEqual([
      ["error", ["D7", "H21"]],
      ["warning", ["F9"]],
    ]);
    expect(rules[0].formula).toBe('=N("jixiao:mark|error|D7,H21")=0');
  });

  it("splits long lists into chunks", () => {
    const many = Array.from({ length: MARK_CHUNK + 1 }, (_, i) => d(`A${i + 1}`, "error"));
    expect(desiredMarks(many).map((r) => r.addresses.length)).toEqual([MARK_CHUNK, 1]);
  });

  it("keeps each mark formula's text within Excel's 255 characters per text value", () => {
    // Long addresses (ranges far down the sheet): 40 of them would make a 480-character text.
    const long = Array.from({ length: MARK_CHUNK }, (_, i) => d(`AA${1000 + i}:AB${2000 + i}`, "error"));
    const rules = desiredMarks(long);
    expect(rules.length).toBeGreaterThan(1);
    expect(rules.flatMap((r) => r.addresses)).toHaveLength(MARK_CHUNK);
    for (const r of rules) {
      const text = /N\("(.*)"\)/.exec(r.formula)?.[1] ?? "";
      expect(text.length).toBeLessThanOrEqual(MAX_FORMULA_TEXT);
    }
  });

  it("keeps marks still wanted, removes stale and duplicated ones, adds the missing", () => {
    const want = desiredMarks([d("D7", "error"), d("F9", "warning")]);
    const keep = existing(markFormula("error", ["D7"]));
    const copy = existing(markFormula("error", ["D7"]));
    const stale = existing(markFormula("warning", ["F8"]));
    const plan = planMarks([keep, copy, stale], want);
    expect(plan.remove).toEqual([copy, stale]);
    expect(plan.add.map((r) => r.formula)).toEqual([markFormula("warning", ["F9"])]);
    expect(planMarks([existing(markFormula("error", ["D7"])), existing(markFormula("warning", ["F9"]))], want)).toEqual({ remove: [], add: [] });
  });
});
