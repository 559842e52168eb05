/** Unit tests run in node; the browser test (real Chromium) is its own project. */
const tsJest = ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: { warnOnly: false } }];
// No test times anything (benchmarks live in `npm run bench`); the timeout only says when a test is
// stuck. 30 s, not Jest's 5 s: on a shared 2-core machine a CLI test that writes a workbook can take 6 s.
const testTimeout = 30_000;
module.exports = {
  testTimeout,
  projects: [
    {
      displayName: "unit",
      testTimeout,
      testEnvironment: "node",
      roots: ["<rootDir>/test"],
      testMatch: ["**/*.test.ts", "**/*.test.tsx"],
      testPathIgnorePatterns: ["/test/browser/"],
      transform: { "^.+\\.tsx?$": tsJest },
    },
    {
      displayName: "browser",
      testTimeout,
      testEnvironment: "node",
      roots: ["<rootDir>/test/browser"],
      testMatch: ["**/*.test.ts"],
      transform: { "^.+\\.tsx?$": tsJest },
    },
  ],
};
