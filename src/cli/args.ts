import { parseArgs } from "node:util";
import type { SheetKind } from "../domain/input";
import { PROFILE_NAMES, profileByName, type RuleProfile } from "../domain/profiles";
import type { Lang } from "../i18n/translate";
import { cliText, LANGS } from "./cliText";

/** The command line, parsed and validated: what to run, or why it cannot run. */

interface Common {
  readonly lang: Lang;
}

export type Command =
  | (Common & { readonly name: "help" })
  | (Common & { readonly name: "version" })
  | (Common & {
      readonly name: "check";
      readonly json: boolean;
      readonly profile: RuleProfile;
      readonly inputs: readonly string[];
      /** --summary: the .xlsx or .csv summary to write (one row per evaluation sheet). */
      readonly summary?: string;
      /** --force: replace an existing summary file. */
      readonly force: boolean;
    })
  | (Common & {
      readonly name: "score";
      readonly profile: RuleProfile;
      readonly input: string;
      /** The output path; equal to input with --in-place. */
      readonly output: string;
      readonly inPlace: boolean;
      /** -o may replace an existing file (never needed with --in-place). */
      readonly force: boolean;
      /** --summary-sheet: also insert (or refresh) the 汇总表 sheet with live formulas. */
      readonly summarySheet: boolean;
    })
  | (Common & {
      readonly name: "template";
      readonly kind: SheetKind;
      readonly year?: number;
      readonly department?: string;
      readonly projectName?: string;
      readonly output: string;
      readonly force: boolean;
      /** --sample: the seed's indicator rows instead of blank ones. */
      readonly sample: boolean;
      /** --profile: the points, weights and grade bands the template shows. */
      readonly profile: RuleProfile;
    })
  | (Common & {
      readonly name: "report";
      readonly profile: RuleProfile;
      readonly input: string;
      /** Absent: 自评报告.docx (or …（草稿）.docx) beside the input. */
      readonly output?: string;
      readonly force: boolean;
    });

/** The parsed command of one name, e.g. `CommandOf<"template">`. */
export type CommandOf<N extends Command["name"]> = Extract<Command, { readonly name: N }>;

export type ParsedArgs =
  | { readonly ok: true; readonly command: Command }
  | {
      readonly ok: false;
      readonly lang: Lang;
      readonly message: string;
      readonly showUsage: boolean;
      /** The command the mistake was made in: its own usage is the hint. */
      readonly command?: CommandName;
    };

const COMMON = {
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "V" },
  lang: { type: "string" },
} as const;

const OPTIONS = {
  check: { ...COMMON, json: { type: "boolean" }, profile: { type: "string" }, summary: { type: "string" }, force: { type: "boolean" } },
  score: {
    ...COMMON,
    output: { type: "string", short: "o" },
    "in-place": { type: "boolean" },
    profile: { type: "string" },
    force: { type: "boolean" },
    "summary-sheet": { type: "boolean" },
  },
  template: {
    ...COMMON,
    kind: { type: "string" },
    year: { type: "string" },
    department: { type: "string" },
    project: { type: "string" },
    output: { type: "string", short: "o" },
    force: { type: "boolean" },
    sample: { type: "boolean" },
    profile: { type: "string" },
  },
  report: { ...COMMON, output: { type: "string", short: "o" }, force: { type: "boolean" }, profile: { type: "string" } },
} as const;

export type CommandName = keyof typeof OPTIONS;
const ALL_OPTIONS = { ...OPTIONS.check, ...OPTIONS.score, ...OPTIONS.template, ...OPTIONS.report };

class UsageError extends Error {}

export function parseCli(argv: readonly string[]): ParsedArgs {
  // A loose first pass finds the language and the command, so every later message is in the right language.
  const loose = parseArgs({ args: [...argv], options: ALL_OPTIONS, strict: false, allowPositionals: true, tokens: true });
  const langValue = loose.values.lang;
  const lang: Lang = LANGS.find((l) => l.toLowerCase() === String(langValue ?? "zh-CN").toLowerCase()) ?? "zh-CN";
  const fail = (message: string, showUsage = false): ParsedArgs => ({ ok: false, lang, message, showUsage });
  if (typeof langValue === "string" && !LANGS.some((l) => l.toLowerCase() === langValue.toLowerCase())) {
    return fail(cliText(lang, "usage.badLang", { value: langValue }));
  }
  if (loose.values.help) return { ok: true, command: { name: "help", lang } };
  if (loose.values.version) return { ok: true, command: { name: "version", lang } };

  const first = loose.tokens.find((t) => t.kind === "positional");
  if (!first || first.kind !== "positional") return fail(cliText(lang, "usage.noCommand"), true);
  const name = first.value;
  if (!Object.prototype.hasOwnProperty.call(OPTIONS, name)) {
    return fail(cliText(lang, "usage.unknownCommand", { command: name }), true);
  }
  const command = name as CommandName;
  const rest = argv.filter((_, i) => i !== first.index);
  const failIn = (message: string): ParsedArgs => ({ ok: false, lang, message, showUsage: false, command });
  const problem = optionProblem(command, rest, lang);
  if (problem) return failIn(problem);
  try {
    return { ok: true, command: commandOf(command, rest, lang) };
  } catch (e) {
    if (e instanceof UsageError) return failIn(e.message);
    // optionProblem() finds what parseArgs would refuse; should one slip through, its English
    // text stays out of the output (the code names the kind of mistake).
    if (e instanceof TypeError && "code" in e) return failIn(cliText(lang, "usage.badOption", { detail: String(e.code) }));
    throw e;
  }
}

