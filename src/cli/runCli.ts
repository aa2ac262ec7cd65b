import { parseCli } from "./args";
import { runCheck } from "./check";
import { cliText } from "./cliText";
import type { Io } from "./io";
import { runScore } from "./score";
import { runTemplate } from "./template";

/** Runs one command line; returns the exit code (0 fine, 1 errors in the tables, 2 unreadable or misuse). */
export async function runCli(argv: readonly string[], io: Io, version: string): Promise<number> {
  const parsed = parseCli(argv);
  if (!parsed.ok) {
    io.err(`jixiao: ${parsed.message}\n`);
    io.err(`${parsed.showUsage ? cliText(parsed.lang, "usage") : cliText(parsed.lang, "usage.hint")}\n`);
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
