// The task pane's actions without React: the engine through the real adapter
// over the stand-in workbook, and the strings shown for errors and languages.
import { officeHost } from "../../src/excel";
import { errorText, langOf, STRINGS } from "../../src/taskpane/strings";
import { commitGenerate, issueTarget, prepareGenerate, rowTarget, runCheck, type Progress } from "../../src/taskpane/workflow";
import { defaultPeriod } from "../../src/taskpane/useTaskPane";
import { generateBook, toRangeValues } from "../support/ledger-generator";
import { createStandIn } from "../standin";

const Q2 = { year: 2023, kind: "quarter", quarter: 2 } as const;

describe("workflow over the stand-in workbook", () => {
  const book = toRangeValues(generateBook({ projects: 300, seed: 3 }));
  // The ledger sheet's name has stray spaces, as clerks' workbooks do.
  const { 项目台账: ledger, ...rest } = book;
  const s = createStandIn({ " 项目台账 ": ledger, ...rest });
  beforeAll(() => ((global as any).Excel = s.Excel));
  afterAll(() => delete (global as any).Excel);

  it("checks, reporting progress that only rises, and points issues at the sheet as the workbook spells it", async () => {
    const seen: Progress[] = [];
    const out = await runCheck(officeHost, Q2, null, (p) => seen.push(p));
    expect(out.report.stats.rowsRead).toBeGreaterThan(290);
    expect(seen.map((p) => p.value)).toEqual([...seen.map((p) => p.value)].sort((a, b) => a - b));
    expect(seen[seen.length - 1].value).toBe(1);
    // Issues name the sheet as the workbook spells it.
    const issue = out.report.issues.find((i) => i.sheet === " 项目台账 " && i.cell)!;
    expect(issueTarget(issue, out.read)).toEqual({ sheet: " 项目台账 ", cell: issue.cell, row: issue.row });
    expect(issueTarget({ ...issue, sheet: "目标任务" }, out.read)).toBeNull();
    // A score reason's row: column A of that row, on the sheet as the workbook spells it.
    expect(rowTarget("项目台账", 12, out.read)).toEqual({ sheet: " 项目台账 ", cell: "A12", row: 12 });
    expect(rowTarget("目标任务", 12, out.read)).toBeNull();
  });

  it("generates without asking the first time, and plans a replacement the second", async () => {
    const first = await prepareGenerate(officeHost, Q2, "zh", null);
    expect(first.toReplace).toEqual([]);
    await commitGenerate(officeHost, first, "replace");
    const second = await prepareGenerate(officeHost, Q2, "zh", first.read.hint);
    expect(second.toReplace).toEqual(first.specs.map((x) => x.name));
    const kept = await commitGenerate(officeHost, second, "keepBoth");
    expect(kept.replaced).toEqual([]);
    expect(kept.written.every((n) => / \(2\)$/.test(n))).toBe(true);
    expect(s.model.userSheetWrites()).toEqual([]);
  });
});

describe("strings", () => {
  it("is Chinese unless Office's display language is another one", () => {
    expect(langOf("zh-CN")).toBe("zh");
    expect(langOf("zh-TW")).toBe("zh");
    expect(langOf(undefined)).toBe("zh");
    expect(langOf("en-US")).toBe("en");
    expect(langOf("fr-FR")).toBe("en");
  });

  it("explains Excel's errors in Chinese, naming unknown codes", () => {
    expect(errorText({ code: "InvalidOperationInCellEditMode" }, STRINGS.zh)).toContain("编辑单元格");
    expect(errorText({ code: "Weird" }, STRINGS.zh)).toBe("Excel 未能完成操作（Weird）。");
    expect(errorText(new Error("boom"), STRINGS.en)).toContain("boom");
  });

  it("defaults to the last finished quarter", () => {
    expect(defaultPeriod(new Date(2023, 7, 15))).toEqual({ year: 2023, kind: "quarter", quarter: 2 });
  });
});
