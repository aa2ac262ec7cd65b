import { existsSync, readdirSync, readFileSync } from "fs";
import { join } from "path";

/** README and docs/ speak of the repository alone: every relative link resolves inside it. */
const ROOT = join(__dirname, "..", "..");
const files = ["README.md", "CHANGELOG.md", ...readdirSync(join(ROOT, "docs"), { recursive: true }).map(String).filter((f) => f.endsWith(".md")).map((f) => join("docs", f))];

describe("self-contained documentation", () => {
  it("names no file outside the repository", () => {
    const outside = files.flatMap((f) => {
      const text = readFileSync(join(ROOT, f), "utf8");
      return [...text.matchAll(/\.\.\/shared|shared\/spec|rules\.md §\d+|architecture\.md/g)].map((m) => `${f}: ${m[0]}`);
    });
    expect(outside).toEqual([]);
  });

  it("links only to files that exist", () => {
    const broken = files.flatMap((f) => {
      const text = readFileSync(join(ROOT, f), "utf8");
      const dir = join(ROOT, f, "..");
      return [...text.matchAll(/\]\(([^)#\s]+)\)/g)]
        .map((m) => m[1])
        .filter((target) => !/^[a-z]+:/.test(target) && !existsSync(join(dir, target)))
        .map((target) => `${f} → ${target}`);
    });
    expect(broken).toEqual([]);
  });
});
