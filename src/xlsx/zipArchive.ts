import { Inflate, Zip, ZipDeflate, type ZipInputFile } from "fflate";

/**
 * The zip layer of an .xlsx package, over fflate: the entries as the central directory lists them,
 * inflating one entry with a cap (stopping as soon as it is passed), and writing a package again
 * with every entry it does not replace copied as its original compressed bytes.
 *
 * fflate inflates and deflates; it does not list where an entry's compressed bytes are, so the
 * central directory is read here (APPNOTE 4.3.12–4.3.16, with the Zip64 extra field).
 */

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly crc: number;
  readonly compressedSize: number;
  /** As declared by the central directory; inflating never goes past it. */
  readonly size: number;
  readonly dosTime: number;
  readonly dosDate: number;
  /** Offset of the compressed data in the archive. */
  readonly dataOffset: number;
}

/** Why a zip cannot be read: not a zip at all, or damaged / beyond a cap. */
export class ZipError extends Error {
  constructor(
    message: string,
    readonly kind: "notZip" | "corrupt" | "tooLarge" | "encrypted",
  ) {
    super(message);
    this.name = "ZipError";
  }
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_COMMENT = 0xffff;
const U32 = 0xffffffff;

function u16(b: Uint8Array, at: number): number {
  return b[at] | (b[at + 1] << 8);
}

function u32(b: Uint8Array, at: number): number {
  return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;
}

function u64(b: Uint8Array, at: number): number {
  return u32(b, at) + u32(b, at + 4) * 0x1_0000_0000;
}

function need(b: Uint8Array, at: number, length: number): void {
  if (at < 0 || at + length > b.length) throw new ZipError("the zip directory points past the end of the file", "corrupt");
}

const utf8 = new TextDecoder("utf-8");

/** The entries of a zip archive, by the central directory. Throws ZipError. */
export function listEntries(b: Uint8Array): ZipEntry[] {
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - MAX_COMMENT); i--) {
    if (u32(b, i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipError("no zip central directory (the file is cut short or not a zip)", "corrupt");
  let count = u16(b, eocd + 10);
  let offset = u32(b, eocd + 16);
  if ((count === 0xffff || offset === U32) && eocd >= 20 && u32(b, eocd - 20) === ZIP64_LOCATOR) {
    const at = u64(b, eocd - 12);
    need(b, at, 56);
    if (u32(b, at) !== ZIP64_EOCD) throw new ZipError("damaged Zip64 directory", "corrupt");
    count = u64(b, at + 32);
    offset = u64(b, at + 48);
  }
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let n = 0; n < count; n++) {
    need(b, p, 46);
    if (u32(b, p) !== CENTRAL) throw new ZipError("damaged zip central directory", "corrupt");
    const nameLength = u16(b, p + 28);
    const extraLength = u16(b, p + 30);
    const commentLength = u16(b, p + 32);
    need(b, p + 46, nameLength + extraLength + commentLength);
    let size = u32(b, p + 24);
    let compressedSize = u32(b, p + 20);
    let local = u32(b, p + 42);
    const extra = b.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength);
    for (let e = 0; e + 4 <= extra.length; e += 4 + u16(extra, e + 2)) {
      if (u16(extra, e) !== 0x0001) continue;
      let f = e + 4;
      if (size === U32 && f + 8 <= extra.length) {
        size = u64(extra, f);
        f += 8;
      }
      if (compressedSize === U32 && f + 8 <= extra.length) {
        compressedSize = u64(extra, f);
        f += 8;
      }
      if (local === U32 && f + 8 <= extra.length) local = u64(extra, f);
    }
    need(b, local, 30);
    if (u32(b, local) !== LOCAL) throw new ZipError("damaged zip entry header", "corrupt");
    const dataOffset = local + 30 + u16(b, local + 26) + u16(b, local + 28);
    need(b, dataOffset, compressedSize);
    entries.push({
      name: utf8.decode(b.subarray(p + 46, p + 46 + nameLength)),
      flags: u16(b, p + 8),
      method: u16(b, p + 10),
      dosTime: u16(b, p + 12),
      dosDate: u16(b, p + 14),
      crc: u32(b, p + 16),
      compressedSize,
      size,
      dataOffset,
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 0)} MB`;
}

/** Refuses an encrypted entry, or one whose declared size is past the cap, before inflating it. */
export function checkDeclaredSize(entry: ZipEntry, cap: number): void {
  if (entry.flags & 1) throw new ZipError(`${entry.name} is encrypted`, "encrypted");
  if (entry.size > cap) {
    throw new ZipError(`${entry.name} would inflate to ${megabytes(entry.size)}, more than the ${megabytes(cap)} allowed`, "tooLarge");
  }
}

/**
 * Raw DEFLATE data inflated in one call to at most `size` bytes: it throws as soon as the output
 * would pass `size`. Node's CLI passes zlib's (native: ~8× faster than fflate's streaming inflater
 * on a workbook's parts); without one, fflate's streaming inflater is used (the browser).
 */
export type RawInflater = (data: Uint8Array, size: number) => Uint8Array;

/** Compressed bytes go to the inflater in slices this big, so a bomb overshoots a cap by little. */
const SLICE = 4 * 1024;

/**
 * Inflates one entry chunk by chunk into `sink`, refusing before the first byte when the declared
 * size is past `cap` and stopping as soon as the output passes the declared size (a lying header).
 */
export function inflateEntry(
  b: Uint8Array,
  entry: ZipEntry,
  cap: number,
  sink: (chunk: Uint8Array) => void,
  inflateRaw?: RawInflater,
): void {
  checkDeclaredSize(entry, cap);
  const data = b.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) throw new ZipError(`${entry.name}: stored sizes disagree`, "corrupt");
    sink(data);
    return;
  }
  if (entry.method !== 8) throw new ZipError(`${entry.name}: unsupported compression method ${entry.method}`, "corrupt");
  if (inflateRaw) {
    let out: Uint8Array;
    try {
      out = inflateRaw(data, entry.size);
    } catch (e) {
      throw new ZipError(`${entry.name}: ${e instanceof Error ? e.message : String(e)}`, "corrupt");
    }
    if (out.length !== entry.size) throw new ZipError(`${entry.name} inflates to ${out.length} bytes, not the declared ${entry.size}`, "corrupt");
    sink(out);
    return;
  }
  let total = 0;
  // What the sink throws (the XML parser's errors, the reader's) passes through as it is.
  let sinkError: { error: unknown } | undefined;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > entry.size) throw new ZipError(`${entry.name} inflates past its declared ${entry.size} bytes`, "corrupt");
    try {
      sink(chunk);
    } catch (error) {
      sinkError = { error };
      throw error;
    }
  });
  try {
    for (let at = 0; at < data.length; at += SLICE) {
      const end = Math.min(at + SLICE, data.length);
      inflater.push(data.subarray(at, end), end === data.length);
    }
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (e) {
    if (sinkError) throw sinkError.error;
    if (e instanceof ZipError) throw e;
    throw new ZipError(`${entry.name}: ${e instanceof Error ? e.message : String(e)}`, "corrupt");
  }
  if (total !== entry.size) throw new ZipError(`${entry.name} inflates to ${total} bytes, not the declared ${entry.size}`, "corrupt");
}

/** One entry's bytes, inflated with a cap. */
export function entryBytes(b: Uint8Array, entry: ZipEntry, cap: number, inflateRaw?: RawInflater): Uint8Array {
  let out: Uint8Array = new Uint8Array(0);
  let at = 0;
  inflateEntry(
    b,
    entry,
    cap,
    (chunk) => {
      // One chunk of the whole entry (stored, or inflated in one call): no copy.
      if (at === 0 && chunk.length === entry.size) out = chunk;
      else {
        if (out.length === 0) out = new Uint8Array(entry.size);
        out.set(chunk, at);
      }
      at += chunk.length;
    },
    inflateRaw,
  );
  return out;
}

/** An entry's date and time as a local Date, which fflate writes back as the same DOS fields. */
function entryDate(e: ZipEntry): Date {
  const day = e.dosDate;
  const time = e.dosTime;
  return new Date(1980 + (day >> 9), ((day >> 5) & 15) - 1, day & 31, time >> 11, (time >> 5) & 63, (time & 31) * 2);
}

/** An original entry handed to fflate's Zip as it is: its compressed bytes, CRC and sizes. */
function rawFile(b: Uint8Array, e: ZipEntry): ZipInputFile & { ondata: NonNullable<ZipInputFile["ondata"]> } {
  const file = {
    filename: e.name,
    size: e.size,
    crc: e.crc,
    compression: e.method,
    mtime: entryDate(e),
    ondata: (() => undefined) as NonNullable<ZipInputFile["ondata"]>,
  };
  return file;
}

/**
 * The archive again, in the original order: entries in `replaced` are deflated anew from the given
 * bytes (or left out when null), every other entry keeps its original compressed bytes, CRC and
 * sizes. New entries (names not in the archive) come last.
 */
export function rewriteArchive(
  b: Uint8Array,
  entries: readonly ZipEntry[],
  replaced: ReadonlyMap<string, Uint8Array | null>,
): Uint8Array {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((err, chunk) => {
    if (err) failure = err;
    else chunks.push(chunk);
  });
  const deflated = (name: string, data: Uint8Array): void => {
    const file = new ZipDeflate(name, { level: 6 });
    zip.add(file);
    file.push(data, true);
  };
  const seen = new Set<string>();
  for (const e of entries) {
    seen.add(e.name);
    if (replaced.has(e.name)) {
      const data = replaced.get(e.name);
      if (data) deflated(e.name, data);
      continue;
    }
    const file = rawFile(b, e);
    zip.add(file);
    // fflate's handler type wants an ArrayBuffer-backed array; the view is one at run time.
    file.ondata(null, b.subarray(e.dataOffset, e.dataOffset + e.compressedSize) as Uint8Array<ArrayBuffer>, true);
  }
  for (const [name, data] of replaced) if (!seen.has(name) && data) deflated(name, data);
  zip.end();
  if (failure) throw failure;
  return concatBytes(chunks);
}

/** The chunks a streaming zip writer emitted, as one array. */
export function concatBytes(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
