// The pane formats an issue's text only when it shows it (issue 10 "no work
// nobody reads"): a check of a large ledger has thousands of issues, whose
// messages the engine leaves unformatted (IssueSink); the list shows a page of them.
import * as React from "react";
import { renderToString } from "react-dom/server";
import { readWorkbook, splitInfo, type Issue } from "../../src/engine";
import { IssueList } from "../../src/taskpane/components/IssueList";
import { STRINGS } from "../../src/taskpane/strings";
import { generateBook, toRangeValues } from "../support/ledger-generator";

/** Whether the issue's text (zh or en) has been formatted: the engine's lazy getter is gone. */
const formatted = (i: Issue, prop: "message" | "messageEn"): boolean => Object.getOwnPropertyDescriptor(i, prop)?.get === undefined;

describe("IssueList", () => {
  const issues = readWorkbook(toRangeValues(generateBook({ projects: 3000, seed: 4 }))).issues;

  it("formats the texts of the first page only, in the pane's language", () => {
    const { problems } = splitInfo(issues);
    expect(problems.length).toBeGreaterThan(200);
    expect(problems.filter((i) => formatted(i, "message"))).toEqual([]);
    const html = renderToString(<IssueList issues={problems} lang="zh" s={STRINGS.zh} canSelect={() => true} onSelect={() => undefined} />);
    const shown = problems.filter((i) => formatted(i, "message"));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThanOrEqual(20);
    for (const i of shown) expect(html).toContain(i.message.slice(0, 8).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;"));
    expect(problems.filter((i) => formatted(i, "messageEn"))).toEqual([]);
  });
});
