// Writing what `merge` produced (cycle.md §1 "Never lost, never overwritten"):
// `--out` alone is a new workbook with the flat 项目台账 and the 汇总说明;
// with `--into` it is a copy of the master with its 项目台账 updated and the
// 汇总说明 added. An existing file is replaced only with --force; the file is
// written beside its target and renamed, so a failed run leaves no half file.
import path from "path";
import type ExcelJS from "exceljs";
import type { Lang } from "../engine";
import { describeMerge, mergedLedgerSpec, type MergeResult } from "../engine/merge";
import { excelJs } from "./exceljs";
import { loadXlsx } from "./xlsx-read";
import { placeGenerated } from "./xlsx-place";
import { writeSheets } from "./xlsx-write";
import { writeOutput } from "./write-output";

export interface MergeOutput {
  out: string;
  /** --out as typed, for messages. */
  shown: string;
  into: string | null;
  force: boolean;
  inputs: string[];
  lang: Lang;
}

const DATE_FMT = "yyyy-mm-dd";

/** The master's ledger cells set and rows appended, in its own columns; other cells untouched. */
function patchMaster(wb: ExcelJS.Workbook, result: MergeResult): void {
  const patch = result.patch!;
  const ws = wb.getWorksheet(patch.sheet)!;
  const put = (row: number, col: number, value: unknown, date: boolean) => {
    const cell = ws.getCell(row, col + 1);
    cell.value = value as ExcelJS.CellValue;
    if (date && !/[yd]/i.test(String(cell.numFmt ?? ""))) cell.numFmt = DATE_FMT;
  };
  for (const s of patch.set) put(s.row, s.col, s.value, s.date);
  patch.append.forEach((line, i) => {
    for (const c of line) put(patch.lastRow + 1 + i, c.col, c.value, c.date);
  });
}

export async function writeMergeOutput(result: MergeResult, o: MergeOutput): Promise<void> {
  let wb: ExcelJS.Workbook;
  if (o.into !== null) {
    wb = (await loadXlsx(o.into, o.lang, path.basename(o.into))).workbook;
    patchMaster(wb, result);
    placeGenerated(wb, [describeMerge(result, o.lang)]);
  } else {
    wb = new (excelJs().Workbook)();
    wb.creator = "sanpi";
    writeSheets(wb, [mergedLedgerSpec(result), describeMerge(result, o.lang)]);
  }
  await writeOutput(o.out, new Uint8Array(await wb.xlsx.writeBuffer()), { force: o.force, inputs: o.inputs, lang: o.lang, shown: o.shown });
}
