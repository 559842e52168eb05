// 生成排名 after 检查台账 (issue 10 item 5): what the check read is reused while
// Excel has told of no change to the input sheets, and any edit to one of them
// after the check forces a fresh read. Over the stand-in, whose edits raise
// worksheet events as Excel's do (delivered before the answer to a later sync).
import { reportToJson, type Period } from "../../src/engine";
import { ChangeWatch, hostWith, type ExcelHost } from "../../src/excel";
import { commitGenerate, prepareGenerate, runCheck, type Previous } from "../../src/taskpane/workflow";
import { generateBook, toRangeValues } from "../support/ledger-generator";
import { createStandIn, type StandIn } from "../standin";

const Q2: Period = { year: 2023, kind: "quarter", quarter: 2 };
const Q3: Period = { year: 2023, kind: "quarter", quarter: 3 };
const BOOK = toRangeValues(generateBook({ projects: 200, seed: 11 }));
const LEDGER = "项目台账";

/** A fresh workbook in the stand-in and a host with its own change watch. */
function setUp(book: Record<string, unknown[][]> = BOOK): { s: StandIn; host: ExcelHost } {
  const s = createStandIn(JSON.parse(JSON.stringify(book)));
  (global as any).Excel = s.Excel;
  return { s, host: hostWith(new ChangeWatch()) };
}

const valueReads = (s: StandIn, sheet: string): number => s.model.reads.filter((r) => r.sheet === sheet).length;
const json = (p: { report: Parameters<typeof reportToJson>[0] }) => JSON.stringify(reportToJson(p.report));

/** The check, as the pane keeps it for 生成排名. */
async function check(host: ExcelHost, period: Period = Q2): Promise<Previous> {
  const out = await runCheck(host, period, null);
  return { read: out.read, parsed: out.parsed, report: out.report };
}

afterEach(() => delete (global as any).Excel);

describe("生成排名 reuses the check's read while the input sheets are unchanged", () => {
  it("reads no values again, in one small sync, and writes the check's numbers", async () => {
    const { s, host } = setUp();
    const previous = await check(host);
    const reads = valueReads(s, LEDGER);
    const syncs = s.stats.syncs;
    const prepared = await prepareGenerate(host, Q2, "zh", previous.read.hint, undefined, previous);
    expect(valueReads(s, LEDGER)).toBe(reads);
    expect(s.stats.syncs - syncs).toBe(1); // inventory and used ranges only
    expect(prepared.report).toBe(previous.report);
    await commitGenerate(host, prepared, "replace");
    expect(s.stats.syncs - syncs).toBeLessThanOrEqual(4);
  });

  it("scores the parse again for another period, without reading", async () => {
    const { s, host } = setUp();
    const previous = await check(host);
    const reads = s.model.reads.length;
    const prepared = await prepareGenerate(host, Q3, "zh", previous.read.hint, undefined, previous);
    expect(s.model.reads.length).toBe(reads);
    expect(prepared.parsed).toBe(previous.parsed);
    expect(json(prepared)).toBe(json(await runCheck(hostWith(new ChangeWatch()), Q3, null)));
  });

  it("still reuses after an edit on a sheet that is not an input sheet", async () => {
    const { s, host } = setUp({ ...BOOK, 备注: [["我的备注"]] });
    const previous = await check(host);
    s.model.userEdit("备注", 1, 0, "又一条");
    const reads = valueReads(s, LEDGER);
    await prepareGenerate(host, Q2, "zh", previous.read.hint, undefined, previous);
    expect(valueReads(s, LEDGER)).toBe(reads);
  });
});

describe("any change to an input sheet after the check forces a fresh read", () => {
  it("an edit to the ledger: read again, and scored as a fresh check of the edited workbook", async () => {
    const { s, host } = setUp();
    const previous = await check(host);
    // A clerk empties a project's row (row 6 of the sheet).
    const width = Math.max(...BOOK[LEDGER].map((r) => r.length));
    for (let c = 0; c < width; c++) s.model.userEdit(LEDGER, 5, c, "");
    const reads = valueReads(s, LEDGER);
    const prepared = await prepareGenerate(host, Q2, "zh", previous.read.hint, undefined, previous);
    expect(valueReads(s, LEDGER)).toBeGreaterThan(reads);
    expect(prepared.report.stats.rowsRead).toBe(previous.report!.stats.rowsRead - 1);
    expect(json(prepared)).toBe(json(await runCheck(hostWith(new ChangeWatch()), Q2, null)));
  });

  it("an edit to 考评参数 or 企业评议 also reads again", async () => {
    for (const sheet of ["考评参数", "企业评议"]) {
      if (!BOOK[sheet]) continue;
      const { s, host } = setUp();
      const previous = await check(host);
      s.model.userEdit(sheet, 1, 1, "改过");
      const reads = valueReads(s, LEDGER);
      await prepareGenerate(host, Q2, "zh", previous.read.hint, undefined, previous);
      expect(valueReads(s, LEDGER)).toBeGreaterThan(reads);
    }
  });

  it("an edit whose event has not arrived when 生成排名 is pressed: the round trip brings it first, and it reads again", async () => {
    const { s, host } = setUp();
    const previous = await check(host);
    const reads = valueReads(s, LEDGER);
    s.model.userEdit(LEDGER, 5, 0, "新项目"); // its event is still on its way
    await prepareGenerate(host, Q2, "zh", previous.read.hint, undefined, previous);
    expect(valueReads(s, LEDGER)).toBeGreaterThan(reads);
  });

  it("a renamed or replaced input sheet reads again, even with no event", async () => {
    const { s, host } = setUp();
    const previous = await check(host);
    // Replaced by another sheet of the same name (a new worksheet id), without any cell event.
    const old = s.model.sheets.find((x) => x.name === LEDGER)!;
    old.id = "{another}";
    const reads = valueReads(s, LEDGER);
    await prepareGenerate(host, Q2, "zh", previous.read.hint, undefined, previous);
    expect(valueReads(s, LEDGER)).toBeGreaterThan(reads);
  });

  it("a workbook whose Excel gives no events is never reused", async () => {
    const { s } = setUp();
    const watch = new ChangeWatch();
    const host = hostWith(watch);
    const wb = (s.Excel as any).run;
    // An Excel without worksheet events: the collection has no onChanged.
    (global as any).Excel = {
      run: (batch: (ctx: any) => Promise<unknown>) =>
        wb((ctx: any) => {
          Object.defineProperty(ctx.workbook.worksheets, "onChanged", { value: undefined });
          return batch(ctx);
        }),
    };
    const previous = await check(host);
    expect(previous.read.stamp).toBeNull();
    const reads = valueReads(s, LEDGER);
    await prepareGenerate(host, Q2, "zh", previous.read.hint, undefined, previous);
    expect(valueReads(s, LEDGER)).toBeGreaterThan(reads);
  });
});
