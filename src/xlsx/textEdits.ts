import { parseText, type XmlTag } from "./xmlStream";

/** Edits of a part's text by offsets into the original text (they must not overlap). */
export interface TextEdit {
  readonly at: number;
  /** How many characters from `at` are replaced (0: an insertion). */
  readonly length: number;
  readonly text: string;
}

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  // A stable sort: insertions at the same offset keep the order they were made in.
  const sorted = [...edits].sort((a, b) => a.at - b.at);
  const pieces: string[] = [];
  let from = 0;
  for (const e of sorted) {
    pieces.push(text.slice(from, e.at), e.text);
    from = e.at + e.length;
  }
  pieces.push(text.slice(from));
  return pieces.join("");
}

/** An element found in a part: where it starts, where its opening tag ends, where it ends. */
export interface ElementSpan {
  readonly tag: XmlTag;
  readonly start: number;
  readonly openEnd: number;
  end: number;
  readonly depth: number;
}

/** The elements of a part the predicate picks, with their spans (depth 0 is the root). */
export function findElements(text: string, pick: (tag: XmlTag, depth: number) => boolean): ElementSpan[] {
  const found: ElementSpan[] = [];
  const open: (ElementSpan | null)[] = [];
  parseText(text, {
    open: (tag, start, openEnd) => {
      const span = pick(tag, open.length) ? { tag, start, openEnd, end: openEnd, depth: open.length } : null;
      if (span) found.push(span);
      open.push(span);
    },
    close: (_tag, end) => {
      const span = open.pop();
      if (span) span.end = end;
    },
  });
  return found;
}

/** The element's prefix with its colon ("x:"), or "" for the default namespace. */
export function prefixOf(tag: XmlTag): string {
  return tag.prefix ? `${tag.prefix}:` : "";
}

/**
 * An opening tag with one attribute set (added before the closing `>` or `/>` when absent).
 * `openTag` is the tag's text from `<` to `>`.
 */
export function withAttribute(openTag: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*=\\s*)("[^"]*"|'[^']*')`);
  if (re.test(openTag)) return openTag.replace(re, `$1"${value}"`);
  const close = openTag.endsWith("/>") ? openTag.length - 2 : openTag.length - 1;
  return `${openTag.slice(0, close).replace(/\s+$/, "")} ${name}="${value}"${openTag.slice(close)}`;
}
