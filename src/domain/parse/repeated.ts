
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

function letterCount(s: string): number {
  let n = 0;
  for (const ch of s) if (LETTER.test(ch)) n++;
  return n;
}

/** The longest fragment repeated back to back, or null. */
export function findRepeatedClause(text: string): string | null {
  const chars = Array.from(text).filter((ch) => !SPACE.test(ch)).slice(0, MAX_TEXT);
  const n = chars.length;
  for (let len = Math.floor(n / 2); len >= MIN_LENGTH; len--) {
    // chars[i] === chars[i + len] for len positions in a row means a square of length len.
    let run = 0;
    for (let i = 0; i + len < n; i++) {
      run = chars[i] === chars[i + len] ? run + 1 : 0;
      if (run >= len) {
        const fragment = chars.slice(i - len + 1, i + 1).join("");
        if (letterCount(fragment) >= 3) return fragment;
      }
    }
  }
  return null;
}
