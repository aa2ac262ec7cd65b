/**
 * The architecture's borders hold: for every zone of src/, an import or global it may not use
 * fails lint (so `npm test` fails), and the imports it may use pass — the probes below are linted
 * with the repository's own config as if they were files of that zone.
 */
import { execFileSync } from "child_process";
import { join } from "path";

const ROOT = join(__dirname, "..", "..");

interface Probe {
  readonly file: string;
  readonly code: string;
}
interface Linted extends Probe {
  readonly rules: readonly string[];
}

const IMPORT_RULE = "@typescript-eslint/no-restricted-imports";
const GLOBAL_RULE = "no-restricted-globals";

const imp = (zone: string, from: string, sub = ""): Probe => ({
  file: `src/${zone}/${sub}__probe__.ts`,
  code: `import * as probe from "${from}";\nexport const used = probe;\n`,
});
const typeImp = (zone: string, from: string): Probe => ({
  file: `src/${zone}/__probe__.ts`,
  code: `import type { Probe } from "${from}";\nexport type Used = Probe;\n`,
});
const glob = (zone: string, name: string): Probe => ({
  file: `src/${zone}/__probe__.ts`,
  code: `export const used = ${name};\n`,
});
/** A test beside the code may reach fixtures and Node. */
const TEST_BESIDE: Probe = { file: "src/domain/__probe__.test.ts", code: 'import { readFileSync } from "fs";\nexport const used = readFileSync;\n' };

/** What each zone may not use: the borders of architecture.md, one probe each. */
const FORBIDDEN: readonly Probe[] = [
  // domain: nothing of ours, no Node (any built-in, with or without node:), no host or DOM.
  imp("domain", "fs/promises"),
  imp("domain", "worker_threads"),
  imp("domain", "node:perf_hooks"),
  imp("domain", "node:fs"),
  imp("domain", "fs", "parse/"),
  imp("domain", "../layout/grid"),
  imp("domain", "../../layout/grid", "parse/"),
  imp("domain", "../i18n/translate"),
  imp("domain", "../excel"),
  imp("domain", "react"),
  imp("domain", "exceljs"),
  glob("domain", "Excel"),
  glob("domain", "window"),
  glob("domain", "process"),
  // layout: domain only.
  imp("layout", "../excel/officeTypes"),
  imp("layout", "../xlsx"),
  imp("layout", "../i18n/translate"),
  imp("layout", "../report/x"),
  imp("layout", "node:path"),
  imp("layout", "decimal.js"),
  glob("layout", "document"),
  glob("layout", "Office"),
  // i18n: the domain at most.
  imp("i18n", "../layout/grid"),
  imp("i18n", "react"),
  // excel: layout, domain, i18n; no Node, no ExcelJS, no React, no DOM.
  imp("excel", "../xlsx"),
  imp("excel", "../taskpane/host/Host"),
  imp("excel", "../cli/args"),
  imp("excel", "exceljs"),
  imp("excel", "react"),
  imp("excel", "node:fs"),
  glob("excel", "window"),
  glob("excel", "Buffer"),
  // xlsx: layout and domain; runs in the browser too.
  imp("xlsx", "../excel"),
  imp("xlsx", "../i18n/translate"),
  imp("xlsx", "../cli/files"),
  imp("xlsx", "zlib"),
  imp("xlsx", "react"),
  glob("xlsx", "Office"),
  glob("xlsx", "process"),
  // commands: the Excel adapter only (a small bundle: no React, no ExcelJS, no layout of its own).
  imp("commands", "../layout/templateSpec"),
  imp("commands", "../domain/evaluate"),
  imp("commands", "../xlsx"),
  imp("commands", "../taskpane/mountPane"),
  imp("commands", "react"),
  imp("commands", "@fluentui/react-components"),
  imp("commands", "../i18n/translate"),
  // cli: xlsx, layout, domain, i18n, report; never the add-in's sides.
  imp("cli", "../excel"),
  imp("cli", "../taskpane/host/Host"),
  imp("cli", "../commands/commands"),
  imp("cli", "react"),
  glob("cli", "Excel"),
  glob("cli", "window"),
  // taskpane: everything but the CLI and the commands, and no Node.
  imp("taskpane", "../cli/args"),
  imp("taskpane", "../../cli/args", "components/"),
  imp("taskpane", "../commands/commands"),
  imp("taskpane", "node:fs"),
  imp("taskpane", "exceljs"),
  glob("taskpane", "process"),
  // report: layout, domain, i18n and docx.
  imp("report", "../xlsx"),
  imp("report", "../excel"),
  imp("report", "node:fs"),
  imp("report", "react"),
];

/** What each zone may use: the same rules must let these through. */
const ALLOWED: readonly Probe[] = [
  imp("domain", "./decimal"),
  imp("domain", "../model", "parse/"),
  imp("domain", "decimal.js"),
  imp("layout", "../domain/input"),
  imp("i18n", "../domain/messageKeys"),
  imp("excel", "../layout/grid"),
  imp("excel", "../domain/profiles"),
  imp("excel", "../i18n/translate"),
  imp("xlsx", "../layout/grid"),
  imp("xlsx", "exceljs"),
  imp("commands", "../excel/insertTemplate"),
  typeImp("commands", "../i18n/translate"),
  imp("cli", "node:fs"),
  imp("cli", "fs/promises"),
  imp("cli", "worker_threads"),
  imp("cli", "../xlsx"),
  imp("cli", "../i18n/translate"),
  imp("taskpane", "react"),
  imp("taskpane", "@fluentui/react-components"),
  imp("taskpane", "../excel"),
  imp("taskpane", "../xlsx"),
  imp("taskpane", "../../layout/grid", "components/"),
  imp("report", "../layout/grid"),
  imp("report", "docx"),
  glob("taskpane", "window"),
  glob("commands", "Office"),
  glob("excel", "Excel"),
];

function lint(probes: readonly Probe[]): Linted[] {
  const out = execFileSync(process.execPath, [join(__dirname, "lintProbes.mjs")], {
    cwd: ROOT,
    input: JSON.stringify(probes),
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(out) as Linted[];
}

const describeProbe = (p: Linted) => `${p.file}: ${p.code.split("\n")[0]}`;

describe("architecture zones are lint rules", () => {
  let forbidden: Linted[];
  let allowed: Linted[];
  let testBeside: Linted;
  beforeAll(() => {
    // One ESLint process for every probe: loading typescript-eslint is the slow part.
    const all = lint([...FORBIDDEN, ...ALLOWED, TEST_BESIDE]);
    forbidden = all.slice(0, FORBIDDEN.length);
    allowed = all.slice(FORBIDDEN.length, FORBIDDEN.length + ALLOWED.length);
    testBeside = all[all.length - 1];
  }, 120_000);

  it("rejects every import and global across a border", () => {
    const missed = forbidden.filter((p) => !p.rules.some((r) => r === IMPORT_RULE || r === GLOBAL_RULE)).map(describeProbe);
    expect(missed).toEqual([]);
  });

  it("lets every allowed import through (the rules are borders, not walls)", () => {
    const refused = allowed
      .filter((p) => p.rules.some((r) => r === IMPORT_RULE || r === GLOBAL_RULE || r.startsWith("fatal")))
      .map((p) => `${describeProbe(p)} → ${p.rules.join(", ")}`);
    expect(refused).toEqual([]);
  });

  it("leaves tests beside the code free to use fixtures and Node", () => {
    expect(testBeside.rules).toEqual([]);
  });
});
