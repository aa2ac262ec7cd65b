import { useSyncExternalStore } from "react";
import { JIXIAO_VERSION } from "../domain/version";
import type { PaneStore } from "./state/paneStore";
import { uiText } from "./view/uiText";

/** Where the help link points: docs/RULES.md as a page beside the pane (webpack and the release build write it). */
export const RULES_PAGE = "rules.html";

/** The footer under the pane and the checker: the version that checked, and why a cell is flagged. */
export function PaneFooter({ store }: { readonly store: PaneStore }) {
  const { lang } = useSyncExternalStore(store.subscribe, store.getState);
  return (
    <footer
      data-version={JIXIAO_VERSION}
      style={{ display: "flex", gap: 12, padding: "8px 16px 16px", color: "#616161", font: '12px/1.5 "Microsoft YaHei", "PingFang SC", "Segoe UI", sans-serif' }}
    >
      <span data-footer="version">{uiText(lang, "footer.version", { version: JIXIAO_VERSION })}</span>
      <a href={RULES_PAGE} target="_blank" rel="noopener noreferrer">
        {uiText(lang, "footer.rules")}
      </a>
    </footer>
  );
}
