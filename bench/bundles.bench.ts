import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import { figure, unavailable, type Goal, type Measurement } from "./harness";

/**
 * Bundle sizes as the browser downloads them (gzip -9): the JavaScript dist/taskpane.html loads at
 * start (its script tags; Office.js comes from Microsoft's CDN and is not ours), the ribbon
 * commands' code, the standalone checker, and each chunk loaded on demand — the .xlsx reader
 * among them — separately.
 */

const ROOT = process.cwd();
const DIST = path.join(ROOT, "dist");
const STATS = path.join(ROOT, "bench", "out", "webpack-stats.json");
const PANE_GOAL: Goal = { op: "<=", value: 300, text: "≤ 300 KB gzip" };
const COMMANDS_GOAL: Goal = { op: "<=", value: 40, text: "≤ 40 KB gzip" };

interface Built {
  readonly ok: boolean;
  /** What went wrong or what was worked around, for the table's note. */
  readonly note?: string;
}

function webpack(env: NodeJS.ProcessEnv): { ok: boolean; error: string } {
  fs.rmSync(STATS, { force: true });
  const cli = require.resolve("webpack-cli/bin/cli.js");
  const r = spawnSync(process.execPath, [cli, "--mode", "production", "--env", "url=https://bench.example.invalid/jixiao/", "--json", STATS], { cwd: ROOT, env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const ok = r.status === 0 && fs.existsSync(path.join(DIST, "taskpane.html"));
  const error = `${r.stderr ?? ""}\n${r.stdout ?? ""}`.split("\n").find((l) => /error/i.test(l)) ?? `exit ${r.status}`;
  return { ok, error: error.trim().slice(0, 160) };
}

/**
 * Runs the production build (what `npm run build` runs) with a stats file beside it. Should the
 * plugins' option validation fail to load (a dependency tree problem, not a bundle one), the
 * build is retried without it — the bundles are the same — and the note says so.
 */
function build(): Built {
  fs.mkdirSync(path.dirname(STATS), { recursive: true });
  const first = webpack(process.env);
  if (first.ok) return { ok: true };
  const retry = webpack({ ...process.env, SKIP_VALIDATION: "y" });
  if (retry.ok) return { ok: true, note: `npm run build fails here (${first.error}); built with SKIP_VALIDATION=y` };
  return { ok: false, note: `build failed: ${retry.error}` };
}

function gzipKiB(file: string): number {
  const bytes = fs.readFileSync(file);
  return zlib.gzipSync(bytes, { level: 9 }).length / 1024;
}

function rawKiB(file: string): number {
  return fs.statSync(file).size / 1024;
}

/** Our script files an HTML page loads at start (CDN scripts left out). */
function startScripts(html: string): string[] {
  const text = fs.readFileSync(path.join(DIST, html), "utf8");
  const out: string[] = [];
  for (const m of text.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/gi)) {
    const src = m[1];
    if (/^(https?:)?\/\//i.test(src)) continue;
    out.push(src.replace(/^\.?\//, ""));
  }
  return out;
}

interface ChunkInfo {
  readonly file: string;
  readonly loadedBy: string[];
  readonly what: string;
}

interface Stats {
  chunks?: { files?: string[]; modules?: { name?: string }[] }[];
}

/** Module names per output file, when the build wrote its stats. */
function modulesByFile(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (!fs.existsSync(STATS)) return out;
  const stats = JSON.parse(fs.readFileSync(STATS, "utf8")) as Stats;
  for (const c of stats.chunks ?? []) for (const f of c.files ?? []) out.set(f, (c.modules ?? []).map((m) => m.name ?? ""));
  return out;
}

function describeChunk(file: string, modules: readonly string[]): string {
  const text = fs.readFileSync(path.join(DIST, file), "utf8");
  if (/sharedStrings\.xml/.test(text) && /jszip/i.test(text)) return "xlsx reader (ExcelJS)";
  if (modules.some((m) => m.includes("layout/checkWorkbook"))) return "file engine (checkWorkbook: layout + domain)";
  const ours = modules.filter((m) => m.startsWith("./src/")).map((m) => m.replace(/^\.\/src\//, ""));
  return ours.length > 0 ? `our code: ${ours[0].slice(0, 40)}${ours.length > 1 ? " …" : ""}` : "on-demand chunk";
}

/**
 * The chunks a page's scripts can load on demand: webpack's runtime names them in its chunk
 * map (`r.u = e => e + "." + {290: "78f20b45", …}[e] + ".js"`), so stale files in dist/ are not counted.
 */
function lazyChunks(pages: Readonly<Record<string, readonly string[]>>): ChunkInfo[] {
  const loadedBy = new Map<string, Set<string>>();
  for (const [page, scripts] of Object.entries(pages)) {
    for (const script of scripts) {
      const text = fs.readFileSync(path.join(DIST, script), "utf8");
      for (const map of text.matchAll(/\{((?:\d+:"[0-9a-f]+",?)+)\}\[\w+\]\+"\.js"/g)) {
        for (const [, id, hash] of map[1].matchAll(/(\d+):"([0-9a-f]+)"/g)) {
          const file = `${id}.${hash}.js`;
          if (!loadedBy.has(file)) loadedBy.set(file, new Set());
          loadedBy.get(file)?.add(page);
        }
      }
    }
  }
  const modules = modulesByFile();
  return [...loadedBy]
    .filter(([file]) => fs.existsSync(path.join(DIST, file)))
    .map(([file, by]) => ({ file, loadedBy: [...by], what: describeChunk(file, modules.get(file) ?? []) }));
}

function sumKiB(files: readonly string[], size: (f: string) => number): number {
  return files.reduce((n, f) => n + size(path.join(DIST, f)), 0);
}

const round = (x: number) => Number(x.toFixed(1));

export async function run(): Promise<Measurement[]> {
  const base = { group: "bundles" as const, unit: "KB" };
  const built = build();
  if (!built.ok && !fs.existsSync(path.join(DIST, "taskpane.html"))) {
    return [unavailable({ ...base, id: "bundles.pane", label: "bundles: pane at start, in Excel", goal: PANE_GOAL }, built.note ?? "build failed")];
  }
  const note = built.ok ? built.note : `${built.note}; measured the dist/ already there`;
  const pane = startScripts("taskpane.html");
  const checker = fs.existsSync(path.join(DIST, "index.html")) ? startScripts("index.html") : [];
  const commands = fs.existsSync(path.join(DIST, "commands.html")) ? startScripts("commands.html") : ["commands.js"];
  const out: Measurement[] = [
    figure({
      ...base,
      id: "bundles.pane",
      label: "bundles: pane at start, in Excel (taskpane.html)",
      value: round(sumKiB(pane, gzipKiB)),
      goal: PANE_GOAL,
      extra: { files: pane.join(" + "), rawKB: round(sumKiB(pane, rawKiB)) },
      ...(note ? { note } : {}),
    }),
    figure({
      ...base,
      id: "bundles.commands",
      label: "bundles: ribbon commands (commands.html)",
      value: round(sumKiB(commands, gzipKiB)),
      goal: COMMANDS_GOAL,
      extra: { files: commands.join(" + "), rawKB: round(sumKiB(commands, rawKiB)) },
    }),
  ];
  if (checker.length > 0) {
    out.push(
      figure({
        ...base,
        id: "bundles.checker",
        label: "bundles: standalone checker at start (index.html)",
        value: round(sumKiB(checker, gzipKiB)),
        extra: { files: checker.join(" + "), rawKB: round(sumKiB(checker, rawKiB)) },
      }),
    );
  }
  const lazy = lazyChunks({ "taskpane.html": pane, "index.html": checker });
  for (const c of lazy) {
    out.push(
      figure({
        ...base,
        id: `bundles.lazy.${c.what.startsWith("xlsx") ? "xlsx" : `chunk${c.file.split(".")[0]}`}`,
        label: `bundles: on demand — ${c.what}`,
        value: round(gzipKiB(path.join(DIST, c.file))),
        extra: { file: c.file, loadedBy: c.loadedBy.join(", "), rawKB: round(rawKiB(path.join(DIST, c.file))) },
      }),
    );
  }
  if (lazy.length > 1) {
    out.push(
      figure({
        ...base,
        id: "bundles.lazy.total",
        label: "bundles: on demand, all chunks (first .xlsx opened)",
        value: round(sumKiB(lazy.map((c) => c.file), gzipKiB)),
        extra: { files: lazy.map((c) => c.file).join(" + ") },
      }),
    );
  }
  return out;
}
