import { writeFileSync } from "node:fs";
import * as path from "node:path";
import { threadRunner } from "../../src/cli/workerPool";
import { ensureCliBuilt, removeTempDirs, ROOT, tempDir } from "./runJixiao";

/**
 * The worker pool with real threads: a worker holds several tasks at once, and a worker that dies
 * fails only the task that killed it — the tasks it held beside it are run again and succeed.
 */

jest.setTimeout(120_000);
beforeAll(() => ensureCliBuilt(), 240_000);
afterAll(() => removeTempDirs());

interface Task {
  readonly n: number;
  readonly crash?: boolean;
  readonly waitMs?: number;
}

/** A worker over the compiled serveTasks: doubles n, reports how many tasks it held at once, or dies. */
function workerScript(): string {
  const file = path.join(tempDir("jixiao-pool-"), "worker.js");
  writeFileSync(
    file,
    `const { parentPort } = require("node:worker_threads");
const { serveTasks } = require(${JSON.stringify(path.join(ROOT, "build", "cli", "workerPool.js"))});
let held = 0;
serveTasks(parentPort, async (task) => {
  held++;
  const atOnce = held;
  if (task.crash) setTimeout(() => process.exit(7), 5);
  await new Promise((r) => setTimeout(r, task.waitMs ?? 0));
  held--;
  return { doubled: task.n * 2, atOnce };
});
`,
  );
  return file;
}

type Result = { doubled: number; atOnce: number } | { crashed: number };

describe("threadRunner", () => {
  it("gives one worker several tasks at once (depth 2)", async () => {
    const runner = threadRunner<Task, Result>(workerScript(), 1, (t) => ({ crashed: t.n }), { depth: 2 });
    try {
      const results = await Promise.all([1, 2, 3, 4].map((n) => runner.run({ n, waitMs: 50 })));
      expect(results.map((r) => ("doubled" in r ? r.doubled : -1))).toEqual([2, 4, 6, 8]);
      expect(Math.max(...results.map((r) => ("atOnce" in r ? r.atOnce : 0)))).toBe(2);
    } finally {
      await runner.close();
    }
  });

  it("fails only the task that killed its worker; the one held beside it runs again and succeeds", async () => {
    const runner = threadRunner<Task, Result>(workerScript(), 1, (t) => ({ crashed: t.n }), { depth: 2 });
    try {
      const results = await Promise.all([
        runner.run({ n: 1, waitMs: 200 }),
        runner.run({ n: 2, crash: true, waitMs: 200 }),
        runner.run({ n: 3 }),
      ]);
      expect(results).toEqual([{ doubled: 2, atOnce: 1 }, { crashed: 2 }, expect.objectContaining({ doubled: 6 })]);
    } finally {
      await runner.close();
    }
  });
});
