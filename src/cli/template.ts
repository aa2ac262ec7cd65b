import type { CommandOf } from "./args";
import { renderTemplate } from "../layout/templateSpec";
import { templateWorkbook } from "../xlsx/templateWriter";
import { cliText } from "./cliText";
import { errorText } from "./files";
import type { Io } from "./io";
import { outputProblemText, writeAtomic } from "./writeOutput";

/** `jixiao template`: a fresh, blank table as a new .xlsx file (an existing file only with --force). */
export async function runTemplate(
  cmd: CommandOf<"template">,
  io: Io,
): Promise<number> {
  const problem = await outputProblemText(cmd.output, cmd.force, cmd.lang);
  if (problem) {
    io.err(`jixiao: ${problem}\n`);
    return 2;
  }
  const t = renderTemplate(cmd.kind, {
    year: cmd.year,
    department: cmd.department,
    projectName: cmd.projectName,
    sample: cmd.sample,
    profile: cmd.profile,
  });
  try {
    await writeAtomic(cmd.output, await templateWorkbook(t));
  } catch (e) {
    io.err(`jixiao: ${cliText(cmd.lang, "write.failed", { file: cmd.output, detail: errorText(e) })}\n`);
    return 2;
  }
  io.out(`${cliText(cmd.lang, "template.written", { file: cmd.output })}\n`);
  return 0;
}
