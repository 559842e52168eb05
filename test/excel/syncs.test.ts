// Check + generate on a 10,000-row ledger through office-addin-mock: count the
// context.sync calls and prove no cell of the user's sheets was written.
import { generateBook, toRangeValues } from "../support/ledger-generator";
import { officeHost } from "../../src/excel";
import { commitGenerate, prepareGenerate, runCheck } from "../../src/taskpane/workflow";
import type { Period } from "../../src/engine";
import { mockExcel } from "./officeMock";

const Q1: Period = { year: 2023, kind: "quarter", quarter: 1 };

describe("check + generate on a 10,000-row ledger (office-addin-mock)", () => {
  const book = toRangeValues(generateBook({ projects: 10_000, seed: 7 }));
  // A user's own sheet that happens to carry a generated sheet's name, and an earlier generated sheet.
  const sheets = { ...book, "得分明细-2023Q1": [["我自己的备注"], ["不要动"]] };
  let excel: ReturnType<typeof mockExcel>;

  beforeAll(() => {
    excel = mockExcel({ sheets, generated: [{ sheet: "排名-乡镇街道-2023Q1", marker: "SANPI_GENERATED_1" }], tables: ["Sanpi_2023Q1_1"] });
    (global as any).Excel = excel.Excel;
  });
  afterAll(() => delete (global as any).Excel);

  it("reads, scores, plans and writes in at most 4 syncs, screen updating suspended for the write", async () => {
    const checked = await runCheck(officeHost, Q1, null);
    expect(excel.syncs()).toBe(2); // probe, then every value in one batch
    expect(excel.blocksRead("项目台账")).toBe(1);
    expect(checked.report.stats.rowsRead).toBeGreaterThanOrEqual(10_000);
    expect(checked.report.stats.errors).toBeGreaterThan(0); // the generator plants bad rows; they are reported, not fatal

    const prepared = await prepareGenerate(officeHost, Q1, "zh", checked.read.hint);
    expect(excel.syncs()).toBe(3); // the hint lets the values ride along the probe
    expect(prepared.toReplace).toEqual(["排名-乡镇街道-2023Q1"]);

    const written = await commitGenerate(officeHost, prepared, "replace");
    expect(excel.syncs()).toBe(4);
    expect(excel.syncs()).toBeLessThanOrEqual(4);

    const calls = excel.log.map((l) => l.path);
    const suspend = calls.indexOf("application.suspendScreenUpdatingUntilNextSync");
    const lastSync = calls.lastIndexOf("context.sync");
    expect(suspend).toBeGreaterThan(calls.lastIndexOf("context.sync", lastSync - 1));
    expect(suspend).toBeLessThan(lastSync);
    // Every write is queued before the final sync: nothing is left for Excel.run to flush.
    expect(excel.log.slice(lastSync + 1)).toEqual([]);

    // The user's sheet of the same name is kept; ours goes beside it. The generated one is replaced.
    expect(written.written).toContain("得分明细-2023Q1 (2)");
    expect(written.replaced).toEqual(["排名-乡镇街道-2023Q1"]);
    expect(calls).toContain("sheet[排名-乡镇街道-2023Q1].delete");
    const added = excel.log.filter((l) => l.path === "worksheets.add").map((l) => l.args[0]);
    expect(added).toEqual(written.written);
    expect(added).not.toContain("得分明细-2023Q1");
    // Table names never collide with one already in the workbook.
    const tableNames = excel.log.filter((l) => /\.tables\.add\(\)\.name$/.test(l.path)).map((l) => l.args[0]);
    expect(tableNames).not.toContain("Sanpi_2023Q1_1");
    expect(new Set(tableNames).size).toBe(tableNames.length);
  });

  it("wrote no cell, property or sheet of the user's", () => {
    expect(excel.userSheetChanges()).toEqual([]);
    const touchedUserSheet = excel.log.filter((l) => Object.keys(sheets).some((s) => l.path.startsWith(`sheet[${s}]`)));
    expect(touchedUserSheet).toEqual([]);
  });
});
