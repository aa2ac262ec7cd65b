import { availableParallelism } from "node:os";
import * as path from "node:path";
import type { CommandOf } from "./args";
import { promises as fs } from "node:fs";
import { jsonAt, jsonFileText, type CheckTask, type FileReport } from "./checkFile";
import { cliText } from "./cliText";
import { findSoffice } from "./convertLegacy";
import { discoverFiles } from "./discover";
import { errorText } from "./files";
import { outputProblemText, writeAtomic } from "./writeOutput";
import type { Io } from "./io";
import { Progress } from "./progress";
import { jsonReport, type ReportSummary } from "./report";
import { problemRowsOf, summaryRowsOf, worstFirst, type ProblemRow, type SummaryRow } from "./summaryRows";
import { inlineRunner, mapInOrder, threadRunner, workerScriptExists, type Runner } from "./workerPool";

/**
 * `jixiao check`: every file named or found in the folder trees, checked on every core (worker
 * threads), the report streamed file by file in input order. Memory stays bounded: a few files
 * are in flight at once; only the summary's rows (one short row per sheet) are kept to the end.
 */

const WORKER_SCRIPT = path.join(__dirname, "checkWorker.js");
/**
 * A worker that needs more than this is stopped: one hostile file cannot take the machine. The
 * young generation is kept small: each file's garbage is short-lived, and a worker's default
 * semi-spaces would multiply the resident memory by the number of cores for nothing.
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 1024, maxYoungGenerationSizeMb: 8 };

/** Worker threads: one per core, or JIXIAO_WORKERS (e.g. 1 to measure a single core). */
function workerCount(): number {
  const asked = Number(process.env.JIXIAO_WORKERS);
  return Number.isInteger(asked) && asked > 0 ? asked : Math.max(1, availableParallelism());
}

/** Checks in this thread, loading the reader only now (the main thread needs it only here). */
function inline(): Runner<CheckTask, FileReport> {
  return inlineRunner(async (task) => (await import("./checkFile")).checkFileReport(task));
}

/** One or two files named on the command line: a worker thread would cost more than it saves. */
async function fewFiles(inputs: readonly string[]): Promise<boolean> {
  if (inputs.length > 2) return false;
  const stats = await Promise.all(inputs.map((i) => fs.stat(i).catch(() => undefined)));
  return stats.every((s) => !s?.isDirectory());
}

function runnerFor(size: number, lang: CheckTask["lang"]): Runner<CheckTask, FileReport> {
  const crashed = (task: CheckTask, why: string): FileReport => {
    const json = jsonReport([{ file: task.file, ok: false, error: { reason: "internal", detail: why } }], lang).files[0];
    const error = json.error ?? why;
    return {
      file: task.file,
      out: task.output === "json" ? jsonFileText(json) : `${task.file}\n  ${cliText(lang, "file.unreadable")} ${error}\n`,
      error,
      counts: { files: 1, sheets: 0, errors: 0, warnings: 0, infos: 0, unreadable: 1 },
      rows: task.summary ? summaryRowsOf(json, new Map(), lang) : [],
      problems: task.summary ? problemRowsOf(json, lang) : [],
    };
  };
  if (!workerScriptExists(WORKER_SCRIPT)) return inline();
  return threadRunner<CheckTask, FileReport>(WORKER_SCRIPT, size, crashed, { resourceLimits: WORKER_LIMITS });
}

function add(a: ReportSummary, b: ReportSummary): ReportSummary {
  return {
    files: a.files + b.files,
    sheets: a.sheets + b.sheets,
    errors: a.errors + b.errors,
    warnings: a.warnings + b.warnings,
    infos: a.infos + b.infos,
    unreadable: a.unreadable + b.unreadable,
  };
}


/** Before any work: the summary's folder must exist, and an existing file is replaced only with --force. */
async function summaryTargetProblem(cmd: CommandOf<"check">): Promise<string | undefined> {
  if (!cmd.summary) return undefined;
  return outputProblemText(cmd.summary, cmd.force, cmd.lang);
}

export async function runCheck(cmd: CommandOf<"check">, io: Io): Promise<number> {
  const { lang } = cmd;
  const targetProblem = await summaryTargetProblem(cmd);
  if (targetProblem) {
    io.err(`jixiao: ${targetProblem}\n`);
    return 2;
  }
  const soffice = findSoffice();
  const progress = new Progress(io.err, lang, process.stderr.isTTY === true);
  const cores = workerCount();
  const runner = (await fewFiles(cmd.inputs)) ? inline() : runnerFor(cores, lang);
  const summaryFile = cmd.summary ? path.resolve(cmd.summary) : undefined;
  // The summary's writer (ExcelJS) loads while the workers check, not after them.
  const summaryTable = cmd.summary ? import("./summaryTable") : undefined;

  async function* tasks(): AsyncGenerator<CheckTask> {
    for await (const found of discoverFiles(cmd.inputs)) {
      // The summary being written is not a submission.
      if (summaryFile && path.resolve(found.file) === summaryFile) continue;
      progress.fileFound();
      yield {
        file: found.file,
        profile: cmd.profile.name,
        lang,
        ...(soffice ? { soffice } : {}),
        output: cmd.json ? "json" : "text",
        summary: cmd.summary !== undefined,
      };
    }
  }

  let totals: ReportSummary = { files: 0, sheets: 0, errors: 0, warnings: 0, infos: 0, unreadable: 0 };
  const rows: SummaryRow[] = [];
  const problems: ProblemRow[] = [];
  let first = true;
  if (cmd.json) io.out('{\n  "files": [');
  try {
    await mapInOrder(tasks(), runner, cores * 4, (report) => {
      totals = add(totals, report.counts);
      progress.fileDone(report.counts.errors);
      rows.push(...report.rows);
      problems.push(...report.problems);
      if (cmd.json) {
        if (report.error !== undefined) io.err(`jixiao: ${report.file}: ${report.error}\n`);
        io.out(`${first ? "" : ","}\n    ${report.out}`);
      } else {
        io.out(report.out);
      }
      first = false;
    });
  } finally {
    await runner.close();
    progress.finish();
  }
  rows.sort(worstFirst);

  if (cmd.json) {
    const summary = { files: totals.files, sheets: totals.sheets, errors: totals.errors, warnings: totals.warnings };
    io.out(`${first ? "" : "\n  "}],\n  "summary": ${jsonAt(summary, 2)}`);
    if (cmd.summary) io.out(`,\n  "table": ${jsonAt(rows, 2)}`);
    io.out("\n}\n");
  } else {
    let line = cliText(lang, "summary", { ...totals });
    if (totals.unreadable > 0) line += cliText(lang, "summary.unreadable", { count: totals.unreadable });
    io.out(`\n${line}\n`);
  }

  if (cmd.summary) {
    try {
      const { summaryCsv, summaryWorkbook } = await (summaryTable ?? import("./summaryTable"));
      const bytes = /\.csv$/i.test(cmd.summary)
        ? new TextEncoder().encode(summaryCsv(rows, lang))
        : await summaryWorkbook(rows, problems, lang, path.dirname(path.resolve(cmd.summary)));
      await writeAtomic(cmd.summary, bytes);
      io.err(`${cliText(lang, "summary.written", { file: cmd.summary, rows: rows.length })}\n`);
    } catch (e) {
      io.err(`jixiao: ${cliText(lang, "write.failed", { file: cmd.summary, detail: errorText(e) })}\n`);
      return 2;
    }
  }
  if (totals.unreadable > 0) return 2;
  return totals.errors > 0 ? 1 : 0;
}

