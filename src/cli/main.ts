import { readFileSync } from "node:fs";
import * as path from "node:path";
import { visibleLines } from "../i18n/visibleText";
import { runCli } from "./runCli";

/** Entry point of the `jixiao` command (bin/jixiao.js loads the compiled build/cli/main.js). */

function packageVersion(): string {
  try {
    const pkg: unknown = JSON.parse(readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8"));
    return pkg && typeof pkg === "object" && "version" in pkg ? String(pkg.version) : "?";
  } catch {
    return "?";
  }
}

// Libraries do not write to the terminal: everything shown goes through runCli's sanitised Io.
// (ExcelJS warns on every read of a sheet name over 31 characters, quoting the whole name raw —
// megabytes of text and escape sequences from a hostile file: exceljs/lib/doc/worksheet.js.)
silenceConsole();

function silenceConsole(): void {
  const quiet = (): void => undefined;
  for (const method of ["log", "info", "warn", "error", "debug", "trace", "dir", "table"] as const) console[method] = quiet;
}

// `jixiao check … | head` closes the pipe early: that is not an error worth a stack trace.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw e;
});

runCli(process.argv.slice(2), { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) }, packageVersion()).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(visibleLines(`jixiao: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`));
    process.exitCode = 2;
  },
);
