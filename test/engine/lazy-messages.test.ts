// Issue texts are formatted only when read (issue 10: no work nobody reads),
// and read like plain properties when they are: JSON, spreads, assignment.
import { readWorkbook } from "../../src/engine/workbook";
import * as messages from "../../src/engine/messages";

const LEDGER = [["项目名称", "责任单位", "总投资", "产业类别"], ...Array.from({ length: 50 }, (_, i) => [`项目${i}`, "无此单位", "x", "制造业"])];

test("parsing formats no message; reading one formats that one; JSON and spreads carry the text", () => {
  const spy = jest.spyOn(messages, "message");
  const issues = readWorkbook({ 项目台账: LEDGER }).ledger.issues;
  const formatted = spy.mock.calls.length;
  expect(issues.length).toBeGreaterThan(100);
  expect(formatted).toBeLessThan(5); // sheet-level texts only, never one per issue
  const first = issues.find((i) => i.code === "unit.unknown")!;
  expect(first.message).toContain("无此单位");
  expect(spy.mock.calls.length).toBe(formatted + 1);
  expect(JSON.parse(JSON.stringify(first))).toMatchObject({ message: first.message, messageEn: first.messageEn });
  expect({ ...first }.messageEn).toContain("not an assessed unit");
  first.message = "改写";
  expect(first.message).toBe("改写");
  spy.mockRestore();
});
