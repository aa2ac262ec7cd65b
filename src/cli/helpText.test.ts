import { cliText, LANGS } from "./cliText";

/** `jixiao --help` as a person reads it: each command once, an options list of options only. */

const COMMANDS = ["check", "score", "template", "report"] as const;

/** The lines of the block that starts after `heading` and ends at the next blank line. */
function block(text: string, heading: RegExp): string[] {
  const lines = text.split("\n");
  const start = lines.findIndex((l) => heading.test(l));
  if (start < 0) return [];
  const end = lines.findIndex((l, i) => i > start && l.trim() === "");
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

describe.each(LANGS)("help text (%s)", (lang) => {
  const help = cliText(lang, "usage");
  const usage = block(help, /^(用法：|Usage:)$/);
  const options = block(help, /^(选项：|Options:)$/);

  it("has one usage line per way to call a command (score: -o or --in-place)", () => {
    const counts = COMMANDS.map((c) => usage.filter((l) => l.trim().startsWith(`jixiao ${c} `)).length);
    expect(counts).toEqual([1, 2, 1, 1]);
    expect(usage.filter((l) => l.includes("-o <")).some((l) => l.includes("--in-place"))).toBe(false);
  });

  it("lists nothing but options under the options heading", () => {
    expect(options.length).toBeGreaterThan(8);
    expect(options.filter((l) => !/^ {2}-/.test(l))).toEqual([]);
  });

  it("shows template's --sample and --profile in the usage line and in the misuse hint", () => {
    const template = usage.find((l) => l.includes("jixiao template")) ?? "";
    const hint = cliText(lang, "hint.template");
    for (const text of [template, hint]) {
      expect(text).toContain("--sample");
      expect(text).toContain("--profile");
      expect(text).toContain("-o <");
      expect(text).not.toContain("--in-place");
    }
  });

  it("names every option of the usage lines in the options list or the usage itself", () => {
    const listed = new Set(options.flatMap((l) => l.match(/--[a-z-]+/g) ?? []));
    const used = new Set(usage.flatMap((l) => l.match(/--[a-z-]+/g) ?? []));
    // --kind, --year, --department and --project are template's own and read from its usage line.
    const own = new Set(["--kind", "--year", "--department", "--project"]);
    expect([...used].filter((o) => !listed.has(o) && !own.has(o))).toEqual([]);
  });
});
