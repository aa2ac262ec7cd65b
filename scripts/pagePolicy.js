// Where each page's Office.js comes from, and each page's Content-Security-Policy (one place for
// webpack, the release script and the tests).
"use strict";

/** Microsoft's CDN copy of Office.js (what every add-in references by default). */
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_JS_ORIGIN = "https://appsforoffice.microsoft.com";
/** The bundled copy (`--env officejs=local`), relative to the page: for networks that block the CDN. */
const OFFICE_JS_LOCAL = "office-js/office.js";

function officeJsSource(mode) {
  return mode === "local" ? OFFICE_JS_LOCAL : OFFICE_JS_CDN;
}

/**
 * The policy of one page.
 * - checker: our own scripts only; images from us, blob: and data: (icons, the downloads).
 * - pane and dialog: the same plus Microsoft's Office.js host (which also serves the host-specific
 *   scripts Office.js loads after itself) — or nothing more when Office.js is bundled (local).
 * style-src 'unsafe-inline': Fluent UI (Griffel) inserts its styles at run time, and Office.js's
 * Excel-on-the-web script applies inline styles (OfficeDev/office-js#1687); scripts stay strict.
 * `scriptHashes`: sha256 hashes of inline scripts (only the one-file checker has them).
 * `dev`: the dev server's live-reload socket.
 */
function pageCsp(kind, officeJs = "cdn", { dev = false, scriptHashes = [], self = "'self'" } = {}) {
  const office = kind !== "checker" && officeJs !== "local" ? [OFFICE_JS_ORIGIN] : [];
  const own = self ? [self] : [];
  const directive = (name, ...sources) => (sources.length ? `${name} ${sources.join(" ")}` : `${name} 'none'`);
  return [
    "default-src 'none'",
    directive("script-src", ...own, ...office, ...scriptHashes.map((h) => `'sha256-${h}'`)),
    directive("style-src", ...own, "'unsafe-inline'"),
    directive("img-src", ...own, "blob:", "data:"),
    directive("connect-src", ...own, ...(dev ? ["ws:", "wss:"] : [])),
    directive("worker-src", ...own),
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join("; ");
}

module.exports = { OFFICE_JS_CDN, OFFICE_JS_ORIGIN, OFFICE_JS_LOCAL, officeJsSource, pageCsp };
