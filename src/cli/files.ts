import { promises as fs } from "node:fs";
import * as path from "node:path";
import { MAX_FILE_MB, type FileError } from "./report";

/** The file system side of the command line: reading inputs (outputs: writeOutput.ts). */

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

export { reasonText as errorText };
