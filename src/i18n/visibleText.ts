/**
 * Text from a file (file, sheet and cell names) is data, never layout: characters that drive a
 * terminal or reorder what is shown are made visible as `\uXXXX`. One sanitiser for every
 * printing path: the command line's lines and the values the pane and checker quote.
 *
 * Shown: C0 controls (ESC, BEL, CR …), DEL, C1 controls (CSI U+009B, NEL …), the line and
 * paragraph separators, and the bidi controls — marks U+200E/F and U+061C, embeddings and
 * overrides U+202A–202E, isolates U+2066–2069 — which could make “01” read as “10”.
 */
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** The same set, keeping the line feed: for whole outputs whose lines are ours. */
const HIDDEN_BUT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const escape = (ch: string): string => `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;

/** One line of text with every hidden character shown as `\uXXXX` (a line feed too). */
export function visibleText(text: string): string {
  return text.replace(HIDDEN, escape);
}

/**
 * Output of several lines: each line made visible, the line feeds between them kept. The result
 * only adds ASCII, so it is still the same JSON document when the text was one (`\uXXXX` is
 * JSON's own escape inside a string, and these characters cannot occur outside one).
 */
export function visibleLines(text: string): string {
  return text.replace(HIDDEN_BUT_NEWLINE, escape);
}

/** Quoted values are cut to this many characters (an ellipsis ends a cut one). */
export const QUOTE_MAX = 40;

/**
 * A value quoted from a cell or a sheet name, as a message shows it: visible and short, so a long
 * cell cannot imitate the message around it. Cut by code points (a surrogate pair stays whole),
 * then made visible (an escape is never cut in half).
 */
export function quotedValue(text: string, max: number = QUOTE_MAX): string {
  const points = [...text];
  return visibleText(points.length > max ? `${points.slice(0, max - 1).join("")}…` : text);
}
