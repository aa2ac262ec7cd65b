import { createContext, useContext } from "react";
import type { PaneCommands } from "../state/paneCommands";
import type { PaneState } from "../state/paneState";
import type { PaneText, Translate } from "../view/uiText";

/** What every pane component may read: the state, the commands and t() in the current language. */
export interface PaneContextValue {
  readonly state: PaneState;
  readonly commands: PaneCommands;
  readonly t: Translate;
  /** Shows a message kept as data (notices, notes): from the pane's or the adapter's catalogue. */
  readonly say: (text: PaneText) => string;
}

export const PaneContext = createContext<PaneContextValue | null>(null);

export function usePane(): PaneContextValue {
  const value = useContext(PaneContext);
  if (!value) throw new Error("usePane: outside <PaneContext.Provider>");
  return value;
}
