import { readFileSync, existsSync } from "fs";
import path from "path";
import { COMMAND_FUNCTION_NAMES } from "../../src/commands/functionNames";

/** Follows the relative imports of the commands entry and lists every module and package reached. */
function reach(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string): void => {
    if (files.has(file)) return;
    files.add(file);
    const source = readFileSync(file, "utf8");
    for (const m of source.matchAll(/^\s*(?:import|export)\s+(?!type\b)[^;]*?from\s+"([^"]+)"/gm)) {
      const spec = m[1];
      if (!spec.startsWith(".")) {
        packages.add(spec);
        continue;
      }
      const base = path.resolve(path.dirname(file), spec);
      const next = [`${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")].find((f) => existsSync(f));
      if (next) visit(next);
    }
  };
  visit(entry);
  return { files, packages };
}

describe("the commands bundle", () => {
  const { files, packages } = reach(path.resolve(__dirname, "../../src/commands/commands.ts"));

  it("carries no React, no decimal.js, no scoring engine", () => {
    expect([...packages]).toEqual([]);
    const rel = [...files].map((f) => path.relative(path.resolve(__dirname, "../.."), f));
    // The template's formulas follow the rule profile's data (profiles.ts) and read cells (cells.ts);
    // the reader tells an unfilled template by blank cells (read/unfilled.ts): no parser, no rule,
    // no decimal arithmetic.
    const allowed = ["ownership.ts", "profiles.ts", "cells.ts", "read/unfilled.ts"];
    expect(rel.filter((f) => f.startsWith("src/domain/") && !allowed.some((a) => f.endsWith(a)))).toEqual([]);
    expect(rel).toContain("src/excel/insertTemplate.ts");
    expect(rel).toContain("src/layout/templateSpec.ts");
  });

  it("registers every function name with Office.actions.associate", () => {
    const source = readFileSync(path.resolve(__dirname, "../../src/commands/commands.ts"), "utf8");
    expect(COMMAND_FUNCTION_NAMES).toEqual(["insertTemplate"]);
    expect(source).toMatch(/Office\.actions\.associate\(INSERT_TEMPLATE,/);
  });
});
