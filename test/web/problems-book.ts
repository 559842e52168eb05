// A ledger with a 问题台账 (cycle.md §3.5) added through the package writer,
// for the page's 月度督查 tests: one unit's problem overdue at the month's end.
import type { OutCell, SheetSpec } from "../../src/engine/sheets/types";
import { editPackage, packageInfo } from "../../src/xlsx/write/package";
import { renderSheets } from "../../src/xlsx/write/sheetml";

const HEADERS = ["问题", "项目名称", "责任单位", "提出日期", "办结时限", "办结日期", "备注"];

export function withProblems(ledger: Uint8Array, rows: OutCell[][]): Uint8Array {
  const spec: SheetSpec = { name: "问题台账", kind: "input", title: null, columns: HEADERS.map((header) => ({ header, width: 14 })), rows, landscape: false, inputRows: 0 };
  const { sheets, stylesXml } = renderSheets([spec], packageInfo(ledger).stylesXml);
  return editPackage(ledger, { add: sheets.map((sheet) => ({ sheet })), remove: [], stylesXml });
}

/** 临汝镇's land problem past its 2023-06-30 deadline, not closed; a closed one of 纸坊镇. */
export const PROBLEMS: OutCell[][] = [
  ["用地手续未办结", null, "临汝镇", "2023-03-01", "2023-06-30", null, null],
  ["环评已批复", null, "纸坊镇", "2023-03-01", "2023-06-30", "2023-06-01", null],
];
