import type { PaneAction } from "./paneActions";
import { paneReducer } from "./paneReducer";
import type { PaneState } from "./paneState";

/**
 * The pane's state container: one reducer, read synchronously by async commands (so a command
 * that awaits sees the state as of now) and subscribed to by React (useSyncExternalStore).
 */
export interface PaneStore {
  getState(): PaneState;
  dispatch(action: PaneAction): void;
  subscribe(listener: () => void): () => void;
}

export function createPaneStore(initial: PaneState): PaneStore {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    getState: () => state,
    dispatch(action) {
      const next = paneReducer(state, action);
      if (next === state) return;
      state = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
