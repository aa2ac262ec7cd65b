
/**
 * A clause typed twice in a row ("…助力民营企业发展调服务，助力民营企业发展"): a data-entry slip
 * (rules.md §10). General: any fragment of MIN_LENGTH+ characters, three of them letters,
 * immediately followed by itself. Line breaks and spaces are ignored; the fragment is returned
 * as typed (full-width punctuation kept), for the message.
 */
const MIN_LENGTH = 4;
const MAX_TEXT = 4000;
const LETTER = /[\p{Script=Han}\p{L}]/u;
const SPACE = /[\s\u00a0\u2000-\u200b\u3000\ufeff]/u;

/** The longest fragment repeated back to back, or null. */
export function findRepeatedClause(text: string): string | null {
  // The first MAX_TEXT non-space characters, without splitting the whole of a huge text.
  const chars: string[] = [];
  for (const ch of text) {
    if (chars.length >= MAX_TEXT) break;
    if (!SPACE.test(ch)) chars.push(ch);
  }
  const n = chars.length;
  // Most cells are too short to hold a square at all.
  if (n < 2 * MIN_LENGTH) return null;
  // letters[i] = letters among chars[0..i): a fragment's letter count in O(1), so a text of
  // repeated punctuation ("((((…") costs O(n²) comparisons, not O(n³) slices. Built on the
  // first square found: most texts have none, and the per-character test is the costly part.
  let letters: Int32Array | undefined;
  for (let len = Math.floor(n / 2); len >= MIN_LENGTH; len--) {
    // chars[i] === chars[i + len] for len positions in a row means a square of length len.
    let run = 0;
    for (let i = 0; i + len < n; i++) {
      run = chars[i] === chars[i + len] ? run + 1 : 0;
      if (run < len) continue;
      letters ??= letterCounts(chars);
      if (letters[i + 1] - letters[i - len + 1] >= 3) return chars.slice(i - len + 1, i + 1).join("");
    }
  }
  return null;
}

function letterCounts(chars: readonly string[]): Int32Array {
  const letters = new Int32Array(chars.length + 1);
  for (let i = 0; i < chars.length; i++) letters[i + 1] = letters[i] + (LETTER.test(chars[i]) ? 1 : 0);
  return letters;
}
