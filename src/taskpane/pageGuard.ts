/**
 * The first script of every page (compiled to ES5, so it runs anywhere):
 * - in Internet Explorer, which Fluent UI cannot run in, it shows the page's upgrade notice;
 * - on a page that loads Office.js, it says plainly that Office.js could not be loaded when the
 *   script fails, or when it still has not arrived after a few seconds (a request that hangs
 *   would otherwise leave the pane blank). Replaces the pages' former inline scripts (CSP).
 */
import { showOfficeJsMissing } from "./officeJsMissing";

/** Well within the 10 s the user is promised an answer in. */
const OFFICE_JS_WAIT_MS = 7000;

const isOfficeJs = (el: EventTarget | Element | null): boolean =>
  !!el && (el as Element).tagName === "SCRIPT" && /\/office\.js(\?|$)/.test((el as HTMLScriptElement).src);

function officeJsScript(): boolean {
  const scripts = document.getElementsByTagName("script");
  for (let i = 0; i < scripts.length; i++) if (isOfficeJs(scripts[i])) return true;
  return false;
}

if (/Trident\/|MSIE /.test(navigator.userAgent)) {
  document.addEventListener("DOMContentLoaded", () => {
    const notice = document.getElementById("jixiao-upgrade");
    if (notice) notice.style.display = "block";
  });
} else {
  // A script that fails to load fires "error" at its element; it does not bubble, but capturing reaches it.
  window.addEventListener("error", (event) => {
    if (isOfficeJs(event.target)) showOfficeJsMissing(document);
  }, true);
  window.setTimeout(() => {
    if (officeJsScript() && typeof Office === "undefined") showOfficeJsMissing(document);
  }, OFFICE_JS_WAIT_MS);
}
