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
    })
  | (Common & {
      readonly name: "score";
      readonly profile: RuleProfile;
      readonly input: string;
      /** The output path; equal to input with --in-place. */
      readonly output: string;
      readonly inPlace: boolean;
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
    });

/** The parsed command of one name, e.g. `CommandOf<"template">`. */
export type CommandOf<N extends Command["name"]> = Extract<Command, { readonly name: N }>;

export type ParsedArgs =
  | { readonly ok: true; readonly command: Command }
  | { readonly ok: false; readonly lang: Lang; readonly message: string; readonly showUsage: boolean };

const COMMON = {
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "V" },
  lang: { type: "string" },
} as const;

const OPTIONS = {
  check: { ...COMMON, json: { type: "boolean" }, profile: { type: "string" } },
  score: { ...COMMON, output: { type: "string", short: "o" }, "in-place": { type: "boolean" }, profile: { type: "string" } },
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
} as const;

type CommandName = keyof typeof OPTIONS;
const ALL_OPTIONS = { ...OPTIONS.check, ...OPTIONS.score, ...OPTIONS.template };

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
  const rest = argv.filter((_, i) => i !== first.index);
  try {
    return { ok: true, command: commandOf(name as CommandName, rest, lang) };
  } catch (e) {
    if (e instanceof UsageError) return fail(e.message);
    // parseArgs reports unknown options and missing values as TypeErrors with a code.
    if (e instanceof TypeError && "code" in e) return fail(cliText(lang, "usage.badOption", { detail: e.message }));
    throw e;
  }
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
      return { name, lang, json: values.json ?? false, profile: profileOf(values.profile, lang), inputs: positionals };
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
      return { name, lang, profile: profileOf(values.profile, lang), input, output, inPlace };
    }
    case "template": {
      const { values, positionals } = parseArgs({ args, options: OPTIONS.template, allowPositionals: true });
      if (positionals.length > 0) {
        throw new UsageError(cliText(lang, "usage.badOption", { detail: positionals.join(" ") }));
      }
      const kind = values.kind;
      if (kind !== "overall" && kind !== "project") throw new UsageError(cliText(lang, "usage.badKind"));
      if (values.output === undefined) throw new UsageError(cliText(lang, "usage.noOutput"));
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
  }
}
