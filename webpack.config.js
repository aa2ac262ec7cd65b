/* Builds the task pane, the ribbon commands and the standalone checker into dist/.

   Options (the same in Windows cmd, PowerShell and bash):
     npm run build -- --env url=https://intranet.example.gov.cn/jixiao/        (required for a production build)
     npm run build -- --env url=https://…/jixiao/ --env officejs=local         (Office.js bundled into dist/office-js/)
   The environment variables JIXIAO_URL and JIXIAO_OFFICE_JS=local are read too, for CI scripts.
   `--env singlefile` builds the standalone checker alone, as one script without lazy chunks
   (scripts/release.js inlines it into release/jixiao-checker.html). */
"use strict";
const path = require("path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { productionManifest } = require("./scripts/manifestUrls");
const { OFFICE_JS_CDN, OFFICE_JS_LOCAL, officeJsSource, pageCsp } = require("./scripts/pagePolicy");
const { rulesHtml } = require("./scripts/rulesPage");

const PORT = Number(process.env.npm_package_config_dev_server_port || 3000);

function ensureSlash(url) {
  return url.endsWith("/") ? url : `${url}/`;
}

/** The production URL: `--env url=…` or JIXIAO_URL; a production build without one stops here. */
function productionUrl(env) {
  const url = (typeof env.url === "string" && env.url) || process.env.JIXIAO_URL || "";
  if (!url) {
    throw new Error(
      [
        "jixiao: a production build needs the https address the add-in will be hosted at, e.g.",
        "  npm run build -- --env url=https://intranet.example.gov.cn/jixiao/",
        "(or set JIXIAO_URL). For a local trial build use `npm run build:dev`.",
        "生产构建需要加载项的托管地址（https），例如：npm run build -- --env url=https://内网地址/jixiao/",
      ].join("\n"),
    );
  }
  if (!/^https:\/\//.test(url)) throw new Error(`jixiao: the hosting address must start with https:// (Office requires it): ${url}`);
  return ensureSlash(url);
}

/** `--env officejs=local` or JIXIAO_OFFICE_JS=local: Office.js from @microsoft/office-js, copied into dist/. */
function officeJsMode(env) {
  const mode = (typeof env.officejs === "string" && env.officejs) || process.env.JIXIAO_OFFICE_JS || "cdn";
  if (mode !== "cdn" && mode !== "local") throw new Error(`jixiao: officejs must be "cdn" or "local", not "${mode}"`);
  return mode;
}

/** dev-server https options from office-addin-dev-certs; dev only, never in a production build. */
async function httpsOptions() {
  if (process.env.JIXIAO_HTTP === "1") return undefined; // plain http on localhost (no Excel, e.g. Linux)
  const devCerts = require("office-addin-dev-certs");
  return devCerts.getHttpsServerOptions();
}

/** The page guard and what it imports (its message, the catalogues), compiled to ES5. */
const ES5_SOURCES = /(pageGuard|officeJsMissing)\.ts$|[\\/]src[\\/]i18n[\\/]ui\.[\w-]+\.ts$/;

/** Builds share one cache (the variants differ only in their pages), so the second build is quick. */
const cache = (mode) => ({
  type: "filesystem",
  name: mode,
  buildDependencies: { config: [__filename, require.resolve("./scripts/pagePolicy"), require.resolve("./scripts/rulesPage")] },
});

const tsRule = (dev) => ({
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "esnext", noEmit: false, sourceMap: dev } } },
});

/** The standalone checker alone, every chunk folded into checker.js (for the one-file release). */
function singleFileConfig(outDir) {
  return {
    mode: "production",
    cache: cache("single"),
    devtool: false,
    entry: { checker: "./src/taskpane/checker.tsx" },
    output: { path: outDir, filename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: { rules: [tsRule(false)] },
    performance: { hints: false },
    plugins: [new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 })],
  };
}

module.exports = async (env = {}, argv = {}) => {
  if (env.singlefile) return singleFileConfig(path.resolve(__dirname, typeof env.singlefile === "string" ? env.singlefile : "build/single"));
  const dev = argv.mode !== "production";
  const prodUrl = dev ? undefined : productionUrl(env);
  const officeJs = officeJsMode(env);
  const https = dev && process.argv.some((a) => a === "serve") ? await httpsOptions() : undefined;
  const officeJsSrc = officeJsSource(officeJs);
  const page = (template, filename, chunks, kind, extra = {}) =>
    new HtmlWebpackPlugin({
      filename,
      template,
      chunks,
      chunksSortMode: "manual",
      templateParameters: { officeJsSrc, csp: pageCsp(kind, officeJs, { dev }) },
      ...extra,
    });
  return {
    cache: cache(dev ? "development" : "production"),
    devtool: dev ? "source-map" : false,
    // ES5 wrappers: the page guard must run (and say "upgrade") even in Internet Explorer.
    target: ["web", "es5"],
    entry: {
      pageGuard: { import: "./src/taskpane/pageGuard.ts" },
      taskpane: "./src/taskpane/index.tsx",
      checker: "./src/taskpane/checker.tsx",
      commands: "./src/commands/commands.ts",
      dialog: "./src/commands/dialog.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          // The guard runs before anything else, in any browser: compiled down to ES5.
          test: ES5_SOURCES,
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "esnext", target: "es5", noEmit: false, sourceMap: dev } } },
        },
        { ...tsRule(dev), exclude: [/node_modules/, ES5_SOURCES] },
      ],
    },
    performance: { hints: false },
    plugins: [
      // Shared runtime: taskpane.html is also the FunctionFile. Its template loads pageGuard.js,
      // Office.js and commands.js blocking, in that order, so the ribbon's functions are
      // registered before anything else runs; the pane bundle comes after, deferred.
      page("./src/taskpane/taskpane.html", "taskpane.html", ["taskpane"], "pane"),
      page("./src/taskpane/checker.html", "index.html", ["checker"], "checker"),
      // The ribbon command's message dialog (displayDialogAsync needs a page of its own).
      page("./src/commands/dialog.html", "dialog.html", ["dialog"], "dialog"),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/help.html", to: "help.html" },
          // The help link's page: docs/RULES.md, every check and what to do about it.
          { from: "docs/RULES.md", to: "rules.html", transform: (content) => rulesHtml(content.toString()) },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (dev ? content : Buffer.from(productionManifest(content.toString(), prodUrl))),
          },
          ...(officeJs === "local"
            ? [
                {
                  // Microsoft: in secure environments, bundle the Office.js files with the add-in.
                  from: path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist"),
                  to: path.dirname(OFFICE_JS_LOCAL),
                  globOptions: { ignore: ["**/*.debug.js", "**/*vsdoc*", "**/*.d.ts"] },
                  // Microsoft's files as published: not minified again (Terser would take minutes).
                  info: { minimized: true },
                },
              ]
            : []),
        ],
      }),
    ],
    devServer: {
      port: PORT,
      host: "localhost",
      headers: { "Access-Control-Allow-Origin": "*" },
      server: https ? { type: "https", options: https } : "http",
      static: false,
      hot: false,
      client: { overlay: false },
    },
  };
};

module.exports.OFFICE_JS_CDN = OFFICE_JS_CDN;
