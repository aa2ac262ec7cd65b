/**
 * Whether the task pane is visible, for live checking (it runs only while it is). With a shared
 * runtime the pane's page keeps running when the pane is closed; Office then reports
 * "Hidden" through Office.addin.onVisibilityModeChanged (SharedRuntime 1.1). Without that
 * requirement set the page lives only as long as the pane, so "visible while loaded" holds.
 */

/** Office.addin's slice used here (structural, so tests pass a fake). */
export interface AddinVisibility {
  onVisibilityModeChanged(handler: (message: { visibilityMode: string }) => void): Promise<() => Promise<void>>;
}

/**
 * Calls `onChange(false)` when Office hides the pane and `onChange(true)` when it shows it
 * again. Returns the function that stops listening. `addin` is Office.addin in Excel; absent
 * (no SharedRuntime 1.1), nothing is reported.
 */
export function watchPaneVisibility(addin: AddinVisibility | undefined, onChange: (visible: boolean) => void): () => void {
  if (!addin) return () => undefined;
  let remove: (() => Promise<void>) | undefined;
  let stopped = false;
  addin
    .onVisibilityModeChanged((message) => onChange(message.visibilityMode !== "Hidden"))
    .then((r) => {
      if (stopped) void r();
      else remove = r;
    })
    .catch(() => undefined);
  return () => {
    stopped = true;
    if (remove) void remove();
  };
}

/** Office.addin when this client has SharedRuntime 1.1, else undefined (also outside Office). */
export function officeAddin(): AddinVisibility | undefined {
  if (typeof Office === "undefined" || typeof Office.addin?.onVisibilityModeChanged !== "function") return undefined;
  return Office.context?.requirements?.isSetSupported("SharedRuntime", "1.1") ? Office.addin : undefined;
}

// tsc-only proof that the real Office.addin satisfies the slice above.
type Assignable<Source, Target> = [Source] extends [Target] ? true : never;
export const REAL_ADDIN_FITS: Assignable<Office.Addin, AddinVisibility> = true;
