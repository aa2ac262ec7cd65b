import JSZip from "jszip";

/**
 * The text of a .docx read back from its word/document.xml (through jszip, already a dependency
 * of ExcelJS): one line per paragraph, table cells separated by " | ". Enough to find figures.
 */
export async function docxText(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file("word/document.xml")?.async("string");
  if (xml === undefined) throw new Error("no word/document.xml in the package");
  return xml
    .replace(/<\/w:p>/g, "\n")
    .replace(/<\/w:tc>/g, " | ")
    .replace(/<w:tab\/>/g, "\t")
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/** The text between one line starting with `from` and the next line starting with any of `to`. */
export function section(text: string, from: string, to: readonly string[]): string {
  const lines = text.split("\n");
  const start = lines.findIndex((l) => l.startsWith(from));
  if (start < 0) throw new Error(`no section ${from}`);
  const end = lines.findIndex((l, i) => i > start && to.some((t) => l.startsWith(t)));
  return lines.slice(start + 1, end < 0 ? undefined : end).join("\n");
}
