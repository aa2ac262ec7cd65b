#!/usr/bin/env node
// The `jixiao` command: runs the compiled CLI (built by `npm run build:cli`, which `npm ci` runs via `prepare`).
"use strict";
const path = require("path");
const fs = require("fs");
const main = path.join(__dirname, "..", "build", "cli", "main.js");
if (!fs.existsSync(main)) {
  process.stderr.write("jixiao: the CLI is not built yet. Run `npm run build:cli` (npm install does it for you).\n");
  process.exit(2);
}
require(main);
