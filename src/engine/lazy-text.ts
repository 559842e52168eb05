// Issue texts formatted on first read (issue 10 "no work nobody reads"): a
// large ledger has thousands of issues, and SANPI.SCORE or a list that shows
// twenty of them reads few or none.
import { message, type MessageCode, type MessageParams } from "./messages";
import type { Issue } from "./types";

/** An enumerable property computed on first read, then kept (JSON and spreads see a plain value). */
export function lazyText(issue: Issue, prop: "message" | "messageEn", make: () => string): void {
  Object.defineProperty(issue, prop, {
    enumerable: true,
    configurable: true,
    get(this: Issue) {
      const text = make();
      Object.defineProperty(this, prop, { value: text, enumerable: true, writable: true, configurable: true });
      return text;
    },
    set(this: Issue, v: string) {
      Object.defineProperty(this, prop, { value: v, enumerable: true, writable: true, configurable: true });
    },
  });
}

/** An issue whose texts are the catalogue's `key` with `params` (phrases speak each language), formatted when read. */
export function lazyIssue(fields: Omit<Issue, "message" | "messageEn">, key: MessageCode, params: MessageParams): Issue {
  const issue = { ...fields } as Issue;
  lazyText(issue, "message", () => message(key, params));
  lazyText(issue, "messageEn", () => message(key, params, "en"));
  return issue;
}
