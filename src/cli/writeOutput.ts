import { createHash, randomBytes } from "node:crypto";
import { constants as fsConstants, promises as fs, unlinkSync, type Stats } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { Lang } from "../i18n/translate";
import { cliText } from "./cliText";

/**
 * Writing the command line's outputs: the whole file or nothing, and the file stays the user's.
 *
 * Bytes go to a temporary file in the target's own folder (so the final rename is atomic), created
 * with the target's mode and given its owner where the system allows; the rename then replaces
 * the target. A symlink is followed: the file it points at is replaced, the link stays a link.
 *
 * Temporary files never outlive the write: on failure, on exit and on SIGINT/SIGTERM/SIGHUP they are
 * removed. A kill -9 cannot be caught, so temps are named `.<name>.jixiao-<host>-<pid>-<random>.tmp`
 * and the next write into the same folder removes those of this host whose process is gone.
 */

const POSIX = process.platform !== "win32";
/** A short digest of the host name: the pid in a temp's name only means something on its host. */
const HOST = createHash("sha256").update(os.hostname()).digest("hex").slice(0, 8);
const TEMP_NAME = /^\..+\.jixiao-([0-9a-f]{8})-(\d+)-[0-9a-f]{8}\.tmp$/;

/** Temporary files being written by this process right now. */
const pending = new Set<string>();

/** Removes this process's unfinished temporary files (synchronously: it runs on exit and on signals). */
export function removePendingTemps(): void {
  for (const temp of pending) {
    try {
      unlinkSync(temp);
    } catch {
      // already gone
    }
  }
  pending.clear();
}

let hooked = false;
function removeTempsOnExit(): void {
  if (hooked) return;
  hooked = true;
  process.on("exit", removePendingTemps);
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    // Clean up, then die of the same signal (the handler is gone, so the default action applies).
    process.once(signal, () => {
      removePendingTemps();
      process.kill(process.pid, signal);
    });
  }
}

function tempNameFor(target: string): string {
  return `.${path.basename(target)}.jixiao-${HOST}-${process.pid}-${randomBytes(4).toString("hex")}.tmp`;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: alive, another user's.
    return e instanceof Error && "code" in e && e.code === "EPERM";
  }
}

/** Whether a file name is a temporary file left in a folder by a jixiao process of this host that is gone. */
export function isStaleTemp(name: string): boolean {
  const m = TEMP_NAME.exec(name);
  if (!m || m[1] !== HOST) return false;
  const pid = Number(m[2]);
  return pid !== process.pid && !processAlive(pid);
}

/** Removes stale temporary files (see isStaleTemp) from a folder; best effort, never throws. */
export async function removeStaleTemps(dir: string): Promise<string[]> {
  const removed: string[] = [];
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  for (const name of names.filter(isStaleTemp)) {
    const file = path.join(dir, name);
    const stat = await fs.lstat(file).catch(() => undefined);
    if (!stat?.isFile()) continue;
    if (await fs.rm(file).then(() => true, () => false)) removed.push(file);
  }
  return removed;
}

const codeOf = (e: unknown): string | undefined =>
  e && typeof e === "object" && "code" in e && typeof e.code === "string" ? e.code : undefined;

async function lstatOrUndefined(p: string): Promise<Stats | undefined> {
  try {
    return await fs.lstat(p);
  } catch (e) {
    if (codeOf(e) === "ENOENT") return undefined;
    throw e;
  }
}

/** The path a write to `target` lands on: symlinks followed (a dangling one to where it points). */
export async function writeTarget(target: string): Promise<string> {
  let p = path.resolve(target);
  for (let hops = 0; hops < 40; hops++) {
    const stat = await lstatOrUndefined(p);
    if (!stat?.isSymbolicLink()) return p;
    p = path.resolve(path.dirname(p), await fs.readlink(p));
  }
  throw Object.assign(new Error(`too many symbolic links: ${target}`), { code: "ELOOP" });
}

/** A temporary file written in full and synced, not yet in place. */
export interface PendingWrite {
  readonly temp: string;
  /** The file that commit() replaces (the symlink's target when the output is a link). */
  readonly target: string;
  commit(): Promise<void>;
  discard(): Promise<void>;
}

