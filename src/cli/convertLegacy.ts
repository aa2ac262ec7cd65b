import { execFile } from "node:child_process";
import { accessSync, constants as fsConstants, promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import { readInput } from "./files";
import { MAX_FILE_MB } from "./report";

/**
 * .xls, WPS .et, .ods and .csv submissions, checked through a copy that LibreOffice converts to
 * .xlsx. No parser of our own and no unmaintained one: where `soffice` is not on the PATH the file
 * is listed as unreadable with the fix (另存为 .xlsx). The conversion runs in a private temporary
 * folder (mkdtemp, mode 0700) with its own LibreOffice profile, and the folder is removed afterwards.
 */

/** The LibreOffice executable on the PATH, or undefined. */
export function findSoffice(envPath: string | undefined = process.env.PATH): string | undefined {
  const names = process.platform === "win32" ? ["soffice.exe", "soffice.com"] : ["soffice", "libreoffice"];
  for (const dir of (envPath ?? "").split(path.delimiter)) {
    if (!dir) continue;
    for (const name of names) {
      const candidate = path.join(dir, name);
      try {
        accessSync(candidate, fsConstants.X_OK);
        return candidate;
      } catch {
        // not here
      }
    }
  }
  return undefined;
}

export type ConvertOutcome = { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly detail: string };

/** A slow first start (a new profile) takes ~10 s on a busy machine; a stuck conversion is stopped. */
const CONVERT_TIMEOUT_MS = 120_000;

/**
 * CSV import: comma, double quotes, UTF-8 (76), from line 1, default column formats, default
 * language, quoted fields not forced to text, special numbers detected; token 13 = false: formulas
 * in the CSV are not evaluated (a submission's text stays data).
 */
const CSV_FILTER = "CSV:44,34,76,1,,0,false,true,false,false,false,-1,false";

/**
 * The import filter is named, never guessed: LibreOffice would otherwise open an unreadable
 * .xls (a damaged or password-protected file) as text and "convert" it. A WPS .et is an Excel 97
 * file inside.
 */
function importFor(extension: string): { readonly name: string; readonly filter: string } {
  const ext = extension.toLowerCase();
  if (ext === ".csv") return { name: "input.csv", filter: CSV_FILTER };
  if (ext === ".ods") return { name: "input.ods", filter: "calc8" };
  return { name: "input.xls", filter: "MS Excel 97" };
}

function run(file: string, args: readonly string[]): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile(file, [...args], { timeout: CONVERT_TIMEOUT_MS, maxBuffer: 1024 * 1024 }, (error, _stdout, stderr) => {
      resolve(error ? (String(stderr).trim().split("\n").pop() ?? error.message) || error.message : undefined);
    });
  });
}

/** Converts `bytes` (a file with the given extension) to .xlsx with LibreOffice. */
export async function convertToXlsx(bytes: Uint8Array, extension: string, soffice: string): Promise<ConvertOutcome> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "jixiao-convert-"));
  try {
    await fs.chmod(dir, 0o700);
    const { name, filter } = importFor(extension);
    const input = path.join(dir, name);
    const outDir = path.join(dir, "out");
    await fs.writeFile(input, bytes, { mode: 0o600, flag: "wx" });
    const failure = await run(soffice, [
      "--headless",
      "--norestore",
      "--nolockcheck",
      `-env:UserInstallation=${pathToFileURL(path.join(dir, "profile")).href}`,
      `--infilter=${filter}`,
      "--convert-to",
      "xlsx",
      "--outdir",
      outDir,
      input,
    ]);
    const converted = readInput(path.join(outDir, "input.xlsx"), MAX_FILE_MB * 1024 * 1024);
    if (converted.ok) return { ok: true, bytes: converted.bytes };
    return { ok: false, detail: failure ?? "LibreOffice wrote no .xlsx" };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
