// The page for where the add-in cannot run (src/taskpane/unsupported.ts) and its
// ES5 gate (src/taskpane/gate.es5.js): the gate must parse in IE11's ES5, and the
// page must say the same things in Chinese and English. The browser behaviour is
// test/browser/fallback.test.ts.
import * as fs from "fs";
import * as path from "path";
import { parse } from "acorn";
import { languageOf } from "../../scripts/build/manifest-checks";
import { UNSUPPORTED_TEXT, unsupportedHtml, WEB_PAGE } from "../../src/taskpane/unsupported";

const GATE = path.join(__dirname, "../../src/taskpane/gate.es5.js");

test("the gate is ES5: IE11 runs it", () => {
  const source = fs.readFileSync(GATE, "utf8");
  expect(() => parse(source, { ecmaVersion: 5 })).not.toThrow();
  // A sanity check that the parser does refuse later syntax.
  expect(() => parse("const a = () => 1;", { ecmaVersion: 5 })).toThrow();
});

test("each text is in its language, and both languages give the same reasons and needs, and point to the no-install page", () => {
  const { zh, en } = UNSUPPORTED_TEXT;
  expect(Object.keys(zh.reasons)).toEqual(Object.keys(en.reasons));
  expect(zh.need.length).toBe(en.need.length);
  for (const t of [zh.title, ...Object.values(zh.reasons), ...zh.need, zh.web, zh.webLink, zh.webSave, zh.notice]) expect(languageOf(t)).toBe("zh");
  for (const t of [en.title, ...Object.values(en.reasons), ...en.need, en.web, en.webLink, en.webSave, en.notice]) expect(languageOf(t)).toBe("en");
  // No command to run: `npx sanpi` would fetch whatever is published under that name (issue 18).
  expect(JSON.stringify(UNSUPPORTED_TEXT)).not.toMatch(/npx|sanpi (check|rank)/);
  const { page } = unsupportedHtml();
  expect(page.split(`href="${WEB_PAGE}"`).length - 1).toBe(2);
  for (const t of [zh, en]) expect(t.notice).toContain("{sets}");
});

test("the HTML is hidden until the gate shows it, holds one element per reason, Chinese first", () => {
  const { page, notice } = unsupportedHtml();
  expect(page).toMatch(/^<div id="sanpi-unsupported"[^>]*style="display:none/);
  expect(notice).toMatch(/^<div id="sanpi-notice"[^>]*style="display:none/);
  for (const r of Object.keys(UNSUPPORTED_TEXT.zh.reasons)) expect(page.split(`data-reason="${r}"`).length - 1).toBe(2);
  expect(page.indexOf('lang="zh-CN"')).toBeLessThan(page.indexOf('lang="en"'));
  expect(page).not.toMatch(/<script/i);
});
