/** Unit and integration tests (Node). Browser tests live in test/browser and run with playwright-core. */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/test", "<rootDir>/bench"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }],
  },
  // TypeScript first, so a stray compiled .js beside a .ts is never what runs.
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  // A guard against hangs, not a speed goal: many suites spawn the CLI or LibreOffice, and a
  // loaded machine must not fail them by chance (speed lives in npm run bench).
  testTimeout: 120_000,
  testPathIgnorePatterns: ["/node_modules/", "/dist/", "/build/", "/test/browser/", "/test/release/", "<rootDir>/release/"],
};
