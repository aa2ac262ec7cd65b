import { excelText, type ExcelMessageKey } from "../excel/messages";
import type { Lang } from "../i18n/translate";

/**
 * What the ribbon command's dialog may say: a catalogue key and short code-like parameters,
 * passed in dialog.html's query string. Never text: a query string is anyone's to write, so the
 * dialog shows only the catalogue's own sentences (issue: hostile submissions, "Pages").
 */
export type DialogKey = Extract<ExcelMessageKey, "requirements.tooOld" | "insert.failed" | "error.cellEditMode">;

export interface DialogMessage {
  readonly key: DialogKey;
  readonly params?: Readonly<Record<string, string>>;
}

/** The parameters each key takes; anything else in a query string is ignored. */
const PARAMS: Readonly<Record<DialogKey, readonly string[]>> = {
  "requirements.tooOld": ["set", "version"],
  "insert.failed": ["detail"],
  "error.cellEditMode": [],
};

/** A parameter is a code ("ExcelApi", "1.9", "GeneralException"): ASCII letters, digits, dot, dash. */
const CODE = /^[A-Za-z0-9._-]{1,64}$/;

export function isDialogKey(key: string): key is DialogKey {
  return Object.prototype.hasOwnProperty.call(PARAMS, key);
}

/** A parameter value as the dialog will show it: the code, or "?" for anything that is not one. */
export function safeParam(value: string | null | undefined): string {
  return value && CODE.test(value) ? value : "?";
}

/** The query string for dialog.html. */
export function dialogQuery(message: DialogMessage, lang: Lang): string {
  const query = new URLSearchParams({ key: message.key, lang });
  for (const name of PARAMS[message.key]) query.set(name, safeParam(message.params?.[name]));
  return query.toString();
}

/** The title and text dialog.html shows for its query string; undefined for an unknown key. */
export function readDialogQuery(search: string): { title: string; text: string } | undefined {
  const query = new URLSearchParams(search);
  const key = query.get("key") ?? "";
  if (!isDialogKey(key)) return undefined;
  const lang: Lang = query.get("lang") === "en" ? "en" : "zh-CN";
  const params: Record<string, string> = {};
  for (const name of PARAMS[key]) params[name] = safeParam(query.get(name));
  return { title: excelText("app.name", {}, lang), text: excelText(key, params, lang) };
}
