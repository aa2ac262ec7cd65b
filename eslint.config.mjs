// ESLint flat config: typescript-eslint for all TypeScript, Office add-in rules for the adapter,
// and the pure core's borders as lint rules (style.md habit 1).
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";

const nodeBuiltins = [
  "fs", "path", "os", "child_process", "crypto", "stream", "util", "zlib", "http", "https", "url", "events", "buffer", "process",
].flatMap((m) => [m, `node:${m}`, `${m}/*`, `node:${m}/*`]);

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", "build/", "coverage/", "test-results/", "bench/out/", "**/*.js", "**/*.mjs", "**/*.cjs"] },
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts", "**/*.tsx"],
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // ExcelJS is imported only in src/xlsx/ (one wrapper per outside library).
    files: ["src/**/*.ts", "src/**/*.tsx"],
    ignores: ["src/xlsx/**"],
    rules: { "no-restricted-imports": ["error", { paths: ["exceljs"] }] },
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
  {
    // The pure core: no host, DOM, Node, React or ExcelJS.
    files: ["src/domain/**/*.ts", "src/layout/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [...nodeBuiltins, "react", "react-dom", "exceljs", "@fluentui/react-components"],
          patterns: ["../excel/*", "../xlsx/*", "../taskpane/*", "../commands/*", "../cli/*"],
        },
      ],
      "no-restricted-globals": ["error", "Excel", "Office", "OfficeExtension", "window", "document", "navigator", "process", "require", "Buffer"],
    },
  },
  {
    // domain/ imports nothing else of ours.
    files: ["src/domain/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { paths: [...nodeBuiltins, "react", "react-dom", "exceljs", "@fluentui/react-components"], patterns: ["../layout/*", "../../layout/*", "../excel/*", "../xlsx/*", "../taskpane/*", "../commands/*", "../cli/*", "../i18n/*", "../../i18n/*"] },
      ],
    },
  },
);
