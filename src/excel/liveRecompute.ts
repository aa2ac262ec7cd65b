import { isCellEditModeError } from "./runExcel";
import type { RunExcel, XlEventHandlerResult, XlRequestContext, XlWorksheetChangedEvent } from "./officeTypes";

/**
 * Live checking: one worksheets.onChanged handler, debounced; after each burst of edits the
 * changed sheets are re-read and re-checked in ONE batch of one sync, READ-ONLY (see
 * recomputeSheets): nothing is written on a keystroke, so no undo step is added and no change
 * event of ours can start another round.
 * - Events with triggerSource "ThisLocalAddin" (ExcelApi 1.14: Validate & score's writes) are
 *   ignored; without triggerSource such an event costs one read, never a write or a loop.
 * - Co-authors' edits (source "Remote") are re-checked like local ones: reading is harmless.
 * - It runs only while the pane is visible (setVisible): edits made while hidden are kept and
 *   checked when the pane shows again; nothing runs in a runtime without a visible pane.
 * - A batch refused because the user is in cell-edit mode is retried with backoff; onWaiting
 *   tells the pane to say "请先完成单元格编辑" meanwhile.
 */

export interface Timer {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export const realTimer: Timer = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface LiveRecomputeOptions<R> {
  readonly run: RunExcel;
  /** Reads and checks the given sheets in one sync; writes nothing. */
  readonly recompute: (context: XlRequestContext, worksheetIds: readonly string[]) => Promise<R>;
  readonly onResult?: (result: R) => void;
  readonly onError?: (error: unknown) => void;
  /** True while batches are refused because the user is editing a cell; false once one ran. */
  readonly onWaiting?: (waiting: boolean) => void;
  /** Removes the handler in its own context (Excel.run(result.context, …) in Excel). */
  readonly unregister?: (registration: XlEventHandlerResult) => Promise<void>;
  readonly timer?: Timer;
  /** Quiet time after the last edit before re-checking. */
  readonly debounceMs?: number;
  /** First wait after a cell-edit-mode refusal; doubles up to maxRetryMs. */
  readonly retryMs?: number;
  readonly maxRetryMs?: number;
  /** Whether the pane is visible when live starts (default true). */
  readonly visible?: boolean;
}

export interface LiveRecompute {
  /** Registers the onChanged handler (one sync). */
  start(): Promise<void>;
  /** Removes it; later events are ignored even if removal fails. */
  stop(): Promise<void>;
  /** What the handler does with an event (exposed for tests and the pane). */
  notify(event: XlWorksheetChangedEvent): void;
  /** The pane was shown or hidden: live runs only while it is visible. */
  setVisible(visible: boolean): void;
  /** True while a re-check batch is running. */
  readonly busy: boolean;
}

export function createLiveRecompute<R>(options: LiveRecomputeOptions<R>): LiveRecompute {
  const timer = options.timer ?? realTimer;
  const debounceMs = options.debounceMs ?? 600;
  const retryMs = options.retryMs ?? 500;
  const maxRetryMs = options.maxRetryMs ?? 8000;
  /** Sheets edited since their last check. */
  const pending = new Set<string>();
  let handle: unknown;
  let running = false;
  let stopped = true;
  let visible = options.visible ?? true;
  let failures = 0;
  let registration: XlEventHandlerResult | undefined;

  const cancel = (): void => {
    if (handle !== undefined) timer.clear(handle);
    handle = undefined;
  };

  const schedule = (ms: number): void => {
    cancel();
    handle = timer.set(() => {
      handle = undefined;
      void flush();
    }, ms);
  };

  const notify = (event: XlWorksheetChangedEvent): void => {
    if (stopped) return;
    if (event.triggerSource === "ThisLocalAddin") return;
    pending.add(event.worksheetId);
    // While running, the run's end reschedules; while hidden, showing the pane does.
    if (!running && visible) schedule(debounceMs);
  };

  const flush = async (): Promise<void> => {
    if (running || stopped || !visible || pending.size === 0) return;
    running = true;
    const ids = [...pending];
    pending.clear();
    let retry = false;
    try {
      const result = await options.run((context) => options.recompute(context, ids));
      if (failures > 0) options.onWaiting?.(false);
      failures = 0;
      options.onResult?.(result);
    } catch (error) {
      if (isCellEditModeError(error)) {
        for (const id of ids) pending.add(id);
        retry = true;
      } else options.onError?.(error);
    } finally {
      running = false;
    }
    if (stopped || !visible) return;
    if (retry) {
      failures++;
      if (failures === 1) options.onWaiting?.(true);
      schedule(Math.min(maxRetryMs, retryMs * 2 ** (failures - 1)));
    } else if (pending.size > 0) schedule(debounceMs);
  };

  return {
    get busy() {
      return running;
    },
    notify,
    setVisible(v: boolean) {
      visible = v;
      if (!v) cancel();
      else if (!stopped && !running && pending.size > 0) schedule(debounceMs);
    },
    async start() {
      if (!stopped) return;
      stopped = false;
      await options.run(async (context) => {
        registration = context.workbook.worksheets.onChanged.add(async (event) => notify(event));
        await context.sync();
      });
    },
    async stop() {
      stopped = true;
      cancel();
      pending.clear();
      const r = registration;
      registration = undefined;
      if (r && options.unregister) await options.unregister(r);
    },
  };
}
