import { inflateRawSync } from "node:zlib";
import type { RawInflater } from "../xlsx/zipArchive";

/**
 * Node's native zlib as the reader's inflater: one call per part, never producing more than the
 * part's declared size (zlib stops at maxOutputLength), so a lying header costs no more memory.
 */
export const nodeInflateRaw: RawInflater = (data, size) => {
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, size) });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") throw new Error(`inflates past its declared ${size} bytes`);
    throw e;
  }
};
