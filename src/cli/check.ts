import type { CommandOf } from "./args";
import type { RuleProfile } from "../domain/profiles";
import { checkWorkbook } from "../layout/checkWorkbook";
import { readGrids } from "../xlsx/readGrids";
import { cliText } from "./cliText";
import { errorText, expandInputs, readInput } from "./files";
import type { Io } from "./io";
import { exitCodeOf, fileErrorMessage, jsonReport, textReport, type FileOutcome } from "./report";

/** Batches bigger than this get a progress line per file on stderr. */
const PROGRESS_ABOVE = 5;

/** Reads and checks one file; never throws (an unreadable file is an outcome). */
export async function checkFile(file: string, profile: RuleProfile): Promise<FileOutcome> {
  const input = await readInput(file);
  if (!input.ok) return { file, ok: false, error: input.error };
  const read = await readGrids(input.bytes);
  if (!read.ok) return { file, ok: false, error: { reason: read.reason, detail: read.detail } };
  try {
    const check = checkWorkbook(read.grids, profile);
    const hiddenSheets = new Map<string, "hidden" | "veryHidden">();
    for (const g of read.grids) if (g.visibility === "hidden" || g.visibility === "veryHidden") hiddenSheets.set(g.sheetName, g.visibility);
    return { file, ok: true, sheetNames: read.grids.map((g) => g.sheetName), check, truncated: read.truncated, hiddenSheets };
  } catch (e) {
    // A bug of ours on one file must not stop the batch.
    return { file, ok: false, error: { reason: "internal", detail: errorText(e) } };
  }
}

export async function runCheck(
  cmd: CommandOf<"check">,
  io: Io,
): Promise<number> {
  const files = await expandInputs(cmd.inputs);
  const outcomes: FileOutcome[] = [];
  for (const [i, file] of files.entries()) {
    if (files.length > PROGRESS_ABOVE) {
      io.err(`${cliText(cmd.lang, "progress", { index: i + 1, total: files.length, file })}\n`);
    }
    const outcome = await checkFile(file, cmd.profile);
    if (!outcome.ok && cmd.json) io.err(`jixiao: ${file}: ${fileErrorMessage(outcome.error, cmd.lang)}\n`);
    outcomes.push(outcome);
  }
  io.out(cmd.json ? `${JSON.stringify(jsonReport(outcomes, cmd.lang), null, 2)}\n` : textReport(outcomes, cmd.lang));
  return exitCodeOf(outcomes);
}
