// The inspection's two sheets (cycle.md §3.4): names, order of the overdue
// list (provincial first, red then yellow, by unit), one group a printed page.
import * as path from "path";
import { readXlsx } from "../../../src/cli/xlsx-read";
import { inspectMonth, type Inspection } from "../../../src/engine/inspect/report";
import { describeInspection } from "../../../src/engine/sheets/inspect";
import { printLayout } from "../../../src/engine/sheets/print";
import { readWorkbook } from "../../../src/engine/workbook";
import { renderSheets } from "../../../src/xlsx/write/sheetml";

let r: Inspection;
beforeAll(async () => {
  const parsed = readWorkbook(await readXlsx(path.join(__dirname, "..", "..", "fixtures", "ledger-3", "ledger-3.xlsx")));
  r = inspectMonth(parsed, { year: 2023, month: 8 });
});

test("named 督查-2023年8月 and 督查排名-2023年8月", () => {
  expect(describeInspection(r).map((s) => s.name)).toEqual(["督查-2023年8月", "督查排名-2023年8月"]);
});

test("the overdue sheet lists every overdue entry once: provincial first, then red before yellow, then by unit", () => {
  const [sheet] = describeInspection(r);
  const data = sheet.rows.filter((row) => typeof row[0] === "number");
  expect(data.length).toBe(r.projects.length);
  const key = (row: (typeof data)[number]) => {
    const e = r.projects.find((p) => p.row === row[8] && (p.kind === "start" ? "开工逾期" : "投产逾期") === row[4])!;
    return [e.provincial ? 0 : 1, e.level === "red" ? 0 : 1] as const;
  };
  const keys = data.map(key);
  for (let i = 1; i < keys.length; i++) expect(keys[i][0] * 2 + keys[i][1]).toBeGreaterThanOrEqual(keys[i - 1][0] * 2 + keys[i - 1][1]);
});

test("the ranking sheet has both groups, the second on a page of its own, its header repeated", () => {
  const [, ranking] = describeInspection(r);
  const towns = r.groups[0].rows.length;
  expect(ranking.pageBreaks).toEqual([towns + 1]);
  const layout = printLayout(ranking);
  expect(layout.rowBreaks).toEqual([2 + 1 + towns + 1]); // title, header, group title, towns
  expect(layout.pagesTall).toBe(0);
  const { sheets } = renderSheets([ranking], null);
  expect(sheets[0].xml).toContain(`<rowBreaks count="1" manualBreakCount="1"><brk id="${2 + 1 + towns}" max="16383" man="1"/></rowBreaks>`);
  expect(sheets[0].definedNames).toEqual([{ name: "_xlnm.Print_Titles", formula: "'督查排名-2023年8月'!$2:$2" }]);
});

test("rates print as percentages, — where nothing is due", () => {
  const [, ranking] = describeInspection(r);
  const rateColumns = ranking.columns.flatMap((c, i) => (c.numFmt === "0.0%" ? [i] : []));
  expect(rateColumns.length).toBe(3);
  for (const row of ranking.rows.filter((x) => typeof x[0] === "number")) {
    for (const i of rateColumns) expect(row[i] === "—" || (typeof row[i] === "number" && (row[i] as number) >= 0 && (row[i] as number) <= 1)).toBe(true);
  }
});
