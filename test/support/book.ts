// Builders of small workbooks as 2-D arrays (what range.values gives), for engine tests.
import { LEDGER_COLUMNS } from "../../src/engine/parse/ledger";
import { ymdToSerial } from "../../src/engine/parse/dates";
import type { CellValue, SheetValues, WorkbookValues } from "../../src/engine/types";

export type LedgerRow = Partial<Record<string, CellValue>>;

/** Excel serial of an ISO date, as Excel's range.values gives dates. */
export const d = (iso: string): number => {
  const [y, m, day] = iso.split("-").map(Number);
  return ymdToSerial(y, m, day);
};

const LEDGER_HEADERS = LEDGER_COLUMNS.map((c) => c.header);

/** 项目台账 with the canonical header in row 1 and one row per object (keys are headers). */
export function ledgerSheet(rows: LedgerRow[], headers: string[] = LEDGER_HEADERS): SheetValues {
  return [headers, ...rows.map((r) => headers.map((h) => (h in r ? r[h] : null)))];
}

/** A project row with sensible defaults: an eligible 制造业 project of 临汝镇. */
export function project(fields: LedgerRow = {}): LedgerRow {
  return { 项目名称: `项目${Math.random().toString(36).slice(2, 8)}`, 责任单位: "临汝镇", "总投资(万元)": 12000, 产业类别: "制造业", ...fields };
}

export const INPUT_HEADERS = ["季度", "单位", "现场办公会", "要素保障扣分", "开工酌情分", "投产酌情分", "表扬次数", "通报约谈次数", "营商环境次数", "环保一刀切"];

export function inputsSheet(rows: Partial<Record<string, CellValue>>[]): SheetValues {
  return [INPUT_HEADERS, ...rows.map((r) => INPUT_HEADERS.map((h) => (h in r ? r[h] : null)))];
}

export const EVAL_HEADERS = ["季度", "被评单位", "评议企业", "服务态度", "工作效率", "服务质量"];

export function evaluationsSheet(rows: [CellValue, CellValue, number, number, number][]): SheetValues {
  return [EVAL_HEADERS, ...rows.map(([q, u, a, b, c], i) => [q, u, `企业${i + 1}`, a, b, c])];
}

export function book(ledger: LedgerRow[], extra: WorkbookValues = {}): WorkbookValues {
  return { 项目台账: ledgerSheet(ledger), ...extra };
}
