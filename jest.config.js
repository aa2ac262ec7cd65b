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
  testPathIgnorePatterns: ["/node_modules/", "/dist/", "/build/", "/test/browser/", "/test/release/", "<rootDir>/release/"],
};
