// ESLint over src/ and scripts/ (issue 16 item 7): the recommended rules of ESLint and
// typescript-eslint, with the few choices below made for this code base.
// Formatting is Prettier's (.prettierrc), so no stylistic rules here.
// `npm run lint` = ESLint and Prettier over src/, scripts/ and assets/make-icons.ts.
import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import globals from "globals";
import tseslint from "typescript-eslint";

export default defineConfig(
  { ignores: ["dist/**", "lib/**", "node_modules/**", "coverage/**", "test-results/**"] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    // The engine is pure (no host globals: a test imports it in Node); the hosts run in the
    // browser (task pane, page, WPS) or in Node (CLI), so both sets are known here.
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // A leading underscore marks a parameter or binding kept for its position or its shape
      // (an interface method's argument, a destructured part left out).
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" }],
      // ExcelJS is required lazily on purpose: loading it costs as much as reading a large
      // ledger, and only the commands that write need it (src/cli/exceljs.ts).
      "@typescript-eslint/no-require-imports": ["error", { allow: ["^exceljs$"] }],
    },
  },
  {
    // The console escapes the control characters a cell may hold (issue 15 §3.4), and the
    // SpreadsheetML writers write them as _xHHHH_: matching them is the point.
    files: ["src/cli/console-text.ts", "src/xlsx/**/*.ts"],
    rules: { "no-control-regex": "off" },
  },
  {
    // The scripts load at run time what exists only then: the benchmarks bundled into lib/, a
    // bundle made on the fly, the TypeScript hook (scripts/register-ts.js, itself CommonJS).
    files: ["scripts/**/*.{ts,js}"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // The gate runs in the oldest WebViews, as ES5: a catch needs its binding even when unused.
    files: ["src/**/*.es5.js"],
    rules: { "@typescript-eslint/no-unused-vars": ["error", { caughtErrors: "none" }] },
  },
);
