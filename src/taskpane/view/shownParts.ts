import type { MessagePart } from "../../i18n/translate";
import { QUOTE_MAX, quotedValue, visibleText } from "../../i18n/visibleText";

/**
 * A message ready for the screen: the catalogue's words as they are, and each value quoted into
 * them (a cell's text, a sheet's name, a number) made visible and cut to QUOTE_MAX characters.
 * The component shows a value isolated (`<bdi>`) in a style of its own, so a “\u202E01” weight
 * cannot read as “10”, reorder the words around it, or pass for the message's own text.
 */
export type ShownPart =
  | { readonly kind: "text"; readonly text: string }
  | {
      readonly kind: "value";
      /** What is shown: control and bidi characters as \uXXXX, at most QUOTE_MAX characters. */
      readonly shown: string;
      /** The whole value made visible (a tooltip for a cut one). */
      readonly full: string;
      readonly cut: boolean;
    };

export function shownParts(parts: readonly MessagePart[]): ShownPart[] {
  return parts.map((p): ShownPart => {
    if (p.kind === "text") return p;
    const shown = quotedValue(p.value);
    const full = visibleText(p.value);
    return { kind: "value", shown, full, cut: [...p.value].length > QUOTE_MAX };
  });
}

/** A name from the file (a sheet's, the file's own) as a heading shows it: visible, cut when long. */
export function shownName(name: string, cut = true): string {
  return cut ? quotedValue(name) : visibleText(name);
}
