/**
 * The one place text is looked up. Catalogues are records typed over their key unions
 * (a missing entry fails tsc); `{name}` placeholders are filled from params.
 */
export type Lang = "zh-CN" | "en";

export type Params = Readonly<Record<string, string | number>>;

export function interpolate(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** A message cut at its placeholders: the catalogue's own words, and the values put into them. */
export type MessagePart =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "value"; readonly name: string; readonly value: string };

/**
 * interpolate() as parts, for a screen that shows the values apart from the words (isolated, in a
 * style of their own). Joining the parts' text and values gives exactly interpolate()'s string.
 */
export function interpolateParts(template: string, params: Params = {}): MessagePart[] {
  const parts: MessagePart[] = [];
  let text = "";
  let last = 0;
  for (const m of template.matchAll(/\{(\w+)\}/g)) {
    const name = m[1];
    text += template.slice(last, m.index);
    last = m.index + m[0].length;
    if (!Object.prototype.hasOwnProperty.call(params, name)) {
      text += m[0];
      continue;
    }
    if (text) parts.push({ kind: "text", text });
    text = "";
    parts.push({ kind: "value", name, value: String(params[name]) });
  }
  text += template.slice(last);
  if (text) parts.push({ kind: "text", text });
  return parts;
}

/** The parts joined back into the one string (what interpolate() gives). */
export function joinParts(parts: readonly MessagePart[]): string {
  return parts.map((p) => (p.kind === "text" ? p.text : p.value)).join("");
}
