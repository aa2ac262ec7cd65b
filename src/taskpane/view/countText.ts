import type { Severity } from "../../domain/diagnostics";
import type { UiKey } from "../../i18n/ui.zh-CN";

export type Counted = Severity | "sheet";

const KEYS: Readonly<Record<Counted, { readonly one: UiKey; readonly other: UiKey }>> = {
  error: { one: "count.error.one", other: "count.error" },
  warning: { one: "count.warning.one", other: "count.warning" },
  info: { one: "count.info.one", other: "count.info" },
  sheet: { one: "count.sheet.one", other: "count.sheet" },
};

/** The catalogue key for "n errors" and the like: English needs a singular, Chinese does not. */
export function countKey(what: Counted, n: number): UiKey {
  return n === 1 ? KEYS[what].one : KEYS[what].other;
}
