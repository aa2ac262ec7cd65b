import { isDeepStrictEqual } from "util";

/**
 * Polls `read` until it equals `expected`, then asserts on the last value. A wait is on a
 * condition, never on time: the limit only turns a hang into a failure that says what it was
 * waiting for.
 */
export async function eventually<T>(what: string, read: () => Promise<T>, expected: T, limitMs = 20_000): Promise<void> {
  const end = Date.now() + limitMs;
  let value = await read();
  while (!isDeepStrictEqual(value, expected) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 50));
    value = await read();
  }
  if (!isDeepStrictEqual(value, expected)) {
    throw new Error(`waited ${limitMs} ms for ${what} to be ${JSON.stringify(expected)}; it is ${JSON.stringify(value)}`);
  }
}
