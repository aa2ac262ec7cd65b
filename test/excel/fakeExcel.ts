import type {
  RunExcel,
  XlRequestContext,
  XlRunOptions,
} from "../../src/excel/officeTypes";
import {
  FakeExcelHost,
  FakeOfficeError,
} from "./fakeHost";
import {
  FakeRuntime,
  FakeWorkbook,
} from "./fakeWorkbook";

/**
 * A fake Excel request context as strict as Office.js, over a FakeExcelHost:
 * - operations queue and take effect only at context.sync(), in order; a failing operation
 *   fails the sync, the ones before it stay applied;
 * - a property can be read only after a load of it and the sync that ran that load;
 *   `isNullObject` only after the sync that resolved the proxy;
 * - *OrNullObject proxies resolve to null objects; anything derived from a null object is a
 *   null object; writing to one fails the sync;
 * - a merged area holds its value in its top-left cell; writing elsewhere in it fails;
 * - proxies belong to their Excel.run: queuing anything on one after its run ended, or passing
 *   it to a method of another run's proxy, throws.
 * - Excel on the web's payload limits: a sync whose request (values written, as JSON) or response
 *   (properties loaded, as JSON) exceeds 5 MB fails with RequestPayloadSizeLimitExceeded /
 *   ResponsePayloadSizeLimitExceeded;
 * - each sync that changed the document is one undo entry (see FakeExcelHost.undoStack).
 * Excel.run syncs once more at the end when operations are still queued, as Office.js does.
 */

export { FakeExcelHost, FakeOfficeError } from "./fakeHost";

type Op = () => void;

export class FakeRequestContext implements XlRequestContext {
  readonly queue: Op[] = [];
  closed = false;
  /** Bytes of the request being queued and of the response being built (JSON estimates). */
  requestBytes = 0;
  responseBytes = 0;
  executing = false;
  readonly workbook: FakeWorkbook;
  readonly runtime: FakeRuntime;
  constructor(
    readonly host: FakeExcelHost,
    readonly runOptions: XlRunOptions = {},
  ) {
    this.workbook = new FakeWorkbook(this);
    this.runtime = new FakeRuntime(this);
  }

  assertOpen(): void {
    if (this.closed) {
      throw new FakeOfficeError("InvalidObjectPath", "a proxy from an Excel.run that has ended cannot be used (each run has its own request context)");
    }
  }

  enqueue(op: Op): void {
    this.assertOpen();
    if (this.executing) op();
    else this.queue.push(op);
  }

  /** JSON size of what an operation sends or a load returns. */
  static bytes(value: unknown): number {
    return JSON.stringify(value ?? null).length;
  }

  addRequest(value: unknown): void {
    this.requestBytes += FakeRequestContext.bytes(value);
  }

  addResponse(value: unknown): void {
    this.responseBytes += FakeRequestContext.bytes(value);
  }

  async sync(): Promise<void> {
    this.assertOpen();
    const host = this.host;
    host.counters.syncs++;
    const ops = this.queue.splice(0);
    const limit = host.payloadLimit;
    const requestBytes = this.requestBytes;
    this.requestBytes = 0;
    this.responseBytes = 0;
    if (limit !== false && requestBytes > limit) {
      throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
    }
    if (host.cellEditMode) {
      if (this.runOptions.delayForCellEdit && host.options.delayForCellEdit) await host.waitForEditEnd();
      else throw new FakeOfficeError("InvalidOperationInCellEditMode", "the operation isn't available while Excel is in cell-edit mode");
    }
    await Promise.resolve();
    this.executing = true;
    try {
      for (const op of ops) {
        host.counters.operations++;
        op();
      }
    } finally {
      this.executing = false;
      host.endSync();
      host.flushOwnEvents();
    }
    if (limit !== false && this.responseBytes > limit) {
      throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
    }
    host.counters.maxResponseBytes = Math.max(host.counters.maxResponseBytes, this.responseBytes);
  }
}

/** Runs batches against the host like Excel.run. */
export function fakeRun(host: FakeExcelHost): RunExcel {
  return async <T>(batch: (context: XlRequestContext) => Promise<T>, options?: XlRunOptions): Promise<T> => {
    host.counters.runs++;
    const context = new FakeRequestContext(host, options);
    try {
      const result = await batch(context);
      if (context.queue.length > 0) await context.sync();
      return result;
    } finally {
      context.closed = true;
    }
  };
}

