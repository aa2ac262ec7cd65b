
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
const SPACE = /[\s\u00a0\u2000-\u200b\u3000\ufeff]/u;

// No space to drop and no surrogate pair: the text's UTF-16 units are its characters.
const SPACE_OR_SURROGATE = /[\s\u00a0\u2000-\u200b\u3000\ufeff\ud800-\udfff]/;

/** The longest fragment repeated back to back, or null. */
export function findRepeatedClause(text: string): string | null {
  // Most cells are too short to hold a square at all.
  if (text.length < 2 * MIN_LENGTH) return null;
  if (!SPACE_OR_SURROGATE.test(text)) {
    // The common case, without splitting the text into an array of one-character strings
    // (three texts per indicator row: bench/NOTES.md).
    const n = Math.min(text.length, MAX_TEXT);
    const codes = new Uint16Array(n);
    for (let i = 0; i < n; i++) codes[i] = text.charCodeAt(i);
    const at = findSquare(codes, n, (i) => text[i]);
    return at ? text.slice(at[0], at[1]) : null;
  }
  // The first MAX_TEXT non-space characters, without splitting the whole of a huge text; and
  // never more than a bounded start of it (a megabyte of spaces is one pass over its start).
  const chars: string[] = [];
  for (const ch of text.length > MAX_SCAN ? text.slice(0, MAX_SCAN) : text) {
    if (chars.length >= MAX_TEXT) break;
    if (!SPACE.test(ch)) chars.push(ch);
  }
  const codes = Int32Array.from(chars, (ch) => ch.codePointAt(0) ?? 0);
  const at = findSquare(codes, chars.length, (i) => chars[i]);
  return at ? chars.slice(at[0], at[1]).join("") : null;
}

/** [start, end) of the longest square with 3+ letters in its first half, over character codes. */
function findSquare(codes: ArrayLike<number>, n: number, charAt: (i: number) => string): [number, number] | null {
  if (n < 2 * MIN_LENGTH) return null;
  // letters[i] = letters among chars[0..i): a fragment's letter count in O(1), so a text of
  // repeated punctuation ("((((…") costs O(n²) comparisons, not O(n³) slices. Built on the
  // first square found: most texts have none, and the per-character test is the costly part.
  // A long text gets it at once: a square needs 3 letters in its half, so a long text with
  // fewer than 6 ("((((…", issue 18) is not searched at every length.
  let letters: Int32Array | undefined = n > 100 ? letterCounts(n, charAt) : undefined;
  if (letters && letters[n] < 6) return null;
  const possible = possibleLengths(codes, n);
  for (let len = Math.floor(n / 2); len >= MIN_LENGTH; len--) {
    if (possible[len] === 0) continue;
    // codes[i] === codes[i + len] for len positions in a row means a square of length len.
    let run = 0;
    for (let i = 0; i + len < n; i++) {
      run = codes[i] === codes[i + len] ? run + 1 : 0;
      if (run < len) continue;
      letters ??= letterCounts(n, charAt);
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

function letterCounts(n: number, charAt: (i: number) => string): Int32Array {
  const letters = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) letters[i + 1] = letters[i] + (LETTER.test(charAt(i)) ? 1 : 0);
  return letters;
}
