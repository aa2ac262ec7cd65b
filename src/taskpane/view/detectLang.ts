import type { Lang } from "../../i18n/translate";

/** A BCP 47 tag as one of our languages: any Chinese → zh-CN, any English → en, else undefined. */
export function langOf(tag: string | null | undefined): Lang | undefined {
  const t = (tag ?? "").trim().toLowerCase();
  if (t === "zh" || t.startsWith("zh-") || t.startsWith("zh_")) return "zh-CN";
  if (t === "en" || t.startsWith("en-") || t.startsWith("en_")) return "en";
  return undefined;
}

export interface LangSources {
  /** The user's remembered choice (localStorage). */
  readonly stored?: string | null;
  /** Office.context.displayLanguage, inside Office. */
  readonly office?: string | null;
  /** navigator.language. */
  readonly browser?: string | null;
}

/** The remembered choice, else Office's display language, else the browser's, else zh-CN. */
export function detectLang(sources: LangSources): Lang {
  return langOf(sources.stored) ?? langOf(sources.office) ?? langOf(sources.browser) ?? "zh-CN";
}
