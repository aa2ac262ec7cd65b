import { ADVERSARIAL, MEGABYTE_CHARS, PARSERS } from "./parsers";

/**
 * Issue 18 (freezes): every text parser returns on 1 MB of adversarial two-byte text. A heading
 * cell of "1" × 100,000 took 36.7 s and a number format of "0" × 100,000 7.6 s: quadratic
 * patterns, missed while the hostile tests built one-byte strings. No timing assertion (speed is
 * bench/parsers.bench.ts's); the generous timeout only turns a hang into a failure.
 */

const HANG_GUARD_MS = 60_000;

describe("adversarial inputs", () => {
  it.each(ADVERSARIAL.map(([name, text]) => [name, text] as const))("%s is 1 MB of two-byte text", (_name, text) => {
    expect(text.length).toBe(MEGABYTE_CHARS);
    // A character beyond Latin-1: V8 keeps the string two-byte, as text parsed from XML is.
    expect(/[^\u0000-\u00ff]/.test(text)).toBe(true);
  });
});

describe.each(PARSERS.map(([name, parse]) => [name, parse] as const))("%s", (_name, parse) => {
  it(
    "returns on every adversarial megabyte",
    () => {
      let returned = 0;
      for (const [, text] of ADVERSARIAL) {
        parse(text);
        returned++;
      }
      expect(returned).toBe(ADVERSARIAL.length);
    },
    HANG_GUARD_MS,
  );
});
