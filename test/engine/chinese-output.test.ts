// Chinese output is Chinese (issue 11 item 1): the 得分明细 sheet and the
// explanations the task pane's 得分与依据 shows carry no English clause text
// (附件4 第2行, not row 2) and no other Latin words; English output says row.
import * as path from "path";
import { readXlsx } from "../../src/cli/xlsx-read";
import { parsePeriod } from "../../src/engine/period";
import { builtinProfile } from "../../src/engine/profile/builtin";
import { scorePeriod } from "../../src/engine/score/report";
import { describeReport } from "../../src/engine/sheets/ranking";
import type { WorkbookInput } from "../../src/engine/types";
import { readWorkbook } from "../../src/engine/workbook";

const LATIN = /[A-Za-z]/;
let book: WorkbookInput;
beforeAll(async () => {
  book = await readXlsx(path.join(__dirname, "..", "fixtures", "ledger-3", "ledger-3.xlsx"));
});

test.each(["2023", "2023Q2", "2023Q1-Q3"])("%s: every Chinese cell of 得分明细 and every Chinese explanation is free of Latin letters", (id) => {
  const report = scorePeriod(readWorkbook(book), parsePeriod(id, builtinProfile())!);
  const detail = describeReport(report, "zh").find((s) => s.kind === "detail")!;
  const bad = [detail.title ?? "", ...detail.columns.map((c) => c.header), ...detail.rows.flat().map(String), ...(detail.notes ?? [])].filter((t) => LATIN.test(t.replace(/ruzhou-2023/g, "")));
  expect(bad).toEqual([]);
  const lines = report.groups.flatMap((g) => g.rows.flatMap((r) => r.explanation));
  expect(lines.filter((l) => LATIN.test(l.text) || LATIN.test(l.clause))).toEqual([]);
  expect(lines.some((l) => l.clause.includes("附件4 第2–4行"))).toBe(true);
  // English says row / rows.
  expect(lines.some((l) => l.clauseEn.includes("附件4 rows 2–4"))).toBe(true);
  const en = describeReport(report, "en").find((s) => s.kind === "detail")!;
  expect(en.rows.flat().some((v) => String(v).includes("附件4 row 2"))).toBe(true);
});
