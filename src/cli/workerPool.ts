import { existsSync } from "node:fs";
import { Worker } from "node:worker_threads";

/**
 * A small pool of worker threads, one task at a time per worker, started only as work arrives
 * (one file starts one worker). A worker that dies (a crash, out of memory on a hostile file)
 * fails only its own task and is replaced on demand. No library: a pool of this size is short,
 * and piscina would add little beyond it.
 */

export interface Runner<T, R> {
  run(task: T): Promise<R>;
  close(): Promise<void>;
}

interface Job<T, R> {
  readonly task: T;
  resolve(result: R): void;
}

interface Slot<T, R> {
  readonly worker: Worker;
  job?: Job<T, R>;
}

/**
 * `script` is a compiled worker that answers each posted task with one message. `onCrash` turns
 * a task whose worker died into a result (the batch goes on).
 */
export function threadRunner<T, R>(
  script: string,
  size: number,
  onCrash: (task: T, why: string) => R,
  resourceLimits?: { readonly maxOldGenerationSizeMb?: number; readonly maxYoungGenerationSizeMb?: number },
): Runner<T, R> {
  const slots: Slot<T, R>[] = [];
  const queue: Job<T, R>[] = [];

  const pump = (): void => {
    while (queue.length > 0) {
      let slot = slots.find((s) => !s.job);
      if (!slot && slots.length < size) slot = spawn();
      if (!slot) return;
      const job = queue.shift() as Job<T, R>;
      slot.job = job;
      slot.worker.postMessage(job.task);
    }
  };

  const spawn = (): Slot<T, R> => {
    const slot: Slot<T, R> = { worker: new Worker(script, resourceLimits ? { resourceLimits } : undefined) };
    const die = (why: string) => {
      const i = slots.indexOf(slot);
      if (i < 0) return;
      slots.splice(i, 1);
      const job = slot.job;
      slot.job = undefined;
      if (job) job.resolve(onCrash(job.task, why));
      pump();
    };
    slot.worker.on("message", (result: R) => {
      const job = slot.job;
      slot.job = undefined;
      job?.resolve(result);
      pump();
    });
    slot.worker.on("error", (e: Error) => die(e.message));
    slot.worker.on("exit", (code) => die(`worker exited (${code})`));
    slots.push(slot);
    return slot;
  };

  return {
    run: (task) =>
      new Promise<R>((resolve) => {
        queue.push({ task, resolve });
        pump();
      }),
    close: async () => {
      const all = slots.splice(0);
      await Promise.all(all.map((s) => s.worker.terminate()));
    },
  };
}

/** Runs in this thread: where the compiled worker script is not there (tests from the sources). */
export function inlineRunner<T, R>(run: (task: T) => Promise<R>): Runner<T, R> {
  return { run, close: async () => undefined };
}

export function workerScriptExists(script: string): boolean {
  return existsSync(script);
}

/**
 * Maps `items` through `runner`, handing each result to `onResult` in input order. At most
 * `window` tasks are outstanding, so memory stays bounded however many items there are and
 * however slow one of them is.
 */
export async function mapInOrder<T, R>(
  items: AsyncIterable<T>,
  runner: Runner<T, R>,
  window: number,
  onResult: (result: R) => void,
): Promise<void> {
  const pending: Promise<R>[] = [];
  for await (const item of items) {
    pending.push(runner.run(item));
    while (pending.length >= window) onResult(await (pending.shift() as Promise<R>));
  }
  while (pending.length > 0) onResult(await (pending.shift() as Promise<R>));
}
