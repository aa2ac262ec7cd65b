import { promises as fs, type Dirent } from "node:fs";
import * as path from "node:path";

/**
 * Which files a `jixiao check` command line stands for. A file named on the command line is
 * always listed, whatever its name; a folder stands for the spreadsheets in it and in all its
 * subfolders, .xls/.et/.csv included (they are listed, converted or said to be unreadable —
 * never skipped without a word). Yields one path at a time, so a tree of any size is walked in
 * bounded memory (one folder's listing at a time).
 */

/** What a file's name says it is; the bytes decide later (sniffFormat). */
export type FileFormat = "xlsx" | "legacy" | "csv";

export interface FoundFile {
  readonly file: string;
  readonly format: FileFormat;
}

/** Found in folders: the workbooks a finance bureau receives. Other files (.docx, .pdf …) are not spreadsheets. */
const BY_EXTENSION: Readonly<Record<string, FileFormat>> = {
  ".xlsx": "xlsx",
  ".xlsm": "xlsx",
  ".xls": "legacy",
  ".et": "legacy",
  ".ods": "legacy",
  ".csv": "csv",
};

export function formatOfName(file: string): FileFormat | undefined {
  return BY_EXTENSION[path.extname(file).toLowerCase()];
}

/** Excel's and WPS's lock files (~$name.xlsx, .~name.xlsx) are not submissions. */
function isLockFile(name: string): boolean {
  return name.startsWith("~$") || name.startsWith(".~");
}

const byName = (a: Dirent, b: Dirent) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * Depth first, names in code-point order, files of a folder before its subfolders. Symbolic links
 * to folders are not followed (no loops); a link named like a workbook is listed, and the reader
 * refuses it unless it leads to a regular file.
 */
async function* walk(dir: string): AsyncGenerator<FoundFile> {
  let entries: Dirent[];
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch {
    // An unreadable subfolder is listed as one entry: the reader reports why it cannot be read.
    yield { file: dir, format: "xlsx" };
    return;
  }
  entries.sort(byName);
  for (const e of entries) {
    if (e.isDirectory() || isLockFile(e.name)) continue;
    const format = formatOfName(e.name);
    if (format) yield { file: path.join(dir, e.name), format };
  }
  for (const e of entries) if (e.isDirectory()) yield* walk(path.join(dir, e.name));
}

/** Every file the inputs stand for, in order. An empty folder is listed itself, so it is reported. */
export async function* discoverFiles(inputs: readonly string[]): AsyncGenerator<FoundFile> {
  for (const input of inputs) {
    const stat = await fs.lstat(input).catch(() => undefined);
    if (!stat?.isDirectory()) {
      yield { file: input, format: formatOfName(input) ?? "xlsx" };
      continue;
    }
    let any = false;
    for await (const found of walk(input)) {
      any = true;
      yield found;
    }
    if (!any) yield { file: input, format: "xlsx" };
  }
}
