import { existsSync } from "node:fs";
import { Worker, type MessagePort } from "node:worker_threads";

/**
 * A small pool of worker threads, started only as work arrives. Each worker holds up to `depth`
 * tasks at once, so it computes one while another waits for the disk or for its message to cross
 * threads. A worker that dies (a crash, out of memory on a hostile file) fails only the task that
 * killed it: the other tasks it held are run again, each alone on a worker, and only a task that
 * kills a worker while alone is reported as crashed. No library: a pool of this size is short, and
 * piscina would add little beyond it.
 */

export interface Runner<T, R> {
  run(task: T): Promise<R>;
  close(): Promise<void>;
}

interface Job<T, R> {
  readonly id: number;
  readonly task: T;
  resolve(result: R): void;
  /** Held by a worker that died beside other tasks: runs again with a worker to itself. */
  alone?: boolean;
}

interface Slot<T, R> {
  readonly worker: Worker;
  readonly jobs: Map<number, Job<T, R>>;
}

/** What crosses to a worker and back: the task or result with the id that pairs them. */
interface TaskMessage<T> {
  readonly id: number;
  readonly task: T;
}
interface ResultMessage<R> {
  readonly id: number;
  readonly result: R;
}

/**
 * The worker's side: answers every task posted to `port` with `handle`'s result, tasks overlapping.
 * Results go back as JSON text (they are plain data): V8 clones one string far faster than the
 * many small objects of a report, and the parsing falls to the main thread, which has time.
 */
export function serveTasks<T, R>(port: MessagePort, handle: (task: T) => Promise<R>): void {
  port.on("message", ({ id, task }: TaskMessage<T>) => {
    void handle(task).then((result) => port.postMessage(JSON.stringify({ id, result } satisfies ResultMessage<R>)));
  });
}

export interface ThreadRunnerOptions {
  /** Tasks a worker holds at once (default 2). */
  readonly depth?: number;
  readonly resourceLimits?: { readonly maxOldGenerationSizeMb?: number; readonly maxYoungGenerationSizeMb?: number };
}

/**
 * `script` is a compiled worker that calls serveTasks. `onCrash` turns a task whose worker died
 * into a result (the batch goes on).
 */
export function threadRunner<T, R>(
  script: string,
  size: number,
  onCrash: (task: T, why: string) => R,
  options: ThreadRunnerOptions = {},
): Runner<T, R> {
  const depth = Math.max(1, options.depth ?? 2);
  const slots: Slot<T, R>[] = [];
  const queue: Job<T, R>[] = [];
  let nextId = 0;

  const room = (slot: Slot<T, R>, job: Job<T, R>): boolean => {
    if (job.alone) return slot.jobs.size === 0;
    const first = slot.jobs.values().next();
    return slot.jobs.size < depth && (first.done || !first.value.alone);
  };

  const pump = (): void => {
    while (queue.length > 0) {
      const job = queue[0];
      let slot = slots.find((s) => room(s, job));
      if (!slot && slots.length < size) slot = spawn();
      if (!slot) return;
      queue.shift();
      slot.jobs.set(job.id, job);
      slot.worker.postMessage({ id: job.id, task: job.task } satisfies TaskMessage<T>);
    }
  };

  const spawn = (): Slot<T, R> => {
    const limits = options.resourceLimits;
    const slot: Slot<T, R> = { worker: new Worker(script, limits ? { resourceLimits: limits } : undefined), jobs: new Map() };
    const die = (why: string) => {
      const i = slots.indexOf(slot);
      if (i < 0) return;
      slots.splice(i, 1);
      const held = [...slot.jobs.values()];
      slot.jobs.clear();
      if (held.length === 1 || held.every((j) => j.alone)) held.forEach((j) => j.resolve(onCrash(j.task, why)));
      // Which of several tasks killed the worker is not known: each runs again by itself.
      else queue.unshift(...held.map((j) => ({ ...j, alone: true })));
      pump();
    };
    slot.worker.on("message", (text: string) => {
      const { id, result } = JSON.parse(text) as ResultMessage<R>;
      const job = slot.jobs.get(id);
      slot.jobs.delete(id);
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
        queue.push({ id: nextId++, task, resolve });
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
