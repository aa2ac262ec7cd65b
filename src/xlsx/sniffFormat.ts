/**
 * What a file is, from its first bytes, before ExcelJS sees it: a password-protected .xlsx
 * (and an old .xls) is an OLE compound file, not a zip, and deserves its own message.
 */
export type SniffedFormat = "zip" | "ole" | "other";

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04] as const;

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  if (bytes.length < magic.length) return false;
  return magic.every((b, i) => bytes[i] === b);
}

export function sniffFormat(bytes: Uint8Array): SniffedFormat {
  if (startsWith(bytes, OLE_MAGIC)) return "ole";
  if (startsWith(bytes, ZIP_MAGIC)) return "zip";
  return "other";
}

/** A view of the data as bytes, without copying. */
export function asBytes(data: ArrayBuffer | Uint8Array): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}
