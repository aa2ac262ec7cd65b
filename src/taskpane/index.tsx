/**
 * The task pane entry (dist/taskpane.html). Renders after Office.onReady: inside Excel with the
 * Excel host; opened in a plain browser (Office.js loaded, no host) as the standalone checker.
 * Office.js that could not be loaded is said plainly (officeJsMissing.ts), never taken for a
 * plain browser. The only pane file that touches the Office global (style.md §2, §11).
 */
import { checkRequirements, requirementsMessage, runExcel } from "../excel";
import { browserStore, LANG_KEY } from "./host/browserIo";
import { createExcelHost } from "./host/excelHost";
import { createFileHost } from "./host/fileHost";
import { mountBlocked } from "./mountBlocked";
import { mountPane } from "./mountPane";
import { checkerInBrowser } from "./host/reportElsewhere";
import { showOfficeJsMissing } from "./officeJsMissing";
import { detectLang } from "./view/detectLang";

const store = browserStore();

function startStandalone(root: HTMLElement): void {
  mountPane(root, createFileHost(store), detectLang({ stored: store.get(LANG_KEY), browser: navigator.language }), store);
}

function startInExcel(root: HTMLElement): void {
  const lang = detectLang({ stored: store.get(LANG_KEY), office: Office.context.displayLanguage, browser: navigator.language });
  const requirements = checkRequirements((name, version) => Office.context.requirements.isSetSupported(name, version));
  const blocked = requirementsMessage(requirements, lang);
  if (blocked) {
    mountBlocked(root, blocked);
    return;
  }
  const features = { mergedAreas: requirements.optional.mergedAreas, triggerSource: requirements.optional.triggerSource };
  // WKWebView (Excel for Mac) drops downloads: the report is drafted in the checker page instead.
  const reportElsewhere =
    Office.context.platform === Office.PlatformType.Mac
      ? checkerInBrowser(
          new URL("index.html", window.location.href).href,
          Office.context.requirements.isSetSupported("OpenBrowserWindowApi", "1.1") ? (url) => Office.context.ui.openBrowserWindow(url) : null,
        )
      : undefined;
  mountPane(root, createExcelHost({ run: runExcel, features }), lang, store, reportElsewhere);
}

const root = document.getElementById("root");
if (root) {
  if (typeof Office === "undefined") showOfficeJsMissing(document);
  else
    void Office.onReady().then((info) => {
      if (info.host === Office.HostType.Excel) startInExcel(root);
      else startStandalone(root);
    });
}
