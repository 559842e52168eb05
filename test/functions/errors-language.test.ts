// Function errors in Excel's display language (issue 9 item 3): Chinese for
// zh-*, English for any other Office.context.displayLanguage, Chinese where
// no Office is there to ask — through CustomFunctions.Error as Excel builds it.
import { ShimError, thrown } from "./support/custom-functions";
import { amount, target } from "../../src/functions/functions";
import { score } from "./support/score";
import { inChinese } from "../../src/functions/errors";
import { languageOf } from "../../scripts/build/manifest-checks";

const g = globalThis as { Office?: unknown };
const withLanguage = (displayLanguage: string | undefined, f: () => void) => {
  const before = g.Office;
  g.Office = displayLanguage === undefined ? undefined : { context: { displayLanguage } };
  try {
    f();
  } finally {
    g.Office = before;
  }
};

const cases: [string, () => unknown][] = [
  ["a bad argument (#VALUE!)", () => amount("abc")],
  ["an unknown unit (#N/A)", () => target("火星", "谋划", "2023Q1")],
  ["a bad quarter", () => score([["项目名称"]], "临汝镇", "2023Q9")],
];

describe.each(cases)("%s", (_name, call) => {
  test.each(["en-US", "en-GB", "fr-FR", "ja-JP"])("in %s Excel: English", (lang) => {
    withLanguage(lang, () => {
      const e = thrown(call);
      expect(e).toBeInstanceOf(ShimError);
      // English text; the clerk's own input and amounts like 1.5亿 stay as typed.
      expect(languageOf(e.message ?? "")).toBe("en");
      expect(e.message).toBe(e.messageEn);
    });
  });
  test.each(["zh-CN", "zh-cn", "zh-TW"])("in %s Excel: Chinese", (lang) => {
    withLanguage(lang, () => {
      const e = thrown(call);
      expect(languageOf(e.message ?? "")).toBe("zh");
    });
  });
  test("with no Office to ask (CLI, tests): Chinese, both texts kept", () => {
    withLanguage(undefined, () => {
      const e = thrown(call) as ShimError & { messageEn: string; messageZh: string };
      expect(e.message).toBe(e.messageZh);
      expect(languageOf(e.messageZh)).toBe("zh");
      expect(languageOf(e.messageEn)).toBe("en");
    });
  });
});

test("the rule: zh-* and unknown are Chinese, everything else English", () => {
  expect([undefined, null, "", "zh-CN", "zh-HK", "ZH-TW"].map(inChinese)).toEqual([true, true, true, true, true, true]);
  expect(["en-US", "de-DE", "ko-KR", "x"].map(inChinese)).toEqual([false, false, false, false]);
});