interface OptionSpec {
  readonly type: "string" | "boolean";
  readonly short?: string;
}

/**
 * A mistyped or misused option, in the user's language and naming the option as typed — found
 * here rather than from parseArgs' own (English) errors. A value that looks like an option
 * (`-o --force`) counts as a missing value, as parseArgs would have it.
 */
function optionProblem(name: CommandName, args: readonly string[], lang: Lang): string | undefined {
  const specs: Readonly<Record<string, OptionSpec>> = OPTIONS[name];
  const { tokens } = parseArgs({ args: [...args], options: specs, strict: false, allowPositionals: true, tokens: true });
  for (const t of tokens) {
    if (t.kind !== "option") continue;
    const spec = Object.prototype.hasOwnProperty.call(specs, t.name) ? specs[t.name] : undefined;
    if (!spec) {
      const near = nearestOption(t.rawName, specs);
      return cliText(lang, "usage.unknownOption", { option: t.rawName }) + (near ? cliText(lang, "usage.didYouMean", { option: near }) : "");
    }
    if (spec.type === "string" && (t.value === undefined || (!t.inlineValue && t.value.startsWith("-")))) {
      return cliText(lang, "usage.missingValue", { option: t.rawName });
    }
    if (spec.type === "boolean" && t.value !== undefined) {
      return cliText(lang, "usage.noValueAllowed", { option: t.rawName, value: t.value });
    }
  }
  return undefined;
}

/** The command's option closest to a mistyped one (`--inplace` → `--in-place`), if any is close. */
function nearestOption(raw: string, specs: Readonly<Record<string, OptionSpec>>): string | undefined {
  const typed = raw.replace(/=.*$/, "").toLowerCase();
  let best: { name: string; distance: number } | undefined;
  for (const long of Object.keys(specs)) {
    const name = `--${long}`;
    const distance = editDistance(typed.replace(/^-+/, "--"), name);
    if (distance <= 2 && (!best || distance < best.distance)) best = { name, distance };
  }
  return best?.name;
}

/** Levenshtein distance with adjacent transpositions counted as one edit (option names are short). */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

function profileOf(value: string | undefined, lang: Lang): RuleProfile {
  const profile = profileByName(value ?? "national");
  if (!profile) {
    throw new UsageError(cliText(lang, "usage.badProfile", { value: value ?? "", choices: PROFILE_NAMES.join(", ") }));
  }
  return profile;
}

function commandOf(name: CommandName, args: string[], lang: Lang): Command {
  switch (name) {
    case "check": {
      const { values, positionals } = parseArgs({ args, options: OPTIONS.check, allowPositionals: true });
      if (positionals.length === 0) throw new UsageError(cliText(lang, "usage.noFiles"));
      if (values.summary !== undefined && !/\.(xlsx|csv)$/i.test(values.summary)) {
        throw new UsageError(cliText(lang, "usage.summaryFormat", { file: values.summary }));
      }
      return {
        name,
        lang,
        json: values.json ?? false,
        profile: profileOf(values.profile, lang),
        inputs: positionals,
        ...(values.summary !== undefined ? { summary: values.summary } : {}),
        force: values.force ?? false,
      };
    }
    case "score": {
      const { values, positionals } = parseArgs({ args, options: OPTIONS.score, allowPositionals: true });
      if (positionals.length !== 1) throw new UsageError(cliText(lang, "usage.oneInput"));
      const input = positionals[0];
      const inPlace = values["in-place"] ?? false;
      if (!inPlace && values.output === undefined) throw new UsageError(cliText(lang, "usage.noOutput"));
      if (inPlace && values.output !== undefined && values.output !== input) {
        throw new UsageError(cliText(lang, "usage.inPlaceOutput"));
      }
      const output = inPlace ? input : (values.output as string);
      return {
        name,
        lang,
        profile: profileOf(values.profile, lang),
        input,
        output,
        inPlace,
        summarySheet: values["summary-sheet"] ?? false,
        force: values.force ?? false,
      };
    }
    case "template": {
      const { values, positionals } = parseArgs({ args, options: OPTIONS.template, allowPositionals: true });
      if (positionals.length > 0) {
        throw new UsageError(cliText(lang, "usage.unexpectedArg", { value: positionals.join(" ") }));
      }
      const kind = values.kind;
      if (kind !== "overall" && kind !== "project") throw new UsageError(cliText(lang, "usage.badKind"));
      if (values.output === undefined) throw new UsageError(cliText(lang, "usage.templateNoOutput"));
      let year: number | undefined;
      if (values.year !== undefined) {
        year = /^\d{4}$/.test(values.year.trim()) ? Number(values.year.trim()) : NaN;
        if (!(year >= 1990 && year <= 2100)) throw new UsageError(cliText(lang, "usage.badYear", { value: values.year }));
      }
      return {
        name,
        lang,
        kind,
        year,
        department: values.department,
        projectName: values.project,
        output: values.output,
        force: values.force ?? false,
        sample: values.sample ?? false,
        profile: profileOf(values.profile, lang),
      };
    }
    case "report": {
      const { values, positionals } = parseArgs({ args, options: OPTIONS.report, allowPositionals: true });
      if (positionals.length !== 1) throw new UsageError(cliText(lang, "usage.oneInput"));
      return { name, lang, profile: profileOf(values.profile, lang), input: positionals[0], output: values.output, force: values.force ?? false };
    }
  }
}
