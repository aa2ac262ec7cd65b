/* Builds the task pane, the ribbon commands and the standalone checker into dist/. */
"use strict";
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { productionManifest } = require("./scripts/manifestUrls");

// Where the production build is hosted; the manifest's localhost URLs are rewritten to it.
const PROD_URL = ensureSlash(process.env.JIXIAO_URL || "https://example.com/jixiao/");
const PORT = Number(process.env.npm_package_config_dev_server_port || 3000);

function ensureSlash(url) {
  return url.endsWith("/") ? url : `${url}/`;
}

/** dev-server https options from office-addin-dev-certs; dev only, never in a production build. */
async function httpsOptions() {
  if (process.env.JIXIAO_HTTP === "1") return undefined; // plain http on localhost (no Excel, e.g. Linux)
  const devCerts = require("office-addin-dev-certs");
  return devCerts.getHttpsServerOptions();
}

module.exports = async (env, argv) => {
  const dev = argv.mode !== "production";
  const https = dev && process.argv.some((a) => a === "serve") ? await httpsOptions() : undefined;
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      checker: "./src/taskpane/checker.tsx",
      commands: "./src/commands/commands.ts",
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
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "esnext", noEmit: false, sourceMap: dev } } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // Shared runtime: the ribbon commands run in the pane's page, so both bundles load here.
        chunks: ["commands", "taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new HtmlWebpackPlugin({
        filename: "index.html",
        template: "./src/taskpane/checker.html",
        chunks: ["checker"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/help.html", to: "help.html" },
          // The ribbon command's error dialog (displayDialogAsync needs a page of its own).
          { from: "src/commands/dialog.html", to: "dialog.html" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (dev ? content : Buffer.from(productionManifest(content.toString(), PROD_URL))),
          },
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
