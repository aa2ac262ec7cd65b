import type { CommandOf } from "./args";
import { checkWorkbook, type WorkbookCheck } from "../layout/checkWorkbook";
import { summaryCellsOf } from "../layout/summarySheet";
import { applyPatches } from "../xlsx/applyPatches";
import { putSummarySheet } from "../xlsx/summarySheetWriter";
import { readGrids } from "../xlsx/readGrids";
import { nodeInflateRaw } from "./nodeInflate";
import { writeWorkbook } from "../xlsx/workbookHandle";
import { cliText } from "./cliText";
import { errorText, readInput } from "./files";
import type { Io } from "./io";
import { fileErrorMessage } from "./report";
import { outputProblemText, samePath, writeAtomic } from "./writeOutput";
import { hiddenSheets } from "../layout/grid";

/**
 * `jixiao score`: fills the computed cells (执行率, 得分, 总分, 等级) and writes the workbook to the
 * output. The input is never modified unless --in-place, which replaces it in one rename; -o
 * replaces an existing file only with --force. The output is checked before any scoring.
 * Exit 0 when written (or nothing to change) and no error is left in the tables, 1 when written
 * but errors remain, 2 when the file cannot be read or written or the command is misused.
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
  if (!cmd.inPlace) {
    const problem = await outputProblemText(cmd.output, cmd.force, lang);
    if (problem) return fail(problem);
  }

  const input = readInput(cmd.input);
  if (!input.ok) return fail(`${cmd.input}: ${fileErrorMessage(input.error, lang)}`);
  const read = await readGrids(input.bytes, { inflateRaw: nodeInflateRaw });
  if (!read.ok) return fail(`${cmd.input}: ${fileErrorMessage({ reason: read.reason, detail: read.detail }, lang)}`);

  let check: WorkbookCheck;
  try {
    check = checkWorkbook(read.grids, cmd.profile);
  } catch (e) {
    return fail(`${cmd.input}: ${fileErrorMessage({ reason: "internal", detail: errorText(e) }, lang)}`);
  }
  let written = applyPatches(read.workbook, check.sheets.map((s) => s.patch));
  // The 汇总表 goes into the same package: every part it does not need stays byte for byte.
  if (cmd.summarySheet) written += putSummarySheet(read.workbook, summaryCellsOf(check), read.grids).changed;
  const bytes = written > 0 ? await writeWorkbook(read.workbook) : input.bytes;
  const none = cliText(lang, "value.none");
  const hiddenInBook = hiddenSheets(read.grids);
  for (const { result } of check.sheets) {
    io.out(
      `${cliText(lang, "score.sheet", {
        sheet: result.sheetName,
        total: result.total.value ? result.total.value.toFixed(2) : none,
        grade: result.grade.value ?? none,
      })}\n`,
    );
    const hidden = hiddenInBook.find((h) => h.sheetName === result.sheetName);
    if (hidden) io.out(`  ${cliText(lang, "severity.warning")} ${cliText(lang, `sheet.${hidden.visibility}`, { sheet: result.sheetName })}\n`);
  }

  if (cmd.inPlace && written === 0) {
    // Nothing to change: leave the file's bytes exactly as they are.
    io.out(`${cliText(lang, "score.unchanged", { file: cmd.output })}\n`);
  } else {
    try {
      await writeAtomic(cmd.output, bytes);
    } catch (e) {
      return fail(cliText(lang, "write.failed", { file: cmd.output, detail: errorText(e) }));
    }
    io.out(`${cliText(lang, "score.written", { count: written, file: cmd.output })}\n`);
  }
  const errors = check.sheets.reduce(
    (n, s) => n + s.result.diagnostics.filter((d) => d.severity === "error").length,
    check.broken.reduce((n, b) => n + b.diagnostics.filter((d) => d.severity === "error").length, 0),
  );
  if (errors > 0) {
    io.out(`${cliText(lang, "score.errors", { errors, file: cmd.output })}\n`);
    return 1;
  }
  return 0;
}
