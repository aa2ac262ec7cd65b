/**
 * What a user receives (`npm run release` → release/): the one-file checker opened from file://
 * with every network request refused, the add-in folder for the IT admin, and the CLI package
 * installed offline into an empty global prefix with an empty npm cache.
 */
import { execFileSync, spawnSync } from "child_process";
import { createHash } from "crypto";
import { existsSync, mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { pathToFileURL } from "url";
import { launchChromium, screenshot } from "../browser/support/chromium";
import { ROOT, SEED_XLSX } from "../browser/support/workbooks";

const RELEASE = join(ROOT, "release");
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
const PROJECT = "项目支出绩效自评表";

describe("release/jixiao-checker.html", () => {
  const file = join(RELEASE, "jixiao-checker.html");
  const html = readFileSync(file, "utf8");

  it("is one file: no script, style, image or link fetched from anywhere", () => {
    expect(html).not.toMatch(/<script[^>]*\ssrc=/i);
    expect(html).not.toMatch(/<link\b/i);
    expect(html).not.toMatch(/<img[^>]*\ssrc=["']?(?!data:)/i);
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org|reactjs\.org|react\.dev|github\.com)[^"'\s]*\.(?:js|css|png|woff2?)\b/);
  });

  it("declares a policy that allows exactly its inline scripts, by sha256", () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? "";
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    expect(scripts).toHaveLength(2);
    const hashes = scripts.map((s) => `'sha256-${createHash("sha256").update(s, "utf8").digest("base64")}'`);
    expect(csp).toMatch(/^default-src 'none'; script-src 'sha256-[^;]+'; /);
    expect(/script-src ([^;]+)/.exec(csp)?.[1].split(" ").sort()).toEqual(hashes.sort());
    expect(csp).not.toMatch(/'unsafe-eval'|https?:/);
  });

  it("opened from file:// with the network refused, checks the seed to 98.00 优 and offers the scored download", async () => {
    const browser = await launchChromium();
    try {
      const context = await browser.newContext({ locale: "zh-CN", acceptDownloads: true, viewport: { width: 900, height: 900 } });
      const requests: string[] = [];
      const refused: string[] = [];
      await context.route("**/*", (route) => {
        const target = route.request().url();
        if (target.startsWith("file://")) return route.continue();
        refused.push(target);
        return route.abort("internetdisconnected");
      });
      const page = await context.newPage();
      page.on("request", (r) => requests.push(r.url()));
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      page.on("console", (m) => void (m.type() === "error" && errors.push(m.text())));
      await page.goto(pathToFileURL(file).href);
      await page.locator('input[type="file"]').setInputFiles(SEED_XLSX);
      const project = page.locator(`section[data-book="shifeng-2020.xlsx"] article[data-sheet="${PROJECT}"]`);
      await project.locator('[data-metric="total"]', { hasText: "98.00" }).waitFor({ timeout: 60_000 });
      expect(await project.locator('[data-metric="grade"]').getAttribute("data-grade")).toBe("优");
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "下载评分后的文件" }).first().click(),
      ]);
      expect(download.suggestedFilename()).toBe("shifeng-2020.scored.xlsx");
      expect(await page.locator("footer[data-version]").getAttribute("data-version")).toBe(pkg.version);
      await screenshot(page, "release-checker-file");
      // Nothing but the file itself (and the blob: download) was asked for; nothing was refused.
      expect(requests.filter((u) => !u.startsWith("file://") && !u.startsWith("blob:") && !u.startsWith("data:"))).toEqual([]);
      expect(refused).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it("has the rules page its help link opens beside it", () => {
    expect(html).toContain("rules.html");
    expect(readFileSync(join(RELEASE, "rules.html"), "utf8")).toContain("REASON_MISSING");
  });
});

describe("release/jixiao-addin", () => {
  const addin = join(RELEASE, "jixiao-addin");

  it("holds the standard and the intranet build, each with pages, icons and a manifest, and the guide", () => {
    for (const variant of ["standard", "intranet"]) {
      for (const f of ["taskpane.html", "index.html", "dialog.html", "rules.html", "manifest.xml", "assets/icon-80.png"]) {
        expect({ variant, f, present: existsSync(join(addin, variant, f)) }).toEqual({ variant, f, present: true });
      }
      expect(readFileSync(join(addin, variant, "manifest.xml"), "utf8")).not.toContain("localhost");
    }
    expect(readFileSync(join(addin, "standard", "taskpane.html"), "utf8")).toContain("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    const intranet = readFileSync(join(addin, "intranet", "taskpane.html"), "utf8");
    expect(intranet).not.toMatch(/https?:\/\//);
    expect(existsSync(join(addin, "intranet", "office-js", "office.js"))).toBe(true);
    expect(readFileSync(join(addin, "部署说明.md"), "utf8")).toMatch(/^# 绩效自评助手 · 加载项部署说明/);
    expect(existsSync(join(RELEASE, "使用说明.md"))).toBe(true);
  });
});

describe("release/jixiao-<version>.tgz", () => {
  const tgz = join(RELEASE, `jixiao-${pkg.version}.tgz`);

  it("is a public package with a bin, only what runs, and its run-time dependencies inside", () => {
    const list = execFileSync("tar", ["-tzf", tgz], { encoding: "utf8" }).split("\n").filter(Boolean);
    const packed = JSON.parse(execFileSync("tar", ["-xzOf", tgz, "package/package.json"], { encoding: "utf8" })) as Record<string, unknown>;
    expect(packed.private).toBeUndefined();
    expect(packed.bin).toEqual({ jixiao: "bin/jixiao.js" });
    expect(packed.bundleDependencies).toEqual(Object.keys(packed.dependencies as object));
    expect(list).toContain("package/build/cli/main.js");
    expect(list.some((f) => f.startsWith("package/node_modules/exceljs/"))).toBe(true);
    expect(list.filter((f) => /^package\/(src|test|bench|dist|assets|examples)\//.test(f) || /^package\/build\/(bench|dist-local|release-work)\//.test(f))).toEqual([]);
  });

  it("installs with --offline into an empty global prefix and an empty cache, and `jixiao check` runs on the seed", () => {
    const tmp = mkdtempSync(join(tmpdir(), "jixiao-install-"));
    const prefix = join(tmp, "p");
    const npm = process.platform === "win32" ? "npm.cmd" : "npm";
    const install = spawnSync(npm, ["install", "-g", "--prefix", prefix, "--cache", join(tmp, "c"), "--offline", "--no-audit", "--no-fund", tgz], { encoding: "utf8" });
    expect({ status: install.status, stderr: install.status === 0 ? "" : install.stderr }).toEqual({ status: 0, stderr: "" });
    const bin = process.platform === "win32" ? join(prefix, "jixiao.cmd") : join(prefix, "bin", "jixiao");
    const version = spawnSync(bin, ["--version"], { encoding: "utf8" });
    expect(version.stdout.trim()).toBe(`jixiao ${pkg.version}`);
    const check = spawnSync(bin, ["check", "--json", SEED_XLSX], { encoding: "utf8", cwd: tmp });
    expect(check.status).toBe(1); // the seed's overall sheet has errors
    const report = JSON.parse(check.stdout) as { files: { sheets: { sheet: string; total: string; grade: string }[] }[] };
    expect(report.files[0].sheets.find((s) => s.sheet === PROJECT)).toMatchObject({ total: "98.00", grade: "优" });
  });
});
