import type { ExcelMessageKey } from "../../i18n/excel.zh-CN";
import { excelEn } from "../../i18n/excel.en";
import { excelZhCN } from "../../i18n/excel.zh-CN";
import { interpolate, interpolateParts, type Lang, type MessagePart, type Params } from "../../i18n/translate";
import { uiEn } from "../../i18n/ui.en";
import { uiZhCN, type UiKey } from "../../i18n/ui.zh-CN";

/** A pane text with its parameters, kept as data until it is shown (state holds these, not strings). */
export interface UiText {
  readonly key: UiKey;
  readonly params?: Params;
}

/** A text of the Excel adapter's catalogue (protected sheets, too-old clients …). */
export interface ExcelText {
  readonly excelKey: ExcelMessageKey;
  readonly params?: Params;
}

/** Anything the pane shows as a message: always from one of the two catalogues. */
export type PaneText = UiText | ExcelText;

export type Translate = (key: UiKey, params?: Params) => string;

const catalogues: Readonly<Record<Lang, Readonly<Record<UiKey, string>>>> = { "zh-CN": uiZhCN, en: uiEn };
const excelCatalogues: Readonly<Record<Lang, Readonly<Record<ExcelMessageKey, string>>>> = { "zh-CN": excelZhCN, en: excelEn };

export function uiText(lang: Lang, key: UiKey, params?: Params): string {
  return interpolate(catalogues[lang][key], params);
}

export function paneText(lang: Lang, text: PaneText): string {
  return "excelKey" in text ? interpolate(excelCatalogues[lang][text.excelKey], text.params) : uiText(lang, text.key, text.params);
}

/** t() bound to one language. */
export function translator(lang: Lang): Translate {
  return (key, params) => uiText(lang, key, params);
}

/** paneText() as parts, so the values quoted into the message can be shown apart (shownParts). */
export function paneTextParts(lang: Lang, text: PaneText): MessagePart[] {
  return "excelKey" in text
    ? interpolateParts(excelCatalogues[lang][text.excelKey], text.params)
    : interpolateParts(catalogues[lang][text.key], text.params);
}
