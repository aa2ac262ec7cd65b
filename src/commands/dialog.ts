/**
 * dialog.html's script: shows the catalogue message its query string names (keys, never text)
 * and tells the command when the user closes it.
 */
import { readDialogQuery } from "./dialogMessage";

const shown = readDialogQuery(window.location.search);
const title = document.getElementById("title");
const message = document.getElementById("message");
if (title && message && shown) {
  title.textContent = shown.title;
  message.textContent = shown.text;
}

const close = (): void => {
  if (typeof Office !== "undefined") Office.context.ui.messageParent("close");
};
if (typeof Office !== "undefined") void Office.onReady(() => document.getElementById("close")?.addEventListener("click", close));
