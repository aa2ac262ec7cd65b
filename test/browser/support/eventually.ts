import { isDeepStrictEqual } from "util";

/** Polls `read` until it equals `expected` (or the time is up), then asserts on the last value. */
export async function eventually<T>(read: () => Promise<T>, expected: T, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  let value = await read();
  while (!isDeepStrictEqual(value, expected) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 50));
    value = await read();
  }
  expect(value).toEqual(expected);
}
