// What the pane shows before anything is done, and long unit names (issue 20 item 17):
// the empty pane says what to do first; a unit name the pane may cut short carries
// its whole name as a tooltip (title).
import * as React from "react";
import { renderToString } from "react-dom/server";
import { readWorkbook, scorePeriod } from "../../src/engine";
import type { PaneHost } from "../../src/host";
import { Pane } from "../../src/taskpane/App";
import { UnitProgress } from "../../src/taskpane/components/UnitProgress";
import { UnitScores } from "../../src/taskpane/components/UnitScores";
import { STRINGS } from "../../src/taskpane/strings";
import { generateBook, toRangeValues } from "../support/ledger-generator";

const LONG = "温泉农村融合发展产业园";

describe("the pane at first sight", () => {
  test.each(["zh", "en"] as const)("the empty pane (%s) says to choose the period and check, or add the template first", (lang) => {
    const s = STRINGS[lang];
    const html = renderToString(<Pane host={{} as PaneHost} lang={lang} s={s} />);
    expect(html).toContain('data-testid="start-hint"');
    const hint = s.startHint(s.check, s.template);
    expect(hint).toContain(s.check);
    expect(hint).toContain(s.template);
    expect(html).toContain(s.check);
  });
});

describe("long unit names keep a tooltip", () => {
  const report = scorePeriod(readWorkbook(toRangeValues(generateBook({ projects: 400, seed: 7 }))), { year: 2023, kind: "quarter", quarter: 1 });
  const towns = report.groups.filter((g) => g.rows.some((r) => r.unit === LONG));
  test("the progress table and the scores list carry title= the whole name", () => {
    expect(towns.length).toBeGreaterThan(0);
    const progress = renderToString(<UnitProgress groups={report.groups} lang="zh" s={STRINGS.zh} />);
    expect(progress).toContain(`title="${LONG}"`);
    const scores = renderToString(<UnitScores groups={towns} lang="zh" s={STRINGS.zh} byQuarter={false} canSelect={() => false} onSelectRow={() => undefined} />);
    expect(scores).toContain(`title="${LONG}"`);
  });
});
