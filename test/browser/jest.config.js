/** Browser tests: the built pages (dist/) in headless Debian Chromium through playwright-core. Run after `npm run build`. */
/** @type {import('jest').Config} */
module.exports = {
  rootDir: "../..",
  testEnvironment: "node",
  testMatch: ["<rootDir>/test/browser/**/*.browser.test.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }],
  },
  testPathIgnorePatterns: ["/node_modules/", "/dist/", "/build/"],
  testTimeout: 60_000,
  // One Chromium at a time: the machines running CI are small.
  maxWorkers: 1,
};
