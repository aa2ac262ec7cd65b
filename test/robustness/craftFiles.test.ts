import { existsSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { CRAFTED } from "./craftFiles";

/**
 * The crafted files committed under test/fixtures/files/hostile-* are exactly what craftFiles.ts
 * makes (the large one is made at test time only). To rewrite them after changing the
 * generator: `JIXIAO_WRITE_FIXTURES=1 npx jest test/robustness/craftFiles.test.ts`.
 */

const DIR = path.join(__dirname, "..", "fixtures", "files");

describe("crafted hostile files", () => {
  it.each(CRAFTED.filter((f) => f.committed !== false).map((f) => [f.name, f] as const))("%s is reproducible", async (_name, f) => {
    const bytes = await f.bytes();
    const at = path.join(DIR, f.name);
    if (process.env.JIXIAO_WRITE_FIXTURES === "1") writeFileSync(at, bytes);
    expect(existsSync(at)).toBe(true);
    expect(readFileSync(at).equals(Buffer.from(bytes))).toBe(true);
  }, 60_000);
});
