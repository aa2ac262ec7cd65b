// ESLint flat config: typescript-eslint for all TypeScript, Office add-in rules for the adapter,
// and the architecture's borders as lint rules: one zone per folder of src/, each with what it
// may import (the table is scripts/lint-zones.mjs; test/lint/zones.test.ts proves each border).
import { builtinModules } from "node:module";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import { ZONES, zoneImportRules } from "./scripts/lint-zones.mjs";

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", "build/", "release/", "coverage/", "test-results/", "bench/out/", "**/*.js", "**/*.mjs", "**/*.cjs"] },
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts", "**/*.tsx"],
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // The Office.js adapter: no context.sync in loops, load before read.
    files: ["src/excel/**/*.ts", "src/commands/**/*.ts"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/no-office-initialize": "error",
    },
  },
  // One block per zone; tests beside the code may reach anything (fixtures, Node's fs).
  ...Object.keys(ZONES).map((zone) => ({
    files: [`src/${zone}/**/*.ts`, `src/${zone}/**/*.tsx`],
    ignores: ["**/*.test.ts", "**/*.test.tsx", "src/*/testing/**"],
    rules: zoneImportRules(zone, builtinModules),
  })),
);
