import { visibleLines } from "../i18n/visibleText";
import { parseCli } from "./args";
import { runCheck } from "./check";
import { cliText } from "./cliText";
import type { Io } from "./io";
import { runScore } from "./score";
import { runTemplate } from "./template";

/**
 * Every line the command line prints passes here: file, sheet and cell names reach the terminal
 * with their control and bidi characters shown as `\uXXXX` (a JSON document stays the same JSON).
 */
export function visibleIo(io: Io): Io {
  return { out: (t) => io.out(visibleLines(t)), err: (t) => io.err(visibleLines(t)) };
}

/** Runs one command line; returns the exit code (0 fine, 1 errors in the tables, 2 unreadable or misuse). */
export async function runCli(argv: readonly string[], rawIo: Io, version: string): Promise<number> {
  const io = visibleIo(rawIo);
  const parsed = parseCli(argv);
  if (!parsed.ok) {
    io.err(`jixiao: ${parsed.message}\n`);
    const hint = parsed.showUsage ? "usage" : parsed.command ? (`hint.${parsed.command}` as const) : "usage.hint";
    io.err(`${cliText(parsed.lang, hint)}\n`);
    return 2;
  }
  const cmd = parsed.command;
  switch (cmd.name) {
    case "help":
      io.out(`${cliText(cmd.lang, "usage")}\n`);
      return 0;
    case "version":
      io.out(`jixiao ${version}\n`);
      return 0;
    case "check":
      return runCheck(cmd, io);
    case "score":
      return runScore(cmd, io);
    case "template":
      return runTemplate(cmd, io);
    case "report":
      // Loaded on demand: the docx package would slow every other command's start.
      return (await import("./reportCommand")).runReport(cmd, io);
  }
}
