import type { Lang } from "../i18n/translate";
import { dialogQuery, type DialogMessage } from "./dialogMessage";

/**
 * A small dialog with a message: the only way a function command can tell the user something.
 * dialog.html receives the message's key and parameters, never its text.
 * Resolves when the user closes it (or when it cannot be shown), so the command completes after.
 */
export function showMessage(message: DialogMessage, lang: Lang): Promise<void> {
  return new Promise((resolve) => {
    const url = new URL("dialog.html", window.location.href);
    url.search = dialogQuery(message, lang);
    Office.context.ui.displayDialogAsync(url.toString(), { height: 25, width: 30, displayInIframe: true }, (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) {
        resolve();
        return;
      }
      const dialog = result.value;
      const close = (): void => {
        dialog.close();
        resolve();
      };
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, close);
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
    });
  });
}
