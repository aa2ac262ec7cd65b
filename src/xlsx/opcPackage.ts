import { MAX_PACKAGE_BYTES, MAX_PART_BYTES } from "./limits";
import { attr, CONTENT_TYPES, PACKAGE_RELS, parseChunks, PartDecoder, type XmlHandlers } from "./xmlStream";
import { checkDeclaredSize, entryBytes, inflateEntry, listEntries, megabytes, ZipError, type RawInflater, type ZipEntry } from "./zipArchive";

/**
 * An .xlsx file as an Open Packaging Conventions package: parts by name (case-insensitive, as OPC
 * says), their relationships, and [Content_Types].xml. Parts are inflated only when asked for, each
 * under MAX_PART_BYTES and all together under MAX_PACKAGE_BYTES.
 */

export interface Relationship {
  readonly id: string;
  /** The type's last segment ("worksheet", "officeDocument"), the same in transitional and strict. */
  readonly kind: string;
  /** The target part's name without a leading "/", or null for an external target. */
  readonly part: string | null;
}

export class OpcPackage {
  readonly entries: readonly ZipEntry[];
  private readonly byName = new Map<string, ZipEntry>();
  private inflated = 0;
  private readonly counted = new Set<string>();

  /** `inflateRaw`: a faster inflater where the host has one (Node's zlib in the CLI). */
  constructor(
    readonly bytes: Uint8Array,
    private readonly inflateRaw?: RawInflater,
  ) {
    this.entries = listEntries(bytes);
    for (const e of this.entries) {
      const key = e.name.toLowerCase();
      if (this.byName.has(key)) throw new ZipError(`the zip holds ${e.name} twice`, "corrupt");
      this.byName.set(key, e);
    }
  }

  entry(part: string): ZipEntry | undefined {
    return this.byName.get(part.replace(/^\//, "").toLowerCase());
  }

  has(part: string): boolean {
    return this.entry(part) !== undefined;
  }

  private checked(part: string): ZipEntry {
    const e = this.entry(part);
    if (!e) throw new ZipError(`${part} is missing from the package`, "corrupt");
    if (this.counted.has(e.name)) return e;
    checkDeclaredSize(e, MAX_PART_BYTES);
    if (this.inflated + e.size > MAX_PACKAGE_BYTES) {
      throw new ZipError(`the parts to read would inflate to more than the ${megabytes(MAX_PACKAGE_BYTES)} allowed`, "tooLarge");
    }
    this.inflated += e.size;
    this.counted.add(e.name);
    return e;
  }

  /** Streams a part through an XML parse. */
  parse(part: string, h: XmlHandlers): void {
    const e = this.checked(part);
    parseChunks((sink) => inflateEntry(this.bytes, e, MAX_PART_BYTES, sink, this.inflateRaw), h);
  }

  /** A part as text (for the parts the patcher edits). */
  text(part: string): { text: string; utf16: boolean } {
    const e = this.checked(part);
    const decoder = new PartDecoder();
    const text = decoder.decode(entryBytes(this.bytes, e, MAX_PART_BYTES, this.inflateRaw), true);
    return { text, utf16: decoder.utf16 };
  }

  /** The relationships of a part (from its _rels/<name>.rels), none when there are none. */
  relationships(source: string): Relationship[] {
    const folder = folderOf(source);
    const relsPart = relationshipsPartOf(source);
    if (!this.has(relsPart)) return [];
    const rels: Relationship[] = [];
    this.parse(relsPart, {
      open: (tag) => {
        if (tag.local !== "Relationship" || tag.uri !== PACKAGE_RELS) return;
        const type = attr(tag, "Type") ?? "";
        const target = attr(tag, "Target") ?? "";
        const external = attr(tag, "TargetMode") === "External";
        rels.push({
          id: attr(tag, "Id") ?? "",
          kind: type.slice(type.lastIndexOf("/") + 1),
          part: external ? null : resolvePart(folder, target),
        });
      },
    });
    return rels;
  }

  /** Content types: the overrides by part name, and the defaults by extension. */
  contentTypes(): { overrides: Map<string, string>; defaults: Map<string, string> } {
    const overrides = new Map<string, string>();
    const defaults = new Map<string, string>();
    if (!this.has("[Content_Types].xml")) return { overrides, defaults };
    this.parse("[Content_Types].xml", {
      open: (tag) => {
        if (tag.uri !== CONTENT_TYPES) return;
        const type = attr(tag, "ContentType") ?? "";
        if (tag.local === "Override") overrides.set((attr(tag, "PartName") ?? "").replace(/^\//, "").toLowerCase(), type);
        if (tag.local === "Default") defaults.set((attr(tag, "Extension") ?? "").toLowerCase(), type);
      },
    });
    return { overrides, defaults };
  }
}

/** The folder of a part, with its trailing "/" ("" at the package's root). */
export function folderOf(part: string): string {
  return part.slice(0, part.lastIndexOf("/") + 1);
}

/** Where a part's relationships are: `<folder>_rels/<name>.rels` (OPC §9.3). */
export function relationshipsPartOf(part: string): string {
  const folder = folderOf(part);
  return `${folder}_rels/${part.slice(folder.length)}.rels`;
}

/** A relationship's target as a part name: relative to the source's folder unless it starts with "/". */
export function resolvePart(folder: string, target: string): string {
  let t = target;
  try {
    t = decodeURIComponent(target);
  } catch {
    // A stray "%" is a literal character of the name.
  }
  const path = t.startsWith("/") ? t.slice(1) : folder + t;
  const out: string[] = [];
  for (const seg of path.split("/")) {
    if (seg === "..") out.pop();
    else if (seg !== "." && seg !== "") out.push(seg);
  }
  return out.join("/");
}
