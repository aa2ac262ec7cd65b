import { cliEn } from "../i18n/cli.en";
import { cliZhCN, type CliKey } from "../i18n/cli.zh-CN";
import { interpolate, type Lang, type Params } from "../i18n/translate";

const CATALOGUES: Readonly<Record<Lang, Readonly<Record<CliKey, string>>>> = {
  "zh-CN": cliZhCN,
  en: cliEn,
};

export const LANGS: readonly Lang[] = ["zh-CN", "en"];

/** The command line's text for a key, in the chosen language. */
export function cliText(lang: Lang, key: CliKey, params?: Params): string {
  return interpolate(CATALOGUES[lang][key], params);
}

export type { CliKey };
