/**
 * `npm run fuzz`: the same property files as `npm test` (test/fuzz/ and test/hostile/), with the
 * "full" share of budget.ts: at least 100,000 cases in all. FUZZ_RUNS=<n> scales the run to about
 * n cases; FUZZ_SEED=<seed> FUZZ_PATH=<path> replays a failure fast-check reported.
 */
process.env.JIXIAO_FUZZ = "full";

/** @type {import('jest').Config} */
module.exports = {
  rootDir: "../..",
  testEnvironment: "node",
  roots: ["<rootDir>/test/fuzz", "<rootDir>/test/hostile"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }],
  },
  // TypeScript first, so a stray compiled .js beside a .ts is never what runs.
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  testPathIgnorePatterns: ["/node_modules/", "/dist/", "/build/"],
  // A full property runs for minutes; the default 5 s per test is for unit tests.
  testTimeout: 60 * 60 * 1000,
};
