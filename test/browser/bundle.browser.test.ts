/**
 * What the built pages load at start (style.md §11): the in-Excel pane stays small and carries
 * no ExcelJS (the standalone mode loads it on demand); the checker never loads Office.js.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { gzipSync } from "zlib";
import { ROOT } from "./support/workbooks";

const DIST = join(ROOT, "dist");
const START_BUDGET_GZIP = 300 * 1024;

/** The scripts a page loads by itself (src attributes), local ones only. */
function localScripts(html: string): string[] {
  return [...html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)/g)].map((m) => m[1]).filter((src) => !/^https?:/.test(src));
}

describe("built pages", () => {
  const taskpane = readFileSync(join(DIST, "taskpane.html"), "utf8");
  const checker = readFileSync(join(DIST, "index.html"), "utf8");

  it("the task pane loads Office.js from Microsoft's CDN and the commands bundle (shared runtime)", () => {
    expect(taskpane).toContain("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    // In this order: the page guard, (Office.js,) the commands, then the pane.
    expect(localScripts(taskpane)).toEqual(["pageGuard.js", "commands.js", "taskpane.js"]);
  });

  it("the checker never loads Office.js", () => {
    expect(checker).not.toContain("appsforoffice");
    expect(checker).not.toContain("office.js");
    expect(localScripts(checker)).toEqual(["pageGuard.js", "checker.js"]);
  });

  it(`the pane's start bundle is at most ${START_BUDGET_GZIP / 1024} KB gzipped and carries no ExcelJS`, () => {
    const scripts = localScripts(taskpane).map((src) => readFileSync(join(DIST, src)));
    const gzipped = scripts.reduce((n, bytes) => n + gzipSync(bytes, { level: 9 }).length, 0);
    expect(gzipped).toBeLessThanOrEqual(START_BUDGET_GZIP);
    for (const bytes of scripts) expect(bytes.toString("utf8")).not.toMatch(/JSZip|exceljs/i);
  });
});
