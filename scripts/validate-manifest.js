#!/usr/bin/env node
/* `npm run validate:manifest [-- --schemas DIR] [-- FILE]`: checks manifest.xml against Microsoft's
   add-in manifest XSD with xmllint, offline. The schemas are Microsoft's and are not shipped in this
   repository; give their folder with --schemas or JIXIAO_SCHEMAS (a sibling ../shared/schemas is
   used when present). Without them, or without xmllint, it says plainly what is missing and exits 2.
   The structural checks XSD cannot make run with `npx jest test/manifest` and need nothing. */
"use strict";
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const args = process.argv.slice(2);
const flag = args.indexOf("--schemas");
const candidates = [flag >= 0 ? args[flag + 1] : undefined, process.env.JIXIAO_SCHEMAS, path.join(ROOT, "..", "shared", "schemas")].filter(Boolean);
const manifest = args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--schemas") || path.join(ROOT, "manifest.xml");
const schemaDir = candidates.find((dir) => fs.existsSync(path.join(dir, "OfficeAppManifestV1_1.xsd")));

if (!schemaDir) {
  process.stderr.write(
    [
      "validate:manifest: Microsoft's manifest schema (OfficeAppManifestV1_1.xsd and the XSDs it imports) was not found.",
      "  It is not part of this repository. Get the task-pane schemas Microsoft publishes in the",
      "  OfficeDev/office-js-docs-pr repository (docs/overview/schemas/taskpane/) and run",
      "    npm run validate:manifest -- --schemas <folder with the .xsd files>",
      "  (or set JIXIAO_SCHEMAS). The structural checks run without them: npx jest test/manifest",
      "",
    ].join("\n"),
  );
  process.exit(2);
}

const r = spawnSync("xmllint", ["--noout", "--schema", path.join(schemaDir, "OfficeAppManifestV1_1.xsd"), manifest], { stdio: "inherit" });
if (r.error) {
  process.stderr.write("validate:manifest: xmllint is not installed (Debian/Ubuntu: apt-get install libxml2-utils; macOS has it).\n");
  process.exit(2);
}
process.exit(r.status ?? 1);
