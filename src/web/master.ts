// Which of several workbooks opened together is the office's master (汇总台账),
// for 合并报送 to reconcile into (cycle.md §2, decision 91): the one workbook
// with a 项目台账 and data in 考核录入 or 企业评议, which only the office fills. A
// unit's return is a ledger alone, or the template with those two left empty (its
// 目标任务 and 考评参数 come filled); with none such, or several, nothing is
// guessed: the clerk picks.
import { findInputSheet, SHEETS, type SheetInput } from "../engine";
import type { BookFile } from "./book-file";

const hasData = (sheet: SheetInput | undefined): boolean => (sheet?.values ?? []).slice(1).some((row) => row.some((v) => v !== null && v !== ""));

/** Whether the workbook has a sheet the ledger reader looks at (a master must). */
export const hasLedger = (b: BookFile): boolean => findInputSheet(Object.keys(b.book), SHEETS.ledger) !== undefined;

/** The index of the master among `books`, or -1. */
export function likelyMaster(books: readonly BookFile[]): number {
  const others = [SHEETS.inputs, SHEETS.evaluations];
  const found = books.flatMap((b, i) => {
    const names = Object.keys(b.book);
    return hasLedger(b) && others.some((s) => hasData(b.book[findInputSheet(names, s) ?? ""])) ? [i] : [];
  });
  return found.length === 1 ? found[0] : -1;
}
