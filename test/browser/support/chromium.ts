import { mkdirSync } from "fs";
import { join } from "path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

/** Debian's Chromium (installed by .ci/run), headless, quiet: no network of its own. */
export const CHROMIUM_ARGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.JIXIAO_CHROMIUM ?? "/usr/bin/chromium", args: CHROMIUM_ARGS, headless: true });
}

export const OFFICE_CDN = "https://appsforoffice.microsoft.com/";

export interface PageSetup {
  /** The local server's origin: the only one the page may reach. */
  readonly origin: string;
  /** Served in place of Office.js from the CDN; without it the CDN is unreachable. */
  readonly officeJs?: string;
  /** The request for Office.js is never answered (a network that swallows it). */
  readonly officeJsHangs?: boolean;
  readonly viewport?: { width: number; height: number };
  readonly locale?: string;
}

export interface OpenedPage {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Uncaught exceptions and console errors. */
  readonly errors: string[];
  /** Requests to anywhere but the local server (each refused, or answered by the fake Office.js). */
  readonly external: string[];
  /** alert/confirm/prompt dialogs the page opened (none may). */
  readonly dialogs: string[];
  /** Content-Security-Policy violations the page reported (securitypolicyviolation events). */
  readonly csp: string[];
}

/** Records every securitypolicyviolation of the context's pages into `csp` (init scripts bypass the page's policy). */
async function watchCsp(context: BrowserContext, csp: string[]): Promise<void> {
  await context.exposeBinding("__jixiaoCspViolation", (_source, text: string) => void csp.push(text));
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      const report = (window as unknown as { __jixiaoCspViolation(text: string): void }).__jixiaoCspViolation;
      report(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
}

/** A fresh browser context and page; every request leaving the local server is recorded. */
export async function openPage(browser: Browser, url: string, setup: PageSetup): Promise<OpenedPage> {
  const context = await browser.newContext({
    viewport: setup.viewport ?? { width: 380, height: 900 },
    locale: setup.locale ?? "zh-CN",
    acceptDownloads: true,
    deviceScaleFactor: 2,
  });
  const errors: string[] = [];
  const external: string[] = [];
  const dialogs: string[] = [];
  const csp: string[] = [];
  await watchCsp(context, csp);
  await context.route("**/*", async (route) => {
    const target = route.request().url();
    if (target.startsWith(setup.origin)) return route.continue();
    external.push(`${route.request().method()} ${target}`);
    if (target.startsWith(OFFICE_CDN) && setup.officeJsHangs) return; // never answered
    if (target.startsWith(OFFICE_CDN) && setup.officeJs !== undefined) {
      return route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: setup.officeJs });
    }
    return route.abort("blockedbyclient");
  });
  const page = await context.newPage();
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console: ${m.text()}`);
  });
  page.on("dialog", (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(url, { waitUntil: setup.officeJsHangs ? "commit" : "load" });
  return { context, page, errors, external, dialogs, csp };
}

export const SCREENSHOT_DIR = join(__dirname, "..", "..", "..", "test-results", "screenshots");

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
