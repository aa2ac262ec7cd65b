import { readFileSync } from "fs";
import { join } from "path";
import webpack from "webpack";

const OUT = join(__dirname, "..", "..", "..", "test-results", "browser-build");

/** Bundles a fixture (TypeScript, imports allowed) into one script for the page; returns its text. */
export async function bundleFixture(entry: string, name: string): Promise<string> {
  const compiler = webpack({
    mode: "development",
    devtool: false,
    target: "web",
    entry,
    output: { path: OUT, filename: `${name}.js` },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "esnext", noEmit: false, sourceMap: false } } },
        },
      ],
    },
    performance: { hints: false },
  });
  await new Promise<void>((resolve, reject) =>
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error) reject(error);
      else if (stats?.hasErrors()) reject(new Error(stats.toString("errors-only")));
      else resolve();
    }),
  );
  return readFileSync(join(OUT, `${name}.js`), "utf8");
}

/** Office.js as a plain browser sees it: onReady reports no host. */
export const OFFICE_WITHOUT_HOST = `
window.Office = {
  HostType: { Excel: "Excel" },
  context: { displayLanguage: undefined, requirements: { isSetSupported: function () { return false; } } },
  actions: { associate: function () {} },
  onReady: function (cb) {
    var info = { host: null, platform: null };
    return Promise.resolve().then(function () { if (cb) cb(info); return info; });
  }
};`;
