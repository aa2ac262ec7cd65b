import type { CommandOf } from "./args";
import { checkWorkbook, type WorkbookCheck } from "../layout/checkWorkbook";
import { summaryCellsOf } from "../layout/summarySheet";
import { applyPatches } from "../xlsx/applyPatches";
import { putSummarySheet } from "../xlsx/summarySheetWriter";
import { readGrids } from "../xlsx/readGrids";
import { writeWorkbook } from "../xlsx/workbookHandle";
import { cliText } from "./cliText";
import { errorText, readInput, samePath, writeAtomic } from "./files";
import type { Io } from "./io";
import { fileErrorMessage } from "./report";

/**
 * `jixiao score`: fills the computed cells (执行率, 得分, 总分, 等级) and writes the workbook to the
 * output. The input is never modified unless --in-place, which replaces it in one rename.
 * Exit 0 when written (or nothing to change), 2 when the file cannot be read or written.
 */
export async function runScore(
  cmd: CommandOf<"score">,
  io: Io,
): Promise<number> {
  const { lang } = cmd;
  const fail = (message: string): number => {
    io.err(`jixiao: ${message}\n`);
    return 2;
  };
  if (!cmd.inPlace && (await samePath(cmd.input, cmd.output))) return fail(cliText(lang, "usage.sameFile"));

  const input = await readInput(cmd.input);
  if (!input.ok) return fail(`${cmd.input}: ${fileErrorMessage(input.error, lang)}`);
  const read = await readGrids(input.bytes);
  if (!read.ok) return fail(`${cmd.input}: ${fileErrorMessage({ reason: read.reason, detail: read.detail }, lang)}`);

  let check: WorkbookCheck;
  try {
    check = checkWorkbook(read.grids, cmd.profile);
  } catch (e) {
    return fail(`${cmd.input}: ${fileErrorMessage({ reason: "internal", detail: errorText(e) }, lang)}`);
  }
  const written =
    applyPatches(read.workbook, check.sheets.map((s) => s.patch)) +
    (cmd.summarySheet ? putSummarySheet(read.workbook, summaryCellsOf(check)) : 0);
  const none = cliText(lang, "value.none");
  for (const { result } of check.sheets) {
    io.out(
      `${cliText(lang, "score.sheet", {
        sheet: result.sheetName,
        total: result.total.value ? result.total.value.toFixed(2) : none,
        grade: result.grade.value ?? none,
      })}\n`,
    );
  }

  if (cmd.inPlace && written === 0) {
    // Nothing to change: leave the file's bytes exactly as they are.
    io.out(`${cliText(lang, "score.unchanged", { file: cmd.output })}\n`);
  } else {
    try {
      await writeAtomic(cmd.output, await writeWorkbook(read.workbook));
    } catch (e) {
      return fail(cliText(lang, "write.failed", { file: cmd.output, detail: errorText(e) }));
    }
    io.out(`${cliText(lang, "score.written", { count: written, file: cmd.output })}\n`);
  }
  const errors = check.sheets.reduce(
    (n, s) => n + s.result.diagnostics.filter((d) => d.severity === "error").length,
    check.broken.reduce((n, b) => n + b.diagnostics.filter((d) => d.severity === "error").length, 0),
  );
  if (errors > 0) io.out(`${cliText(lang, "score.errors", { errors, file: cmd.output })}\n`);
  return 0;
}
