import { qualifiedCell, type Diagnostic } from "../domain/diagnostics";
import type { MessageKey } from "../domain/messageKeys";
import { diagnosticsEn } from "./diagnostics.en";
import { diagnosticsZhCN } from "./diagnostics.zh-CN";
import { interpolate, interpolateParts, type Lang, type MessagePart } from "./translate";

const CATALOGUES: Readonly<Record<Lang, Readonly<Record<MessageKey, string>>>> = {
  "zh-CN": diagnosticsZhCN,
  en: diagnosticsEn,
};

/** The message alone, in the chosen language. */
export function diagnosticMessage(d: Diagnostic, lang: Lang): string {
  return interpolate(CATALOGUES[lang][d.key], d.params);
}

/** The message as parts: the catalogue's words and the values quoted into them (cell texts among them). */
export function diagnosticParts(d: Diagnostic, lang: Lang): MessagePart[] {
  return interpolateParts(CATALOGUES[lang][d.key], d.params);
}

/** `项目支出绩效自评表!H21：得分…` (zh-CN) or `…!H21: The score…` (en). */
export function formatDiagnostic(d: Diagnostic, lang: Lang): string {
  const sep = lang === "zh-CN" ? "：" : ": ";
  return `${qualifiedCell(d.sheet, d.cell)}${sep}${diagnosticMessage(d, lang)}`;
}
