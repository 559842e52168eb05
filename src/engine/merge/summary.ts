// What `merge` writes, described once as SheetSpecs (sheets/types.ts): the
// flat 项目台账 (template columns, then 来源文件, 来源行) and the 汇总说明 the
// clerk prints to chase units (cycle.md §1). Each host renders them.
import { message, type MessageCode } from "../messages";
import { LEDGER_COLUMNS, LEDGER_SHEET } from "../parse/ledger";
import type { ColumnOut, OutCell, SheetSpec } from "../sheets/types";
import type { Lang } from "../types";
import type { MergeResult } from "./types";
import { LEDGER_KINDS } from "./values";

export const MERGE_SUMMARY_SHEET = "汇总说明";

const DATE_FMT = "yyyy-mm-dd";

function ledgerColumn(header: string, kind: (typeof LEDGER_KINDS)[keyof typeof LEDGER_KINDS]): ColumnOut {
  switch (kind) {
    case "name":
      return { header, width: 30, input: "text" };
    case "unit":
      return { header, width: 20, input: "text" };
    case "amount":
      return { header, width: 14, input: "amount", numFmt: "0.######" };
    case "date":
      return { header, width: 12, input: "date", numFmt: DATE_FMT };
    case "bool":
      return { header, width: 10, input: "bool" };
    default:
      return { header, width: 14, input: "text" };
  }
}

/** The flat 项目台账 of the merged workbook. */
export function mergedLedgerSpec(result: MergeResult): SheetSpec {
  const columns: ColumnOut[] = [
    ...LEDGER_COLUMNS.map((c) => ledgerColumn(c.header, LEDGER_KINDS[c.key])),
    { header: result.headers[LEDGER_COLUMNS.length], width: 24, input: "text" },
    { header: result.headers[LEDGER_COLUMNS.length + 1], width: 8, input: "int", numFmt: "0" },
  ];
  return {
    name: LEDGER_SHEET,
    kind: "detail",
    title: null,
    columns,
    rows: result.rows.map((r) => [...r.cells, r.file, r.row]),
    landscape: true,
  };
}

const shown = (v: string | number | boolean | null, lang: Lang): string => (v === null || v === "" ? message("merge.detail.blank", {}, lang) : String(v));

/** The 汇总说明: files, missing units, duplicates and conflicts, changes, additions, projects not sent, problems. */
export function summaryRows(result: MergeResult, lang: Lang): OutCell[][] {
  const t = (code: MessageCode, params = {}) => message(code, params, lang);
  const at = (file: string, row: number) => t("merge.detail.at", { file, row });
  const rows: OutCell[][] = [];
  for (const f of result.files) {
    const detail = f.error !== null ? (lang === "en" ? f.errorEn : f.error) : t("merge.detail.file", { sheet: f.sheet ?? "", rows: f.rows });
    rows.push([t("merge.kind.file"), f.units.join("、"), null, f.file, null, detail]);
  }
  for (const u of result.missingUnits) rows.push([t("merge.kind.missing"), u, null, null, null, t("merge.detail.missing")]);
  for (const d of result.duplicates) {
    const sources = d.sources.map((s) => at(s.file, s.row)).join("；");
    rows.push([t("merge.kind.duplicate"), d.unit, d.name, d.sources[0].file, d.sources[0].row, t("merge.detail.duplicate", { count: d.sources.length, sources })]);
    for (const c of d.conflicts) {
      const values = c.values.map((v) => `${at(v.file, v.row)} ${shown(v.value, lang)}`).join("；");
      rows.push([t("merge.kind.conflict"), d.unit, d.name, null, null, t("merge.detail.conflict", { column: c.column, values })]);
    }
  }
  for (const c of result.changes) {
    rows.push([t("merge.kind.change"), c.unit, c.name, c.file, c.row, t("merge.detail.change", { column: c.column, old: shown(c.old, lang), new: shown(c.new, lang), masterRow: c.masterRow })]);
  }
  for (const a of result.added) rows.push([t("merge.kind.added"), a.unit, a.name, a.file, a.row, t("merge.detail.added")]);
  for (const n of result.notReturned) rows.push([t("merge.kind.notReturned"), n.unit, n.name, null, null, t("merge.detail.notReturned", { masterRow: n.masterRow })]);
  for (const i of result.issues) {
    if (i.severity === "info") continue;
    rows.push([t(`merge.kind.${i.severity}`), null, null, i.file, i.row, lang === "en" ? i.messageEn : i.message]);
  }
  return rows;
}

/** The 汇总说明 sheet, printable (landscape, one page wide, header repeated). */
export function describeMerge(result: MergeResult, lang: Lang = "zh"): SheetSpec {
  const into = result.patch !== null;
  const counts = {
    files: result.files.length,
    rows: result.rows.length,
    missing: result.missingUnits.length,
    duplicates: result.duplicates.length,
    conflicts: result.duplicates.filter((d) => d.conflicts.length > 0).length,
    changes: result.changes.length,
    added: result.added.length,
    notReturned: result.notReturned.length,
  };
  const col = (code: MessageCode, width: number, wrap = false): ColumnOut => ({ header: message(code, {}, lang), width, wrap });
  return {
    name: MERGE_SUMMARY_SHEET,
    kind: "detail",
    title: message(into ? "merge.sheet.titleInto" : "merge.sheet.title", counts, lang),
    columns: [
      col("merge.col.kind", 14),
      col("merge.col.unit", 18),
      col("merge.col.name", 26, true),
      col("merge.col.file", 26, true),
      { ...col("merge.col.row", 7), numFmt: "0" },
      col("merge.col.detail", 60, true),
    ],
    rows: summaryRows(result, lang),
    landscape: true,
    notes: [message("merge.sheet.note", {}, lang)],
  };
}
