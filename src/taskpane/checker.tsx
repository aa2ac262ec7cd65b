/**
 * The standalone checker (dist/index.html): any browser, WPS users, `npm start` without Excel.
 * Never loads Office.js; files are read in the browser and never uploaded.
 */
import { browserStore, LANG_KEY } from "./host/browserIo";
import { createFileHost } from "./host/fileHost";
import { mountPane } from "./mountPane";
import { detectLang } from "./view/detectLang";

const root = document.getElementById("root");
if (root) {
  const store = browserStore();
  mountPane(root, createFileHost(store), detectLang({ stored: store.get(LANG_KEY), browser: navigator.language }), store);
}
