import { runExcel } from "../excel/runExcel";
import type { Lang } from "../i18n/translate";
import { INSERT_TEMPLATE } from "./functionNames";
import { insertTemplateCommand } from "./insertTemplateCommand";
import { showMessage } from "./showMessage";

/**
 * The commands entry (FunctionFile = the pane's page, shared runtime). Each ribbon function is
 * registered with Office.actions.associate at the module's top level, as soon as the script runs
 * — not inside Office.onReady: a ribbon click that arrives before onReady resolves would
 * otherwise find no function (OfficeDev/office-js#5176, #3378, #2744; Microsoft's samples
 * register at the top level). No React, no decimal.js: only the template and the adapter.
 */

function userLang(): Lang {
  const display = Office.context?.displayLanguage ?? "zh-CN";
  return display.toLowerCase().startsWith("zh") ? "zh-CN" : "en";
}

// The pane's page also loads this bundle; opened in a plain browser (or with Office.js
// unreachable) there is no Office, and nothing to register.
if (typeof Office !== "undefined" && Office.actions) {
  Office.actions.associate(INSERT_TEMPLATE, (event: Office.AddinCommands.Event) => {
    const lang = userLang();
    return insertTemplateCommand(event, {
      run: runExcel,
      isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
      notify: (_text, message) => showMessage(message, lang),
      lang,
    });
  });
}