/** Writes the bytes to a temporary file beside the target, with the target's mode and owner. */
export async function beginWrite(output: string, bytes: Uint8Array): Promise<PendingWrite> {
  const target = await writeTarget(output);
  const dir = path.dirname(target);
  await removeStaleTemps(dir);
  const existing = await fs.stat(target).catch(() => undefined);
  const mode = existing?.isFile() ? existing.mode & 0o7777 : 0o666;
  const temp = path.join(dir, tempNameFor(target));
  removeTempsOnExit();
  const handle = await fs.open(temp, "wx", mode);
  pending.add(temp);
  const discard = async () => {
    await fs.rm(temp, { force: true });
    pending.delete(temp);
  };
  try {
    try {
      if (POSIX && existing?.isFile()) {
        // open() applied the umask; the replacement keeps the target's exact mode and, where allowed, owner.
        await handle.chmod(mode);
        await keepOwner(handle, existing);
      }
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (e) {
    await discard();
    throw e;
  }
  return {
    temp,
    target,
    commit: async () => {
      await fs.rename(temp, target);
      pending.delete(temp);
    },
    discard,
  };
}

async function keepOwner(handle: fs.FileHandle, stat: Stats): Promise<void> {
  const uid = process.getuid?.();
  const gid = process.getgid?.();
  if (stat.uid === uid && stat.gid === gid) return;
  // Only root may give a file away; an owner may still set one of their groups (-1: unchanged).
  await handle.chown(stat.uid, stat.gid).catch(() => handle.chown(-1, stat.gid).catch(() => undefined));
}

/** Writes the whole file or nothing (see the module comment). */
export async function writeAtomic(output: string, bytes: Uint8Array): Promise<void> {
  const write = await beginWrite(output, bytes);
  try {
    await write.commit();
  } catch (e) {
    await write.discard();
    throw e;
  }
}

/** Same file on disk (symlinks and relative paths resolved where the file exists). */
export async function samePath(a: string, b: string): Promise<boolean> {
  const real = async (p: string) => fs.realpath(p).catch(() => path.resolve(p));
  const [x, y] = await Promise.all([real(a), real(b)]);
  return process.platform === "win32" || process.platform === "darwin" ? x.toLowerCase() === y.toLowerCase() : x === y;
}

/** Why an output cannot be written, found before any work is done. */
export type OutputProblem =
  | { readonly kind: "noFolder"; readonly folder: string }
  | { readonly kind: "cannotWrite"; readonly detail: string }
  | { readonly kind: "isFolder" }
  | { readonly kind: "exists" };

/**
 * Checks the output's folder exists and can take a file, and that no file is replaced without
 * `force`. The write itself can still fail (a full disk); this finds the usual mistakes early.
 */
export async function outputProblem(output: string, force: boolean): Promise<OutputProblem | undefined> {
  const folder = path.dirname(path.resolve(output));
  try {
    if (!(await fs.stat(folder)).isDirectory()) return { kind: "cannotWrite", detail: "ENOTDIR" };
    await fs.access(folder, fsConstants.W_OK);
  } catch (e) {
    const code = codeOf(e);
    return code === "ENOENT" ? { kind: "noFolder", folder: path.dirname(output) } : { kind: "cannotWrite", detail: code ?? String(e) };
  }
  const stat = await fs.stat(output).catch(() => undefined);
  if (stat?.isDirectory()) return { kind: "isFolder" };
  // A dangling symlink counts as existing: writing would create the file it names.
  if (!force && (stat || (await fs.lstat(output).catch(() => undefined)))) return { kind: "exists" };
  return undefined;
}

/** Why the output cannot be written, in words (checked before any work is done), or undefined. */
export async function outputProblemText(output: string, force: boolean, lang: Lang): Promise<string | undefined> {
  const problem = await outputProblem(output, force);
  switch (problem?.kind) {
    case undefined:
      return undefined;
    case "noFolder":
      return cliText(lang, "write.noFolder", { folder: problem.folder });
    case "cannotWrite":
      return cliText(lang, "write.failed", { file: output, detail: problem.detail });
    case "isFolder":
      return cliText(lang, "write.isFolder", { file: output });
    case "exists":
      return cliText(lang, "usage.exists", { file: output });
  }
}
