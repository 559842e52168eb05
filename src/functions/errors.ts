// Errors the SANPI functions return to Excel: #VALUE! for a bad argument, #N/A
// for an unknown unit or group, each with the catalogue's Chinese message.
import { message, type MessageCode, type MessageParams } from "../engine/messages";
import type { Issue } from "../engine/types";

export type FunctionErrorCode = "#VALUE!" | "#N/A";

/** What is thrown: Excel's CustomFunctions.Error, with the English text alongside. */
export type FunctionError = CustomFunctions.Error & { messageEn: string };

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

function make(code: FunctionErrorCode, zh: string, en: string): FunctionError {
  let err: CustomFunctions.Error;
  if (hasRuntime()) {
    const errorCode = code === "#N/A" ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
    err = new CustomFunctions.Error(errorCode, zh);
  } else {
    err = new FallbackError(code, zh) as unknown as CustomFunctions.Error;
  }
  return Object.assign(err, { messageEn: en });
}

function build(code: FunctionErrorCode, key: MessageCode, params: MessageParams): FunctionError {
  const zh = message(key, params, "zh");
  // English names the argument by its English name when one is given.
  const en = message(key, params.argEn === undefined ? params : { ...params, arg: params.argEn }, "en");
  return make(code, zh, en);
}

/** #VALUE!: the argument is wrong; the message says which and what is accepted. */
export const invalidValue = (key: MessageCode, params: MessageParams): FunctionError => build("#VALUE!", key, params);

/** #N/A: a unit or group the profile does not know. */
export const notAvailable = (key: MessageCode, params: MessageParams): FunctionError => build("#N/A", key, params);

/** #VALUE! carrying an engine issue about a range argument (e.g. no header row). */
export const invalidFromIssue = (issue: Issue): FunctionError => make("#VALUE!", issue.message, issue.messageEn ?? issue.message);
