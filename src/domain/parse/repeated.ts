
/**
 * A clause typed twice in a row ("…助力民营企业发展调服务，助力民营企业发展"): a data-entry slip
 * (rules.md §10). General: any fragment of MIN_LENGTH+ characters, three of them letters,
 * immediately followed by itself. Line breaks and spaces are ignored; the fragment is returned
 * as typed (full-width punctuation kept), for the message.
 */
const MIN_LENGTH = 4;
/** Only the start of a text is searched: the search is quadratic in what it looks at. */
const MAX_TEXT = 1000;
/** At most this many UTF-16 units are scanned for those characters (spaces skipped). */
const MAX_SCAN = 8 * MAX_TEXT;
const LETTER = /[\p{Script=Han}\p{L}]/u;
const SPACES = /[\s\u00a0\u2000-\u200b\u3000\ufeff]/gu;
const SURROGATE = /[\ud800-\udfff]/;
/** Below this length every square length is scanned: cheaper than indexing the text first. */
const INDEX_FROM = 64;

/** The longest fragment repeated back to back, or null. */
export function findRepeatedClause(text: string): string | null {
  // Most cells are too short to hold a square at all.
  if (text.length < 2 * MIN_LENGTH) return null;
  // Spaces dropped from a bounded start of the text: a megabyte of spaces is one pass over its start.
  const t = (text.length > MAX_SCAN ? text.slice(0, MAX_SCAN) : text).replace(SPACES, "");
  if (!SURROGATE.test(t)) {
    // The common case: the UTF-16 units are the characters, and the text is not split into an
    // array of one-character strings (three texts per indicator row: bench/NOTES.md).
    const n = Math.min(t.length, MAX_TEXT);
    const codes = new Uint16Array(n);
    for (let i = 0; i < n; i++) codes[i] = t.charCodeAt(i);
    const at = findSquare(codes, n);
    return at ? t.slice(at[0], at[1]) : null;
  }
  const chars = Array.from(t.length > 2 * MAX_TEXT ? t.slice(0, 2 * MAX_TEXT) : t).slice(0, MAX_TEXT);
  const codes = Int32Array.from(chars, (ch) => ch.codePointAt(0) ?? 0);
  const at = findSquare(codes, chars.length);
  return at ? chars.slice(at[0], at[1]).join("") : null;
}

/** [start, end) of the longest square with 3+ letters in its first half, over character codes. */
function findSquare(codes: ArrayLike<number>, n: number): [number, number] | null {
  if (n < 2 * MIN_LENGTH) return null;
  // letters[i] = letters among chars[0..i): a fragment's letter count in O(1), so a text of
  // repeated punctuation ("((((…") costs O(n²) comparisons, not O(n³) slices. Built on the
  // first square found: most texts have none, and the per-character test is the costly part.
  // A long text gets it at once: a square needs 3 letters in its half, so a long text with
  // fewer than 6 ("((((…", issue 18) is not searched at every length.
  let letters: Int32Array | undefined = n > 100 ? letterCounts(codes, n) : undefined;
  if (letters && letters[n] < 6) return null;
  const possible = n >= INDEX_FROM ? possibleLengths(codes, n) : undefined;
  for (let len = Math.floor(n / 2); len >= MIN_LENGTH; len--) {
    if (possible && possible[len] === 0) continue;
    // codes[i] === codes[i + len] for len positions in a row means a square of length len.
    let run = 0;
    for (let i = 0; i + len < n; i++) {
      run = codes[i] === codes[i + len] ? run + 1 : 0;
      if (run < len) continue;
      letters ??= letterCounts(codes, n);
      if (letters[i + 1] - letters[i - len + 1] >= 3) return [i - len + 1, i + 1];
    }
  }
  return null;
}

/**
 * possible[len] = 1 when some MIN_LENGTH characters recur exactly len further on, as they must
 * in a square of length len: only those lengths need findSquare's scan, which would find nothing
 * at any other. Pairs are found through a chain of earlier positions with the same first two
 * characters, never followed further back than half the text (a square's length at most).
 */
function possibleLengths(codes: ArrayLike<number>, n: number): Uint8Array {
  const half = Math.floor(n / 2);
  const possible = new Uint8Array(half + 1);
  const previous = new Int32Array(n).fill(-1);
  const lastAt = new Map<number, number>();
  for (let i = 0; i + MIN_LENGTH <= n; i++) {
    // Code points are below 0x110000: two of them make an exact key.
    const key = codes[i] * 0x110000 + codes[i + 1];
    const before = lastAt.get(key);
    lastAt.set(key, i);
    if (before === undefined) continue;
    previous[i] = before;
    for (let j = before; j >= 0 && i - j <= half; j = previous[j]) {
      let k = 2;
      while (k < MIN_LENGTH && codes[j + k] === codes[i + k]) k++;
      if (k === MIN_LENGTH) possible[i - j] = 1;
    }
  }
  return possible;
}

/** LETTER for one code point; the common ones without a regex (and without a string per character). */
function isLetter(code: number): boolean {
  // CJK Unified Ideographs U+4E00–U+9FA5 are all Han (assigned since Unicode 1.1).
  if (code >= 0x4e00 && code <= 0x9fa5) return true;
  // ASCII: the letters are A–Z and a–z.
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  return LETTER.test(String.fromCodePoint(code));
}

function letterCounts(codes: ArrayLike<number>, n: number): Int32Array {
  const letters = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) letters[i + 1] = letters[i] + (isLetter(codes[i]) ? 1 : 0);
  return letters;
}
