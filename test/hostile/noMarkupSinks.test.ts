import { readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";

/**
 * Cell text reaches the pane, the dialogs and the messages only as React text children (escaped
 * by React) — the browser tests prove an `<img onerror>` cell shows as text. This guards the
 * other way in: no source file hands a string to an HTML or code sink, so no cell content can
 * become markup or run, whatever it holds.
 */

const ROOT = path.join(__dirname, "..", "..", "src");
const SINKS: readonly [RegExp, string][] = [
  [/dangerouslySetInnerHTML/, "dangerouslySetInnerHTML"],
  [/\.innerHTML\s*[+]?=/, "innerHTML assignment"],
  [/\.outerHTML\s*[+]?=/, "outerHTML assignment"],
  [/insertAdjacentHTML\s*\(/, "insertAdjacentHTML"],
  [/document\.write(ln)?\s*\(/, "document.write"],
  [/\beval\s*\(/, "eval"],
  [/new\s+Function\s*\(/, "new Function"],
  [/setTimeout\s*\(\s*["'`]/, "setTimeout with a string"],
  [/createContextualFragment\s*\(/, "createContextualFragment"],
];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return /\.(ts|tsx|html)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [p] : [];
  });
}

describe("no HTML or code sink in the product's sources", () => {
  const files = sources(ROOT);

  it("scans the pane, commands, adapters and core", () => {
    const dirs = new Set(files.map((f) => path.relative(ROOT, f).split(path.sep)[0]));
    for (const d of ["taskpane", "commands", "excel", "xlsx", "layout", "domain", "i18n"]) expect(dirs).toContain(d);
  });

  it.each(SINKS.map(([re, name]) => [name, re] as const))("no %s", (_name, re) => {
    const hits = files.filter((f) => re.test(readFileSync(f, "utf8"))).map((f) => path.relative(ROOT, f));
    expect(hits).toEqual([]);
  });
});
