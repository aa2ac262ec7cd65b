import { FluentProvider, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useSyncExternalStore } from "react";
import type { PaneCommands } from "../state/paneCommands";
import type { PaneStore } from "../state/paneStore";
import { paneText, translator, type PaneText } from "../view/uiText";
import { Pane } from "./Pane";
import { PaneContext } from "./PaneContext";
import { paneTheme } from "./theme";

const useStyles = makeStyles({
  provider: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground2 },
});

export interface AppProps {
  readonly store: PaneStore;
  readonly commands: PaneCommands;
}

/** The pane's root: subscribes to the store, provides theme and context, starts live recompute. */
export function App({ store, commands }: AppProps) {
  const state = useSyncExternalStore(store.subscribe, store.getState);
  const t = useMemo(() => translator(state.lang), [state.lang]);
  const styles = useStyles();

  useEffect(() => {
    void commands.loadProfile();
  }, [commands]);

  // Follow edits while live recompute is on; restart when the profile changes.
  useEffect(() => commands.watchLive(), [commands, state.live, state.profile]);

  useEffect(() => {
    document.documentElement.lang = state.lang;
    document.title = t("app.title");
  }, [state.lang, t]);

  const context = useMemo(
    () => ({ state, commands, t, say: (text: PaneText) => paneText(state.lang, text) }),
    [state, commands, t],
  );
  return (
    <FluentProvider theme={paneTheme} className={styles.provider}>
      <PaneContext.Provider value={context}>
        <Pane />
      </PaneContext.Provider>
    </FluentProvider>
  );
}
