import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { uiEn } from "../i18n/ui.en";
import { uiZhCN } from "../i18n/ui.zh-CN";

const page = (name: string) => readFileSync(join(__dirname, name), "utf8");

describe("the pane's HTML pages", () => {
  it.each(["taskpane.html", "checker.html"])("%s shows the upgrade message of the catalogues in Trident, in both languages", (name) => {
    const html = page(name);
    expect(html).toContain(uiZhCN["upgrade.message"]);
    expect(html).toContain(uiEn["upgrade.message"]);
    // The check itself runs in the page guard, the first script (no inline scripts: CSP).
    expect(html).toContain('<script src="pageGuard.js"></script>');
    expect(page("pageGuard.ts")).toContain("/Trident\\/|MSIE /.test(navigator.userAgent)");
  });

  it("the task pane page loads Office.js from Microsoft's CDN; the checker page does not", () => {
    // webpack fills officeJsSrc: Microsoft's CDN by default, office-js/office.js with --env officejs=local.
    expect(page("taskpane.html")).toContain('<script src="<%= officeJsSrc %>"></script>');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    expect((require("../../scripts/pagePolicy") as { officeJsSource(mode: string): string }).officeJsSource("cdn")).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(page("checker.html")).not.toMatch(/office\.js|appsforoffice/);
  });

  it("the checker entry never touches Office", () => {
    expect(page("checker.tsx")).not.toMatch(/\bOffice\.(onReady|context)|\bExcel\.run|from "\.\.\/excel|from "\.\/host\/excelHost/);
  });
});

describe("the pane catalogue", () => {
  it("holds no text the pane never shows (each key is named in the pane's code or pages)", () => {
    const sources = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
        const path = join(dir, e.name);
        if (e.isDirectory()) return e.name === "testing" ? [] : sources(path);
        return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [readFileSync(path, "utf8")] : [];
      });
    const code = sources(__dirname).join("\n");
    const pages = page("taskpane.html") + page("checker.html");
    const unused = (Object.keys(uiZhCN) as (keyof typeof uiZhCN)[]).filter(
      (key) => !code.includes(JSON.stringify(key)) && !pages.includes(uiZhCN[key]),
    );
    expect(unused).toEqual([]);
  });
});
