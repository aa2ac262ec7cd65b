import { readFileSync } from "node:fs";
import * as path from "node:path";
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
    process.stderr.write(`jixiao: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 2;
  },
);
