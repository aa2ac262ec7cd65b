import { SaxesParser, type SaxesTagNS } from "saxes";

/**
 * Streaming, namespace-aware XML over saxes: elements are matched by namespace and local name, so
 * `<x:worksheet xmlns:x="…main">` reads like `<worksheet xmlns="…main">`. Character offsets of each
 * element (start of `<`, end after `>`) are given for the patcher, which edits the text in place.
 */

export type XmlTag = SaxesTagNS;

export interface XmlHandlers {
  /** An element opened; `start` is the offset of its `<`, `end` the offset just after its `>`. */
  open?(tag: XmlTag, start: number, end: number): void;
  /** An element closed; `end` is the offset just after its closing `>` (or `/>`). */
  close?(tag: XmlTag, end: number): void;
  text?(text: string): void;
}

/** SpreadsheetML's main namespace, transitional and strict. */
export const SML = new Set([
  "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  "http://purl.oclc.org/ooxml/spreadsheetml/main",
]);
/** The namespace of r:id attributes, transitional and strict. */
export const OFFICE_RELS = new Set([
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  "http://purl.oclc.org/ooxml/officeDocument/relationships",
]);
export const PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
export const CONTENT_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types";

/** Is this element SpreadsheetML's `local`? */
export function isSml(tag: XmlTag, local: string): boolean {
  return tag.local === local && SML.has(tag.uri);
}

/** An attribute without a namespace (`r`, `t`, `s`, `ref`), or the one in `uris`. */
export function attr(tag: XmlTag, local: string, uris?: ReadonlySet<string>): string | undefined {
  if (!uris) {
    const a = tag.attributes[local];
    return a && a.uri === "" ? a.value : undefined;
  }
  for (const key in tag.attributes) {
    const a = tag.attributes[key];
    if (a.local === local && uris.has(a.uri)) return a.value;
  }
  return undefined;
}

/** A streaming parse: feed text with write(), then end(). Throws on XML that is not well-formed. */
export class XmlStream {
  private readonly parser = new SaxesParser({ xmlns: true, position: true });

  constructor(h: XmlHandlers) {
    const p = this.parser;
    p.on("error", (e) => {
      throw e;
    });
    if (h.open) {
      const open = h.open;
      let start = 0;
      // saxes reports the position just past the name and the character after it.
      p.on("opentagstart", (tag) => {
        start = p.position - tag.name.length - 2;
      });
      p.on("opentag", (tag) => open(tag as XmlTag, start, p.position));
    }
    if (h.close) {
      const close = h.close;
      p.on("closetag", (tag) => close(tag as XmlTag, p.position));
    }
    if (h.text) {
      p.on("text", h.text);
      p.on("cdata", h.text);
    }
  }

  write(text: string): void {
    this.parser.write(text);
  }

  end(): void {
    this.parser.close();
  }
}

/** Decodes a part's bytes chunk by chunk: UTF-8, or UTF-16 when it starts with a byte-order mark. */
export class PartDecoder {
  private decoder: { decode(input: Uint8Array, options?: { stream?: boolean }): string } | null = null;
  /** The part was UTF-16 (the patcher writes UTF-8 back and must say so in the declaration). */
  utf16 = false;

  decode(chunk: Uint8Array, final = false): string {
    if (!this.decoder) {
      const le = chunk[0] === 0xff && chunk[1] === 0xfe;
      const be = chunk[0] === 0xfe && chunk[1] === 0xff;
      this.utf16 = le || be;
      this.decoder = new TextDecoder(le ? "utf-16le" : be ? "utf-16be" : "utf-8");
    }
    return this.decoder.decode(chunk, { stream: !final });
  }
}

/** Parses a whole part given as chunks (see zipArchive.inflateEntry). */
export function parseChunks(feed: (sink: (chunk: Uint8Array) => void) => void, h: XmlHandlers): void {
  const xml = new XmlStream(h);
  const decoder = new PartDecoder();
  feed((chunk) => xml.write(decoder.decode(chunk)));
  xml.write(decoder.decode(new Uint8Array(0), true));
  xml.end();
}

/** Parses a part held as text. */
export function parseText(text: string, h: XmlHandlers): void {
  const xml = new XmlStream(h);
  xml.write(text);
  xml.end();
}

/** Text with &, < and > escaped (and " in attributes). */
export function escapeXml(text: string, inAttribute = false): string {
  const t = text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return inAttribute ? t.replace(/"/g, "&quot;") : t;
}
