import { createRoot } from "react-dom/client";
import type { Lang } from "../i18n/translate";
import { App } from "./components/App";
import { PaneFooter } from "./mountFooter";
import { LANG_KEY, saveDownload, type KeyValueStore } from "./host/browserIo";
import type { Host } from "./host/Host";
import type { ReportRedirect } from "./host/reportElsewhere";
import { createPaneCommands } from "./state/paneCommands";
import { initialPaneState } from "./state/paneState";
import { createPaneStore } from "./state/paneStore";

/**
 * Wires a host into the pane and renders it: the store, the commands and the React root.
 * Called by the entry files once they know which host they are in.
 */
export function mountPane(
  root: HTMLElement,
  host: Host,
  lang: Lang,
  store: KeyValueStore,
  /** Excel for Mac: where the report is drafted instead (the pane cannot download there). */
  reportElsewhere?: () => ReportRedirect,
): void {
  const paneStore = createPaneStore(initialPaneState(host.kind, lang, new Date()));
  const commands = createPaneCommands({
    host,
    dispatch: paneStore.dispatch,
    getState: paneStore.getState,
    save: saveDownload,
    rememberLang: (l) => store.set(LANG_KEY, l),
    now: Date.now,
    ...(reportElsewhere ? { reportElsewhere } : {}),
  });
  createRoot(root).render(
    <>
      <App store={paneStore} commands={commands} />
      <PaneFooter store={paneStore} />
    </>,
  );
}
