import { randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { MAX_FILE_MB, type FileError } from "./report";

/** The file system side of the command line: reading inputs, writing outputs atomically. */

export type ReadInput = { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly error: FileError };

function reasonText(e: unknown): string {
  if (e && typeof e === "object" && "code" in e && typeof e.code === "string") return e.code;
  return e instanceof Error ? e.message : String(e);
}

/** A folder stands for the .xlsx files in it (not its subfolders; Excel's ~$ lock files left out). */
export async function expandInputs(inputs: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const stat = await fs.stat(input).catch(() => undefined);
    if (!stat?.isDirectory()) {
      files.push(input);
      continue;
    }
    const names = (await fs.readdir(input)).filter((n) => /\.xlsx$/i.test(n) && !n.startsWith("~$")).sort();
    // An empty folder stays in the list, so it is reported rather than silently skipped.
    if (names.length === 0) files.push(input);
    else files.push(...names.map((n) => path.join(input, n)));
  }
  return files;
}

export async function readInput(file: string): Promise<ReadInput> {
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) return { ok: false, error: { reason: "io", detail: "EISDIR" } };
    if (stat.size > MAX_FILE_MB * 1024 * 1024) {
      return { ok: false, error: { reason: "tooLarge", detail: (stat.size / 1024 / 1024).toFixed(1) } };
    }
    return { ok: true, bytes: new Uint8Array(await fs.readFile(file)) };
  } catch (e) {
    return { ok: false, error: { reason: "io", detail: reasonText(e) } };
  }
}

/** Same file on disk (symlinks and relative paths resolved where the file exists). */
export async function samePath(a: string, b: string): Promise<boolean> {
  const real = async (p: string) => fs.realpath(p).catch(() => path.resolve(p));
  const [x, y] = await Promise.all([real(a), real(b)]);
  return process.platform === "win32" || process.platform === "darwin" ? x.toLowerCase() === y.toLowerCase() : x === y;
}

export async function exists(file: string): Promise<boolean> {
  return fs.stat(file).then(
    () => true,
    () => false,
  );
}

/**
 * Writes the whole file or nothing: bytes go to a temporary file in the same folder, which then
 * replaces the target in one rename. On any failure the temporary file is removed.
 */
export async function writeAtomic(target: string, bytes: Uint8Array): Promise<void> {
  const dir = path.dirname(path.resolve(target));
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    const handle = await fs.open(temp, "wx");
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, target);
  } catch (e) {
    await fs.rm(temp, { force: true });
    throw e;
  }
}

export { reasonText as errorText };
