import { uiEn } from "../i18n/ui.en";
import { uiZhCN } from "../i18n/ui.zh-CN";

/**
 * The pane's page when Office.js could not be loaded (blocked, or hanging): a plain message, in
 * Chinese then English (without Office.js there is no display language to follow), what to do,
 * and a link to the standalone checker. Never the checker itself in the pane's place, never blank.
 * Plain DOM: it may have to show before the page's body exists (Office.js hangs in <head>).
 */
export const OFFICE_JS_MISSING_ID = "jixiao-no-officejs";

export function showOfficeJsMissing(doc: Document): void {
  if (doc.getElementById(OFFICE_JS_MISSING_ID)) return;
  const box = doc.createElement("div");
  box.id = OFFICE_JS_MISSING_ID;
  box.setAttribute("role", "alert");
  box.style.margin = "16px";
  box.style.font = '14px/1.6 "Microsoft YaHei", "PingFang SC", "Segoe UI", sans-serif';
  const catalogues = [
    { lang: "zh-CN", text: uiZhCN },
    { lang: "en", text: uiEn },
  ];
  for (let i = 0; i < catalogues.length; i++) {
    const { lang, text } = catalogues[i];
    const section = doc.createElement("div");
    section.setAttribute("lang", lang);
    const title = doc.createElement("p");
    title.style.fontWeight = "bold";
    title.textContent = text["officeJs.unavailable"];
    const remedy = doc.createElement("p");
    remedy.textContent = text["officeJs.remedy"];
    const link = doc.createElement("a");
    link.href = "index.html";
    link.textContent = text["officeJs.checker"];
    const linkLine = doc.createElement("p");
    linkLine.appendChild(link);
    section.appendChild(title);
    section.appendChild(remedy);
    section.appendChild(linkLine);
    box.appendChild(section);
  }
  (doc.body || doc.documentElement).appendChild(box);
}
