#!/usr/bin/env node
/* `npm run bench`: compiles the benches (tsconfig.bench.json → build/bench) and runs them.
   Extra arguments go to bench/main.ts, e.g. `npm run bench -- --only engine,cli`. */
"use strict";
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..");
const tsc = require.resolve("typescript/bin/tsc");
process.stderr.write("bench: compiling (tsc -p tsconfig.bench.json) …\n");
const compiled = spawnSync(process.execPath, [tsc, "-p", "tsconfig.bench.json"], { cwd: root, stdio: "inherit" });
const main = path.join(root, "build", "bench", "bench", "main.js");
if (compiled.status !== 0) {
  // tsc still emits on type errors; a type error elsewhere should not stop a measurement.
  process.stderr.write("bench: tsc reported errors (above); running what it emitted\n");
}
if (!fs.existsSync(main)) {
  process.stderr.write(`bench: ${path.relative(root, main)} was not produced\n`);
  process.exit(1);
}
const run = spawnSync(process.execPath, [main, ...process.argv.slice(2)], { cwd: root, stdio: "inherit" });
process.exit(run.status ?? 1);
