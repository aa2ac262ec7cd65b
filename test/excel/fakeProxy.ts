import {
  FakeOfficeError,
} from "./fakeHost";
import type {
  FakeRequestContext,
} from "./fakeExcel";

/** The base of every fake proxy: queued resolution, strict loads, null objects, run ownership. */

export function notLoaded(name: string): Error {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}


export abstract class FakeProxy<R> {
  private ref: R | null = null;
  private resolved = false;
  private readonly loaded = new Map<string, unknown>();
  private readonly navigation = new Map<string, FakeProxy<unknown>>();

  constructor(
    readonly ctx: FakeRequestContext,
    resolve: () => R | null,
    /** Roots (workbook, runtime …) exist without a round trip. */
    immediate = false,
  ) {
    const run = () => {
      this.ref = resolve();
      this.resolved = true;
    };
    if (immediate) run();
    else ctx.enqueue(run);
  }

  /** The host object behind the proxy, during a sync (for derived proxies). */
  current(): R | null {
    if (!this.resolved) throw new Error("fake: proxy used before the operation that creates it ran");
    return this.ref;
  }

  get isNullObject(): boolean {
    if (!this.resolved) throw notLoaded("isNullObject");
    return this.ref === null;
  }

  /** Guards an operation: open context, and no proxy of another run among the arguments. */
  protected guard(...args: unknown[]): void {
    this.ctx.assertOpen();
    for (const a of args) {
      if (a instanceof FakeProxy && a.ctx !== this.ctx) {
        throw new FakeOfficeError("InvalidObjectPath", "a proxy from another Excel.run cannot be passed to this one");
      }
    }
  }

  protected read<T>(name: string): T {
    if (!this.resolved || !this.loaded.has(name)) throw notLoaded(name);
    return this.loaded.get(name) as T;
  }

  /**
   * Queues a write; writing to a null object fails the sync. `undoable` writes change the
   * document (one undo entry per sync); event switches and selection do not.
   */
  protected write(what: string, apply: (ref: R) => void, undoable = true, payload?: unknown): void {
    this.guard();
    this.ctx.addRequest(payload ?? what);
    this.ctx.enqueue(() => {
      if (this.ref === null) throw new FakeOfficeError("InvalidObjectPath", `${what} on a null object`);
      if (undoable) this.ctx.host.beginChange();
      apply(this.ref);
    });
  }

  /** A proxy derived from this one; null when this one is null. */
  protected derive<C, P>(make: (resolve: () => C | null) => P, f: (ref: R) => C | null): P {
    this.guard();
    return make(() => {
      const r = this.current();
      if (r === null && this.ctx.host.options.refuseNullCalls) throw new FakeOfficeError("InvalidObjectPath", "call on a null object");
      return r === null ? null : f(r);
    });
  }

  /** A navigation property's proxy, created once. */
  protected nav<P extends FakeProxy<unknown>>(name: string, make: () => P): P {
    let child = this.navigation.get(name) as P | undefined;
    if (!child) {
      this.guard();
      child = make();
      this.navigation.set(name, child);
    }
    return child;
  }

  /** Scalar values for load; throws for names the fake does not model (a test bug). */
  protected abstract scalar(name: string, ref: R): unknown;
  /** Navigation properties for paths such as "protection/protected". */
  protected child(name: string): FakeProxy<unknown> | undefined {
    void name;
    return undefined;
  }
  /** Collections override: items for "items/…" paths. */
  protected itemsOf(ref: R): FakeProxy<unknown>[] | undefined {
    void ref;
    return undefined;
  }

  load(spec: string): this {
    this.guard();
    const paths = spec.split(",").map((p) => p.trim()).filter(Boolean);
    this.ctx.enqueue(() => this.loadNow(paths));
    return this;
  }

  private loadNow(paths: string[]): void {
    const ref = this.ref;
    if (ref === null) return;
    const itemPaths = paths.filter((p) => p.startsWith("items/")).map((p) => p.slice("items/".length));
    if (itemPaths.length > 0) {
      const items = this.itemsOf(ref);
      if (!items) throw new Error("fake: not a collection");
      for (const item of items) item.loadNow(itemPaths);
      this.loaded.set("items", items);
    }
    const groups = new Map<string, string[]>();
    for (const p of paths.filter((x) => !x.startsWith("items/"))) {
      const [head, ...rest] = p.split("/");
      if (rest.length === 0) {
        if (this.child(head)) throw new Error(`fake: load leaf properties, not the navigation property '${head}'`);
        const value = structuredClone(this.scalar(head, ref));
        this.ctx.addResponse(value);
        this.loaded.set(head, value);
      } else groups.set(head, [...(groups.get(head) ?? []), rest.join("/")]);
    }
    for (const [head, rest] of groups) {
      const c = this.child(head);
      if (!c) throw new Error(`fake: no navigation property '${head}'`);
      c.loadNow(rest);
    }
  }
}

