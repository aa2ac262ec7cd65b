import { readFileSync } from "fs";
import { join } from "path";
import { DIAGNOSTIC_CODES } from "../../src/domain/diagnostics";

/** docs/RULES.md is the page the help links open: every code the engine can report is explained there. */
const rules = readFileSync(join(__dirname, "..", "..", "docs", "RULES.md"), "utf8");
const documented = new Set([...rules.matchAll(/^\| `([A-Z0-9_]+)` \|/gm)].map((m) => m[1]));

describe("docs/RULES.md", () => {
  it("has a row for every code of the diagnostics union", () => {
    expect(DIAGNOSTIC_CODES.filter((code) => !documented.has(code))).toEqual([]);
  });

  it("documents no code the engine does not have", () => {
    const known = new Set<string>(DIAGNOSTIC_CODES);
    expect([...documented].filter((code) => !known.has(code))).toEqual([]);
  });

  it("says for each code what to do and on what basis (five filled columns)", () => {
    const rows = rules.split("\n").filter((line) => /^\| `[A-Z0-9_]+` \|/.test(line));
    for (const row of rows) {
      const cells = row.split("|").slice(1, -1).map((c) => c.trim());
      expect({ row: cells[0], columns: cells.length, empty: cells.filter((c) => !c).length }).toEqual({ row: cells[0], columns: 5, empty: 0 });
    }
  });
});
