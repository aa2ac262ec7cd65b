import * as fs from "fs";
import { createServer, type Server } from "http";
import type { AddressInfo } from "net";
import * as path from "path";
import { chromium, type Browser } from "playwright-core";
import { timed, unavailable, type Measurement } from "./harness";

/**
 * Pane start in headless Chromium: from navigation start to the first enabled, visible button
 * (performance.now() in the page, whose zero is the navigation start), each run in a fresh
 * browser context (cold cache), dist/ served from 127.0.0.1. Two pages: the standalone checker
 * (dist/index.html) and the task pane (dist/taskpane.html) with Microsoft's Office.js replaced
 * by a stub whose Office.onReady reports no host, so the pane renders its standalone mode —
 * the pane's own start-up cost, without Excel's.
 */

const ROOT = process.cwd();
const DIST = path.join(ROOT, "dist");
const CHROMIUM = "/usr/bin/chromium";
const ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const WARMUP = 1;
const RUNS = 5;
const TIMEOUT_MS = 20_000;

const OFFICE_STUB = `window.Office = {
  HostType: { Excel: "Excel" },
  EventType: {},
  AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  context: { displayLanguage: "zh-CN", requirements: { isSetSupported: function () { return false; } } },
  actions: { associate: function () {} },
  onReady: function (cb) { var info = { host: null, platform: null }; if (cb) cb(info); return Promise.resolve(info); }
};`;

/** Records, in the page, when the first enabled and visible button appears. */
const WATCH_BUTTON = `(() => {
  const ready = () => [...document.querySelectorAll("button")].find((b) => {
    if (b.disabled || b.getAttribute("aria-disabled") === "true") return false;
    const r = b.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(b).visibility !== "hidden";
  });
  const mark = () => {
    if (window.__firstButton !== undefined) return;
    const b = ready();
    if (b) window.__firstButton = { ms: performance.now(), text: (b.textContent || "").trim().slice(0, 30) };
  };
  new MutationObserver(mark).observe(document, { subtree: true, childList: true, attributes: true });
})();`;

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
};

function serve(root: string): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const file = path.normalize(path.join(root, rel));
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream", "cache-control": "no-store" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server })),
  );
}

interface FirstButton {
  readonly ms: number;
  readonly text: string;
}

async function firstButton(browser: Browser, url: string): Promise<FirstButton> {
  const context = await browser.newContext({ locale: "zh-CN" });
  try {
    const page = await context.newPage();
    await page.addInitScript(WATCH_BUTTON);
    await page.route("**/*", (route) => {
      const u = route.request().url();
      if (u.startsWith("http://127.0.0.1")) return route.continue();
      if (/appsforoffice\.microsoft\.com\/.*office\.js/.test(u)) return route.fulfill({ contentType: "text/javascript", body: OFFICE_STUB });
      return route.abort();
    });
    await page.goto(url, { waitUntil: "commit", timeout: TIMEOUT_MS });
    await page.waitForFunction(() => (window as unknown as { __firstButton?: FirstButton }).__firstButton !== undefined, undefined, { timeout: TIMEOUT_MS });
    return await page.evaluate(() => (window as unknown as { __firstButton: FirstButton }).__firstButton);
  } finally {
    await context.close();
  }
}

export async function run(): Promise<Measurement[]> {
  const pages = [
    { id: "pane.checker", file: "index.html", label: "pane start: standalone checker (index.html)" },
    { id: "pane.taskpane", file: "taskpane.html", label: "pane start: task pane (taskpane.html, Office.js stubbed, no host)" },
  ];
  const base = { group: "pane" as const, unit: "ms" };
  if (!fs.existsSync(CHROMIUM)) return pages.map((p) => unavailable({ ...base, id: p.id, label: p.label }, `no ${CHROMIUM}`));
  if (!fs.existsSync(path.join(DIST, "index.html"))) return pages.map((p) => unavailable({ ...base, id: p.id, label: p.label }, "no dist/ (npm run build)"));
  const { url, server } = await serve(DIST);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const out: Measurement[] = [];
    for (const p of pages) {
      if (!fs.existsSync(path.join(DIST, p.file))) {
        out.push(unavailable({ ...base, id: p.id, label: p.label }, `no dist/${p.file}`));
        continue;
      }
      for (let i = 0; i < WARMUP; i++) await firstButton(browser, `${url}/${p.file}`);
      const samples: number[] = [];
      let button = "";
      for (let i = 0; i < RUNS; i++) {
        const b = await firstButton(browser, `${url}/${p.file}`);
        samples.push(b.ms);
        button = b.text;
      }
      out.push(timed({ ...base, id: p.id, label: p.label, extra: { firstButton: button, cache: "cold" } }, samples));
    }
    return out;
  } finally {
    await browser.close();
    server.close();
  }
}

