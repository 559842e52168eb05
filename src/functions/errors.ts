// Errors the SANPI functions return to Excel: #VALUE! for a bad argument, #N/A
// for an unknown unit or group, each with the catalogue's message in Excel's
// display language: Chinese for zh-*, English otherwise, Chinese where there is
// no Office to ask (the task pane's rule, src/taskpane/strings.ts langOf).
// CustomFunctions.Error and ErrorCode.invalidValue / notAvailable are
// CustomFunctionsRuntime 1.2 / 1.3, which the manifest requires
// (learn.microsoft.com/javascript/api/requirement-sets/excel/custom-functions-requirement-sets).
import { message, type MessageCode, type MessageParams } from "../engine/messages";
import type { Issue, Lang } from "../engine/types";

export type FunctionErrorCode = "#VALUE!" | "#N/A";

/** What is thrown: Excel's CustomFunctions.Error, with both texts alongside. */
export type FunctionError = CustomFunctions.Error & { messageZh: string; messageEn: string };

/**
 * Stand-in with the same shape as CustomFunctions.Error, used only where the
 * runtime is absent (the CLI benchmark, a browser preview outside Excel).
 */
class FallbackError extends Error {
  constructor(
    readonly code: FunctionErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "CustomFunctions.Error";
  }
}

function hasRuntime(): boolean {
  return typeof CustomFunctions !== "undefined" && typeof CustomFunctions.Error === "function";
}

/**
 * Excel's display language, e.g. "en-US" (Office.context.displayLanguage, read per
 * error: it is set once Office is ready); undefined where there is no Office.
 */
function displayLanguage(): string | undefined {
  try {
    return typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined;
  } catch {
    return undefined;
  }
}

/** Chinese for zh-* and where no language is known, English for any other display language. */
export const inChinese = (language: string | undefined | null): boolean => !language || /^zh/i.test(language);

/** Excel's display language as the catalogue's: results such as RANKING's header row follow it, as errors do. */
export const displayLang = (): Lang => (inChinese(displayLanguage()) ? "zh" : "en");

function make(code: FunctionErrorCode, zh: string, en: string): FunctionError {
  const text = inChinese(displayLanguage()) ? zh : en;
  let err: CustomFunctions.Error;
  if (hasRuntime()) {
    const errorCode = code === "#N/A" ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
    err = new CustomFunctions.Error(errorCode, text);
  } else {
    err = new FallbackError(code, text) as unknown as CustomFunctions.Error;
  }
  return Object.assign(err, { messageZh: zh, messageEn: en });
}

function build(code: FunctionErrorCode, key: MessageCode, params: MessageParams): FunctionError {
  return make(code, message(key, params, "zh"), message(key, params, "en"));
}

/** #VALUE!: the argument is wrong; the message says which and what is accepted. */
export const invalidValue = (key: MessageCode, params: MessageParams): FunctionError => build("#VALUE!", key, params);

/** #N/A: a unit or group the profile does not know. */
export const notAvailable = (key: MessageCode, params: MessageParams): FunctionError => build("#N/A", key, params);

/** #VALUE! carrying an engine issue about a range argument (e.g. no header row). */
export const invalidFromIssue = (issue: Issue): FunctionError => make("#VALUE!", issue.message, issue.messageEn ?? issue.message);
