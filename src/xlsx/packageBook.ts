import type { OpcPackage } from "./opcPackage";
import type { SheetEntry, WorkbookModel } from "./workbookPart";
import { rewriteArchive } from "./zipArchive";

/**
 * A workbook read from a file, kept as its original package: the parts jixiao changed are held as
 * text, every other part stays the original compressed bytes until it is written again.
 */
export class PackageBook {
  /** Changed parts by their name in the zip; null when a part is removed. */
  private readonly changed = new Map<string, string | null>();
  /** Parts that were UTF-16 and are written back as UTF-8. */
  private readonly wasUtf16 = new Set<string>();

  constructor(
    readonly pkg: OpcPackage,
    private current: WorkbookModel,
  ) {}

  /** The workbook's sheets and parts, including sheets jixiao added (addWorksheet). */
  get model(): WorkbookModel {
    return this.current;
  }

  /** Records a sheet added to the package (its parts are set by the caller). */
  sheetAdded(sheet: SheetEntry): void {
    this.current = { ...this.current, sheets: [...this.current.sheets, sheet] };
  }

  /** A part's current text (with jixiao's changes), undefined when it is not in the package. */
  text(part: string): string | undefined {
    if (this.changed.has(part)) return this.changed.get(part) ?? undefined;
    if (!this.pkg.has(part)) return undefined;
    const { text, utf16 } = this.pkg.text(part);
    if (utf16) this.wasUtf16.add(part);
    return text;
  }

  /** Is the part in the package (with jixiao's changes)? Inflates nothing. */
  has(part: string): boolean {
    if (this.changed.has(part)) return this.changed.get(part) !== null;
    return this.pkg.has(part);
  }

  setText(part: string, text: string): void {
    this.changed.set(part, text);
  }

  remove(part: string): void {
    this.changed.set(part, null);
  }

  isChanged(): boolean {
    return this.changed.size > 0;
  }

  /** The package as bytes: changed parts deflated anew, the others as they were. */
  bytes(): Uint8Array {
    if (!this.isChanged()) return this.pkg.bytes.slice();
    const encoder = new TextEncoder();
    const replaced = new Map<string, Uint8Array | null>();
    for (const [part, text] of this.changed) {
      const name = this.pkg.entry(part)?.name ?? part;
      const body = text !== null && this.wasUtf16.has(part) ? text.replace(/(<\?xml[^>]*encoding=["'])UTF-16(["'])/i, "$1UTF-8$2") : text;
      replaced.set(name, body === null ? null : encoder.encode(body));
    }
    return rewriteArchive(this.pkg.bytes, this.pkg.entries, replaced);
  }
}

export function packageBytes(book: PackageBook): Uint8Array {
  return book.bytes();
}
