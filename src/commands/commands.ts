import { excelText } from "../excel/messages";
import { runExcel } from "../excel/runExcel";
import type { Lang } from "../i18n/translate";
import { INSERT_TEMPLATE } from "./functionNames";
import { insertTemplateCommand } from "./insertTemplateCommand";
import { showMessage } from "./showMessage";

/**
 * The commands entry (FunctionFile / shared runtime): registers each ribbon function with
 * Office.actions.associate once Office is ready. No React, no decimal.js: only the template
 * and the adapter.
 */

function userLang(): Lang {
  const display = Office.context.displayLanguage ?? "zh-CN";
  return display.toLowerCase().startsWith("zh") ? "zh-CN" : "en";
}

// The pane's page also loads this bundle; opened in a plain browser (or with the CDN unreachable)
// there is no Office, and nothing to register.
if (typeof Office !== "undefined") Office.onReady(() => {
  Office.actions.associate(INSERT_TEMPLATE, (event: Office.AddinCommands.Event) => {
    const lang = userLang();
    return insertTemplateCommand(event, {
      run: runExcel,
      isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
      notify: (message) => showMessage(message, excelText("app.name", {}, lang)),
      lang,
    });
  });
});
