import { SaxesParser, type SaxesTagPlain } from "saxes";

/**
 * Streaming, namespace-aware XML over saxes: elements are matched by namespace and local name, so
 * `<x:worksheet xmlns:x="…main">` reads like `<worksheet xmlns="…main">`. Character offsets of each
 * element (start of `<`, end after `>`) are given for the patcher, which edits the text in place.
 *
 * saxes runs in its plain mode and the namespaces are resolved here: its namespace mode builds an
 * object for every attribute of every cell, which cost a fifth of reading a workbook. A package
 * declares its namespaces on the root element, so a scope is copied only where a declaration is.
 */

export interface XmlTag {
  /** The name as written ("x:c", "c"). */
  readonly name: string;
  readonly prefix: string;
  readonly local: string;
  /** The element's namespace ("" when none). */
  readonly uri: string;
  /** Attributes by their name as written ("r", "r:id", "xmlns:x"). */
  readonly attributes: Readonly<Record<string, string>>;
  /** The namespaces in scope at this element, by prefix ("" for the default). */
  readonly scope: ReadonlyMap<string, string>;
  /** Written as `<x/>`. */
  readonly isSelfClosing: boolean;
}

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
export const PACKAGE_RELS =
  "http://schemas.openxmlformats.org/package/2006/relationships";
export const CONTENT_TYPES =
  "http://schemas.openxmlformats.org/package/2006/content-types";
const XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";

/** Is this element SpreadsheetML's `local`? */
export function isSml(tag: XmlTag, local: string): boolean {
  return tag.local === local && SML.has(tag.uri);
}

/** An attribute without a namespace (`r`, `t`, `s`, `ref`), or the one in `uris`. */
export function attr(tag: XmlTag, local: string, uris?: ReadonlySet<string>): string | undefined {
  if (!uris) return tag.attributes[local];
  const key = namespacedKey(tag, local, uris);
  return key === undefined ? undefined : tag.attributes[key];
}

/** The namespace of the attribute `local` whose namespace is one of `uris` (which of them a producer wrote). */
export function attrNamespace(tag: XmlTag, local: string, uris: ReadonlySet<string>): string | undefined {
  const key = namespacedKey(tag, local, uris);
  return key === undefined ? undefined : tag.scope.get(key.slice(0, key.indexOf(":")));
}

function namespacedKey(tag: XmlTag, local: string, uris: ReadonlySet<string>): string | undefined {
  for (const key in tag.attributes) {
    const colon = key.indexOf(":");
    if (colon < 0 || key.slice(colon + 1) !== local) continue;
    const uri = tag.scope.get(key.slice(0, colon));
    if (uri !== undefined && uris.has(uri)) return key;
  }
  return undefined;
}

const ROOT_SCOPE: ReadonlyMap<string, string> = new Map([
  ["xml", XML_NAMESPACE],
]);

/** The scope inside an element that declares namespaces: its parent's, plus what it declares. */
function scopeOf(attributes: Readonly<Record<string, string>>, parent: ReadonlyMap<string, string>): ReadonlyMap<string, string> {
  const scope = new Map(parent);
  for (const key in attributes) {
    if (key === "xmlns") scope.set("", attributes[key]);
    else if (key.startsWith("xmlns:")) scope.set(key.slice(6), attributes[key]);
  }
  return scope;
}

export interface XmlStreamOptions {
  /** Give open/close their character offsets (the patcher); reading alone does without. */
  readonly positions?: boolean;
}

/** A streaming parse: feed text with write(), then end(). Throws on XML that is not well-formed. */
export class XmlStream {
  private readonly parser: SaxesParser<{ xmlns: false; position: boolean }>;

  constructor(h: XmlHandlers, options: XmlStreamOptions = {}) {
    const positions = options.positions === true;
    const p = new SaxesParser({ xmlns: false, position: positions });
    this.parser = p;
    p.on("error", (e) => {
      throw e;
    });
    // The open elements' tags: their scopes, and what closetag hands on.
    const open: XmlTag[] = [];
    // Set when the element being opened declares a namespace (seen attribute by attribute, which
    // costs less than going through every element's attributes again).
    let declares = false;
    p.on("attribute", (a) => {
      if (a.name.charCodeAt(0) === 120 && a.name.startsWith("xmlns")) declares = true;
    });
    const toTag = (t: SaxesTagPlain): XmlTag => {
      const parent = open.length > 0 ? open[open.length - 1].scope : ROOT_SCOPE;
      const scope = declares ? scopeOf(t.attributes, parent) : parent;
      declares = false;
      const name = t.name;
      const colon = name.indexOf(":");
      const prefix = colon < 0 ? "" : name.slice(0, colon);
      return {
        name,
        prefix,
        local: colon < 0 ? name : name.slice(colon + 1),
        uri: scope.get(prefix) ?? "",
        attributes: t.attributes,
        scope,
        isSelfClosing: t.isSelfClosing,
      };
    };
    let start = 0;
    if (positions) {
      // saxes reports the position just past the name and the character after it.
      p.on("opentagstart", (tag) => {
        start = p.position - tag.name.length - 2;
      });
    }
    p.on("opentag", (t) => {
      const tag = toTag(t);
      open.push(tag);
      h.open?.(tag, start, positions ? p.position : 0);
    });
    p.on("closetag", () => {
      const tag = open.pop() as XmlTag;
      h.close?.(tag, positions ? p.position : 0);
    });
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
  private decoder: {
    decode(input: Uint8Array, options?: { stream?: boolean }): string;
  } | null = null;
  /** The part was UTF-16 (the patcher writes UTF-8 back and must say so in the declaration). */
  utf16 = false;

  decode(chunk: Uint8Array, final = false): string {
    if (!this.decoder) {
      const le = chunk[0] === 0xff && chunk[1] === 0xfe;
      const be = chunk[0] === 0xfe && chunk[1] === 0xff;
      this.utf16 = le || be;
      this.decoder = new TextDecoder(
        le ? "utf-16le" : be ? "utf-16be" : "utf-8",
      );
    }
    return this.decoder.decode(chunk, { stream: !final });
  }
}

/** Parses a whole part given as chunks (see zipArchive.inflateEntry). */
export function parseChunks(
  feed: (sink: (chunk: Uint8Array) => void) => void,
  h: XmlHandlers,
): void {
  const xml = new XmlStream(h);
  const decoder = new PartDecoder();
  feed((chunk) => xml.write(decoder.decode(chunk)));
  xml.write(decoder.decode(new Uint8Array(0), true));
  xml.end();
}

/** Parses a part held as text. */
export function parseText(text: string, h: XmlHandlers): void {
  const xml = new XmlStream(h, { positions: true });
  xml.write(text);
  xml.end();
}

/** Text with &, < and > escaped (and " in attributes). */
export function escapeXml(text: string, inAttribute = false): string {
  const t = text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
  return inAttribute ? t.replace(/"/g, "&quot;") : t;
}
