import { isCellEditModeError } from "./runExcel";
import type { RunExcel, XlEventHandlerResult, XlRequestContext, XlWorksheetChangedEvent } from "./officeTypes";

/**
 * Live recompute: one worksheets.onChanged handler, debounced; only the changed sheets are
 * recomputed, each in its own batch of at most two syncs.
 * - Own writes: events with triggerSource "ThisLocalAddin" (ExcelApi 1.14) are ignored; on
 *   older clients the recompute writes with events off (see syncWrites). Either way a stray own
 *   event costs one read, never a loop: the second recompute writes nothing.
 * - Edits while a recompute runs are kept and queue one more run; a write is skipped when the
 *   sheet changed again after it was read (the next run writes instead).
 * - Remote (co-author) edits recompute the pane's view without writing: the co-author's own
 *   client writes, so the cells are not written twice.
 * - A batch refused because the user is in cell-edit mode is retried with backoff.
 * Protection is never touched.
 */

export interface Timer {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export const realTimer: Timer = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface RecomputeRequest {
  readonly worksheetId: string;
  /** False for remote-only changes: compute, do not write. */
  readonly write: boolean;
  /** True while no newer edit of this sheet has arrived since the request began. */
  readonly fresh: () => boolean;
}

export interface LiveRecomputeOptions<R> {
  readonly run: RunExcel;
  /** Reads, checks and (when asked and still fresh) writes one sheet; at most two syncs. */
  readonly recompute: (context: XlRequestContext, request: RecomputeRequest) => Promise<R>;
  readonly onResult?: (result: R, request: RecomputeRequest) => void;
  readonly onError?: (error: unknown) => void;
  /** Removes the handler in its own context (Excel.run(result.context, …) in Excel). */
  readonly unregister?: (registration: XlEventHandlerResult) => Promise<void>;
  readonly timer?: Timer;
  /** Quiet time after the last edit before recomputing. */
  readonly debounceMs?: number;
  /** First wait after a cell-edit-mode refusal; doubles up to maxRetryMs. */
  readonly retryMs?: number;
  readonly maxRetryMs?: number;
}

export interface LiveRecompute {
  /** Registers the onChanged handler (one sync). */
  start(): Promise<void>;
  /** Removes it; later events are ignored even if removal fails. */
  stop(): Promise<void>;
  /** What the handler does with an event (exposed for tests and the pane). */
  notify(event: XlWorksheetChangedEvent): void;
  /** True while a recompute batch is running. */
  readonly busy: boolean;
}

export function createLiveRecompute<R>(options: LiveRecomputeOptions<R>): LiveRecompute {
  const timer = options.timer ?? realTimer;
  const debounceMs = options.debounceMs ?? 600;
  const retryMs = options.retryMs ?? 500;
  const maxRetryMs = options.maxRetryMs ?? 8000;
  /** worksheetId → write wanted (any local edit wants a write). */
  const pending = new Map<string, boolean>();
  /** worksheetId → count of accepted events, to tell whether a sheet changed after its read. */
  const edits = new Map<string, number>();
  let handle: unknown;
  let running = false;
  let stopped = true;
  let failures = 0;
  let registration: XlEventHandlerResult | undefined;

  const schedule = (ms: number): void => {
    if (handle !== undefined) timer.clear(handle);
    handle = timer.set(() => {
      handle = undefined;
      void flush();
    }, ms);
  };

  const notify = (event: XlWorksheetChangedEvent): void => {
    if (stopped) return;
    if (event.triggerSource === "ThisLocalAddin") return;
    const local = event.source !== "Remote";
    pending.set(event.worksheetId, (pending.get(event.worksheetId) ?? false) || local);
    edits.set(event.worksheetId, (edits.get(event.worksheetId) ?? 0) + 1);
    // While running, the run's end reschedules; otherwise debounce.
    if (!running) schedule(debounceMs);
  };

  const flush = async (): Promise<void> => {
    if (running || stopped || pending.size === 0) return;
    running = true;
    const batch = [...pending];
    pending.clear();
    let retry = false;
    try {
      for (let i = 0; i < batch.length; i++) {
        const [worksheetId, write] = batch[i];
        const seen = edits.get(worksheetId) ?? 0;
        const request: RecomputeRequest = { worksheetId, write, fresh: () => (edits.get(worksheetId) ?? 0) === seen };
        try {
          const result = await options.run((context) => options.recompute(context, request));
          failures = 0;
          options.onResult?.(result, request);
        } catch (error) {
          if (!isCellEditModeError(error)) {
            options.onError?.(error);
            continue;
          }
          // Put this sheet and the ones not reached back, merged with newer edits.
          for (const [id, w] of batch.slice(i)) pending.set(id, (pending.get(id) ?? false) || w);
          retry = true;
          break;
        }
      }
    } finally {
      running = false;
    }
    if (stopped) return;
    if (retry) {
      failures++;
      schedule(Math.min(maxRetryMs, retryMs * 2 ** (failures - 1)));
    } else if (pending.size > 0) schedule(debounceMs);
  };

  return {
    get busy() {
      return running;
    },
    notify,
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
      if (handle !== undefined) timer.clear(handle);
      handle = undefined;
      pending.clear();
      const r = registration;
      registration = undefined;
      if (r && options.unregister) await options.unregister(r);
    },
  };
}
