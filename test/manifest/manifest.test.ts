import { execFileSync } from "child_process";
import { existsSync, readFileSync } from "fs";
import path from "path";
import { manifestProblems } from "./manifestProblems";
import { COMMAND_FUNCTION_NAMES } from "../../src/commands/functionNames";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { productionManifest } = require("../../scripts/manifestUrls") as { productionManifest: (xml: string, url: string) => string };

const root = path.resolve(__dirname, "../..");
const manifest = readFileSync(path.join(root, "manifest.xml"), "utf8");
const options = { registeredFunctions: COMMAND_FUNCTION_NAMES };

describe("manifest.xml", () => {
  it("has no structural problem XSD cannot see", () => {
    expect(manifestProblems(manifest, options)).toEqual([]);
  });

  it("has the two buttons with zh-CN labels and the shared runtime", () => {
    expect(manifest).toContain('<FunctionName>insertTemplate</FunctionName>');
    expect(manifest).toContain('Value="插入模板"');
    expect(manifest).toContain('Value="校验并评分"');
    expect(manifest).toContain('Value="绩效自评"');
    expect(manifest).toMatch(/<Runtime resid="Taskpane.Url" lifetime="long"\/>/);
    // Microsoft's shared-runtime guide: the requirement declared, the FunctionFile and the
    // task pane's SourceLocation on the same page as the runtime.
    expect(manifest).toMatch(/<Requirements>\s*<Sets[^>]*>[\s\S]*<Set Name="SharedRuntime" MinVersion="1.1"\/>[\s\S]*<\/Sets>\s*<\/Requirements>/);
    expect(manifest).toContain('<FunctionFile resid="Taskpane.Url"/>');
    expect(manifest).toMatch(/<Action xsi:type="ShowTaskpane">\s*<TaskpaneId>[^<]+<\/TaskpaneId>\s*<SourceLocation resid="Taskpane.Url"\/>/);
    for (const size of [16, 32, 80]) expect(existsSync(path.join(root, `assets/icon-${size}.png`))).toBe(true);
  });

  it("production rewrite leaves no localhost and keeps every URL https", () => {
    const prod = productionManifest(manifest, "https://addin.example.org/jixiao/");
    expect(prod).not.toMatch(/localhost/);
    expect(manifestProblems(prod, { ...options, production: true })).toEqual([]);
    // The unrewritten manifest would fail that check: the check can fail.
    expect(manifestProblems(manifest, { ...options, production: true }).length).toBeGreaterThan(0);
  });

  it("catches a dangling resid", () => {
    const broken = manifest.replace('<Label resid="Group.Label"/>', '<Label resid="Group.Missing"/>');
    expect(manifestProblems(broken, options)).toContain('resid "Group.Missing" on <Label> has no resource');
  });

  it("catches a duplicate id", () => {
    const broken = manifest.replace('id="Jixiao.ValidateScore"', 'id="Jixiao.InsertTemplate"');
    expect(manifestProblems(broken, options)).toContain('duplicate id "Jixiao.InsertTemplate" on <Control>');
    const dupResource = manifest.replace('bt:Image id="Icon.80"', 'bt:Image id="Icon.32"');
    expect(manifestProblems(dupResource, options)).toContain('duplicate resource id "Icon.32"');
  });

  it("catches an unregistered FunctionName, an http URL and an over-long label", () => {
    const broken = manifest
      .replace("<FunctionName>insertTemplate</FunctionName>", "<FunctionName>doesNotExist</FunctionName>")
      .replace('"https://localhost:3000/help.html"/>\n  <AppDomains>', '"http://localhost:3000/help.html"/>\n  <AppDomains>')
      .replace('DefaultValue="Insert template"', `DefaultValue="${"x".repeat(126)}"`);
    const problems = manifestProblems(broken, options);
    expect(problems).toContain('FunctionName "doesNotExist" is not registered by the commands code');
    expect(problems).toContain("URL is not https: http://localhost:3000/help.html");
    expect(problems).toContain('string "InsertTemplate.Label" is longer than 125 characters');
  });

  it("every registered function is wired in the commands code", () => {
    const source = readFileSync(path.join(root, "src/commands/commands.ts"), "utf8");
    expect(source).toMatch(/Office\.actions\.associate\(/);
  });

  const schema = path.resolve(root, "../shared/schemas/OfficeAppManifestV1_1.xsd");
  const haveXmllint = (() => {
    try {
      execFileSync("xmllint", ["--version"], { stdio: "ignore" });
      return true;
    } catch {
      return false;
    }
  })();

  it("validates against the Office XSD when the schemas and xmllint are present", () => {
    if (!existsSync(schema) || !haveXmllint) {
      // Without them the XSD step cannot run here; the structural checks above still hold.
      expect(manifestProblems(manifest, options)).toEqual([]);
      return;
    }
    const out = execFileSync("xmllint", ["--noout", "--schema", schema, path.join(root, "manifest.xml")], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    expect(out).toBe("");
  });
});
