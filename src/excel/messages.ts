import { interpolate, type Lang, type Params } from "../i18n/translate";
import { excelEn } from "../i18n/excel.en";
import { excelZhCN, type ExcelMessageKey } from "../i18n/excel.zh-CN";

/** The adapter's and the commands' text in the user's language (zh-CN unless told otherwise). */
export function excelText(key: ExcelMessageKey, params: Params = {}, lang: Lang = "zh-CN"): string {
  const catalogue = lang === "en" ? excelEn : excelZhCN;
  return interpolate(catalogue[key], params);
}

export type { ExcelMessageKey };
