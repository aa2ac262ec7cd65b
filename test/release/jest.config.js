/** Release tests: what `npm run release` wrote to release/ (run by `npm run test:release`, after it). */
/** @type {import('jest').Config} */
module.exports = {
  rootDir: "../..",
  testEnvironment: "node",
  testMatch: ["<rootDir>/test/release/**/*.test.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }],
  },
  testPathIgnorePatterns: ["/node_modules/", "/dist/", "/build/"],
  // Installing the package offline and driving Chromium take a while on a small machine.
  testTimeout: 300_000,
  maxWorkers: 1,
};
