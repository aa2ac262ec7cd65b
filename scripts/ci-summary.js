// Prints one closing line, "N passed, N failed", over every Jest JSON report in test-results/.
"use strict";
const fs = require("fs");
const path = require("path");
const dir = path.join(__dirname, "..", "test-results");
let passed = 0;
let failed = 0;
for (const f of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
  if (!f.endsWith(".json")) continue;
  try {
    const r = JSON.parse(fs.readFileSync(path.join(dir, f), "utf8"));
    passed += r.numPassedTests || 0;
    failed += (r.numFailedTests || 0) + (r.numRuntimeErrorTestSuites || 0);
  } catch {
    failed += 1;
  }
}
console.log(`${passed} passed, ${failed} failed`);
