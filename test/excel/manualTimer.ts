import type { Timer } from "../../src/excel/liveRecompute";

/** A timer the test fires by hand, so debounce and backoff run deterministically. */
export class ManualTimer implements Timer {
  private next = 1;
  readonly pending = new Map<number, { callback: () => void; ms: number }>();
  set(callback: () => void, ms: number): unknown {
    const id = this.next++;
    this.pending.set(id, { callback, ms });
    return id;
  }
  clear(handle: unknown): void {
    this.pending.delete(handle as number);
  }
  /** The delays of the timers now waiting. */
  delays(): number[] {
    return [...this.pending.values()].map((p) => p.ms);
  }
  /** Fires every waiting timer, then lets the work it started finish. */
  async fire(): Promise<void> {
    const due = [...this.pending.values()];
    this.pending.clear();
    for (const d of due) d.callback();
    await settle();
  }
}

/** Lets queued promise work (fake syncs, event dispatch) run to the end. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 50; i++) await new Promise((resolve) => setImmediate(resolve));
}
