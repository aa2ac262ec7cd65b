import * as path from "node:path";
import type { CommandOf } from "./args";
import { checkWorkbook } from "../layout/checkWorkbook";
import { canDraftReport, draftReport } from "../report/draftReport";
import { readGrids } from "../xlsx/readGrids";
import { nodeInflateRaw } from "./nodeInflate";
import { cliText } from "./cliText";
import { errorText, readInput } from "./files";
import { outputProblemText, writeAtomic } from "./writeOutput";
import type { Io } from "./io";
import { fileErrorMessage } from "./report";

/**
 * `jixiao report book.xlsx [-o 自评报告.docx]`: the Word 自评报告 drafted from the checked tables.
 * Without -o it lands beside the input as 自评报告.docx, or 自评报告（草稿）.docx while errors are
 * left. An existing file is kept unless --force. Exit 0 clean, 1 a draft, 2 nothing written.
 */
export async function runReport(cmd: CommandOf<"report">, io: Io): Promise<number> {
  const fail = (message: string): number => {
    io.err(`jixiao: ${message}\n`);
    return 2;
  };
  const input = readInput(cmd.input);
  if (!input.ok) return fail(`${cmd.input}: ${fileErrorMessage(input.error, cmd.lang)}`);
  const read = await readGrids(input.bytes, { inflateRaw: nodeInflateRaw });
  if (!read.ok) return fail(`${cmd.input}: ${fileErrorMessage({ reason: read.reason, detail: read.detail }, cmd.lang)}`);
  const check = checkWorkbook(read.grids, cmd.profile);
  if (!canDraftReport(check)) return fail(cliText(cmd.lang, "report.noTables", { file: cmd.input }));

  const report = await draftReport(check);
  const output = cmd.output ?? path.join(path.dirname(cmd.input), report.fileName);
  const problem = await outputProblemText(output, cmd.force, cmd.lang);
  if (problem) return fail(problem);
  try {
    await writeAtomic(output, report.bytes);
  } catch (e) {
    return fail(cliText(cmd.lang, "write.failed", { file: output, detail: errorText(e) }));
  }
  io.out(
    `${report.draft ? cliText(cmd.lang, "report.draft", { file: output, count: report.errorCount }) : cliText(cmd.lang, "report.written", { file: output })}\n`,
  );
  return report.draft ? 1 : 0;
}
