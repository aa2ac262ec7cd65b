#!/usr/bin/env node
/* `npm run release [-- --url https://intranet.example.gov.cn/jixiao/]` writes release/:
     jixiao-checker.html   the standalone checker as one self-contained file (file://, offline)
     rules.html            the rules page its help link opens
     jixiao-addin/         what an IT admin hosts: standard/ (Office.js from Microsoft's CDN) and
                           intranet/ (Office.js bundled), each with its manifest, plus 部署说明
     jixiao-<version>.tgz  the CLI as an npm package, run-time dependencies bundled
     使用说明.md            what each of them is for
   Without --url (or JIXIAO_URL) the manifests carry a placeholder address the guide tells the admin
   to replace. Works the same in Windows cmd, PowerShell and bash. */
"use strict";
const { spawnSync } = require("child_process");
const crypto = require("crypto");
const fs = require("fs");
const path = require("path");
const { pageCsp } = require("./pagePolicy");
const { rulesHtml } = require("./rulesPage");

const ROOT = path.resolve(__dirname, "..");
const OUT = path.join(ROOT, "release");
const WORK = path.join(ROOT, "build", "release-work");
/** Stands for the admin's address until they put theirs in (RFC 2606: .invalid never resolves). */
const PLACEHOLDER_URL = "https://jixiao-host.invalid/jixiao/";
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));

function argValue(name) {
  const i = process.argv.indexOf(`--${name}`);
  if (i >= 0) return process.argv[i + 1];
  const eq = process.argv.find((a) => a.startsWith(`--${name}=`));
  return eq ? eq.slice(name.length + 3) : undefined;
}

function run(cmd, args, options = {}) {
  process.stderr.write(`release: ${path.basename(cmd)} ${args.join(" ")}\n`);
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: "inherit", ...options });
  if (r.status !== 0) {
    process.stderr.write(`release: failed (${r.error ? r.error.message : `exit ${r.status}`})\n`);
    process.exit(1);
  }
  return r;
}

const webpackCli = require.resolve("webpack-cli/bin/cli.js");
const webpack = (...args) => run(process.execPath, [webpackCli, ...args]);

/** sha256 of an inline script, as CSP wants it. */
const sha256 = (text) => crypto.createHash("sha256").update(text, "utf8").digest("base64");

/** Script text safe inside <script>…</script> (the same JavaScript). */
function inlineSafe(js) {
  return js.replace(/<\/(script)/gi, "<\\/$1").replace(/<!--/g, "<\\!--");
}

/** The checker as one HTML file: the IE guard and the whole checker (lazy chunks folded in) inline. */
function singleFileChecker(guardJs, checkerJs) {
  const scripts = [inlineSafe(guardJs), inlineSafe(checkerJs)];
  const csp = pageCsp("checker", "cdn", { self: "", scriptHashes: scripts.map(sha256) });
  return `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="UTF-8" />
    <!-- jixiao ${pkg.version}. One file, nothing fetched: the policy allows only these two inline
         scripts (by their sha256), inline styles (Fluent UI inserts its styles at run time),
         and blob:/data: images. -->
    <meta http-equiv="Content-Security-Policy" content="${csp}" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="generator" content="jixiao ${pkg.version}" />
    <title>绩效自评助手</title>
    <style>
      body { margin: 0; background: #fafafa; }
      #jixiao-upgrade { display: none; margin: 16px; font: 14px/1.6 "Microsoft YaHei", "PingFang SC", sans-serif; }
    </style>
    <script>${scripts[0]}</script>
  </head>
  <body>
    <div id="jixiao-upgrade" role="alert">
      <p>此加载项需要较新版本的 Office。请升级到 Microsoft 365 或 Office 2021 及以上版本后再打开。</p>
      <p lang="en">This add-in needs a newer version of Office. Please upgrade to Microsoft 365 or Office 2021 or later, then open it again.</p>
    </div>
    <div id="root"></div>
    <script>${scripts[1]}</script>
  </body>
</html>
`;
}

function copyText(from, to) {
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.copyFileSync(from, to);
}

function main() {
  const url = argValue("url") || process.env.JIXIAO_URL || PLACEHOLDER_URL;
  fs.rmSync(OUT, { recursive: true, force: true });
  fs.mkdirSync(OUT, { recursive: true });

  // (b) The add-in, twice: Office.js from Microsoft's CDN, and bundled for networks that block it.
  const addin = path.join(OUT, "jixiao-addin");
  webpack("--mode", "production", "--env", `url=${url}`, "--output-path", path.join(addin, "standard"));
  webpack("--mode", "production", "--env", `url=${url}`, "--env", "officejs=local", "--output-path", path.join(addin, "intranet"));
  copyText(path.join(ROOT, "docs", "release", "DEPLOY.md"), path.join(addin, "部署说明.md"));

  // (a) The checker as one file (one chunk: the .xlsx reader folded in), and the rules page beside it.
  const single = path.join(WORK, "single");
  webpack("--env", `singlefile=${single}`);
  const html = singleFileChecker(
    fs.readFileSync(path.join(addin, "standard", "pageGuard.js"), "utf8"),
    fs.readFileSync(path.join(single, "checker.js"), "utf8"),
  );
  fs.writeFileSync(path.join(OUT, "jixiao-checker.html"), html);
  fs.writeFileSync(path.join(OUT, "rules.html"), rulesHtml(fs.readFileSync(path.join(ROOT, "docs", "RULES.md"), "utf8")));

  // (c) The CLI package (npm pack runs `prepare`, which compiles the CLI).
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  run(npm, ["pack", "--pack-destination", OUT], { shell: process.platform === "win32" });

  copyText(path.join(ROOT, "docs", "release", "USAGE.md"), path.join(OUT, "使用说明.md"));
  fs.rmSync(WORK, { recursive: true, force: true });
  const note = url === PLACEHOLDER_URL ? `\n  manifests use the placeholder ${PLACEHOLDER_URL}: rerun with --url https://your.host/jixiao/ (or see 部署说明)` : "";
  process.stderr.write(`release: written to ${path.relative(ROOT, OUT)}/ (jixiao ${pkg.version})${note}\n`);
}

main();
