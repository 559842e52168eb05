// Collecting the units' returns (汇总) and reconciling them with the master
// (对账), cycle.md §1. Every return is read by the readers `check` uses
// (§1.1 layouts, aliases, merged cells); the flat ledger keeps every row
// with where it came from; the lists say what a clerk must chase. Pure: the
// hosts read the files and write the results.
import { message, type MessageCode, type MessageParams } from "../messages";
import { isBlank } from "../parse/cells";
import { LEDGER_COLUMNS, LEDGER_SHEET, ledgerTable, readLedgerSteps, SOURCE_HEADERS, type LedgerKey } from "../parse/ledger";
import { findInputSheet } from "../parse/sheet";
import { IssueSink, isBlankRow, readTableSteps, sheetInputOf, type Table } from "../parse/table";
import { unitsOfGroup } from "../parse/units";
import { builtinProfile } from "../profile/builtin";
import type { Profile } from "../profile/types";
import { runSteps, within, type Steps } from "../steps";
import type { CellValue, Issue, SheetInput, SheetValues, WorkbookInput } from "../types";
import { workbookProfile } from "../workbook";
import type { Added, Change, Conflict, Duplicate, FileSummary, MasterInput, MasterPatch, MergedRow, MergeIssue, MergeResult, NotReturned, ReturnInput } from "./types";
import { jsonValue, LEDGER_KINDS, ledgerUnit, outValue, rowKey, SCORING_LEDGER_KEYS, valueKey } from "./values";

export * from "./types";
export { mergeToJson, type MergeJson } from "./json";
export { describeMerge, mergedLedgerSpec, MERGE_SUMMARY_SHEET } from "./summary";

const KEYS: LedgerKey[] = LEDGER_COLUMNS.map((c) => c.key);
const HEADER_OF = Object.fromEntries(LEDGER_COLUMNS.map((c) => [c.key, c.header])) as Record<LedgerKey, string>;
const NAME = KEYS.indexOf("name");
const UNIT = KEYS.indexOf("unit");

/** Headers of the flat ledger: the template's columns in its order, then 来源文件, 来源行. */
export const MERGED_HEADERS: string[] = [...LEDGER_COLUMNS.map((c) => c.header), ...SOURCE_HEADERS];

type Where = Partial<Pick<MergeIssue, "file" | "sheet" | "row" | "column">>;

function issue(severity: MergeIssue["severity"], code: MessageCode, params: MessageParams, where: Where = {}): MergeIssue {
  return {
    severity,
    code,
    file: where.file ?? null,
    sheet: where.sheet ?? null,
    row: where.row ?? null,
    column: where.column ?? null,
    message: message(code, params, "zh"),
    messageEn: message(code, params, "en"),
  };
}

/** How many rows to look at when asking whether a sheet's header is a ledger's. */
const HEADER_PROBE_ROWS = 60;

export interface FoundLedger {
  sheet: string;
  table: Table<LedgerKey>;
  sink: IssueSink;
}

/**
 * The ledger of a workbook (cycle.md §1): the sheet named 项目台账 (or 项目台帐) when the reader
 * recognises its header; failing that, the first sheet whose header it recognises. Null when none.
 */
export function* findLedgerSteps(book: WorkbookInput, names: readonly string[], profile: Profile): Steps<FoundLedger | null> {
  const spec = ledgerTable(profile);
  const named = findInputSheet(names, LEDGER_SHEET);
  const order = [...(named !== undefined ? [named] : []), ...names.filter((n) => n !== named)];
  for (const name of order) {
    const sheet = book[name];
    if (!sheet) continue;
    const { values, merges } = sheetInputOf(sheet);
    const probe: SheetInput = { values: values.slice(0, HEADER_PROBE_ROWS), merges };
    if (!runSteps(readTableSteps(probe, spec, new IssueSink(name)))) continue;
    const sink = new IssueSink(name);
    const table = yield* readTableSteps(sheet, spec, sink);
    if (table) return { sheet: name, table, sink };
  }
  return null;
}

interface ReadReturn {
  summary: FileSummary;
  rows: MergedRow[];
}

function readReturn(ret: ReturnInput, found: FoundLedger | null, profile: Profile, issues: MergeIssue[]): ReadReturn {
  const summary: FileSummary = { file: ret.file, sheet: null, rows: 0, units: [], unit: null, error: null, errorEn: null };
  if (!found) {
    const sheets = (ret.sheetNames ?? Object.keys(ret.book ?? {})).join("、");
    const noLedger = issue("error", "merge.file.noLedger", { file: ret.file, sheets }, { file: ret.file });
    issues.push(noLedger);
    summary.error = noLedger.message;
    summary.errorEn = noLedger.messageEn;
    return { summary, rows: [] };
  }
  const { table, sheet, sink } = found;
  summary.sheet = sheet;
  for (const t of sink.issues) {
    issues.push({ severity: t.severity, code: t.code, file: ret.file, sheet, row: t.row, column: t.column, message: t.message, messageEn: t.messageEn ?? t.message });
  }
  const columns = KEYS.map((k) => table.columns[k]);
  const rows: MergedRow[] = [];
  const counts = new Map<string, number>();
  for (const dr of table.rows) {
    const raw = columns.map((c) => (c === undefined ? undefined : dr.cells[c]));
    const cells = KEYS.map((k, i) => (raw[i] === undefined ? null : outValue(LEDGER_KINDS[k], raw[i] as CellValue, profile)));
    const unit = raw[UNIT] === undefined ? null : ledgerUnit(profile, raw[UNIT] as CellValue);
    const nameCell = cells[NAME];
    const name = nameCell === null ? "" : String(nameCell).trim();
    rows.push({ cells, file: ret.file, row: dr.index + 1, unit, name, key: rowKey(raw[NAME] ?? null, raw[UNIT] ?? null, profile), raw });
    if (unit !== null) {
      if (!counts.has(unit)) summary.units.push(unit);
      counts.set(unit, (counts.get(unit) ?? 0) + 1);
    }
  }
  summary.rows = rows.length;
  // The unit the return is of: the one most of its rows name (the first of those on a tie).
  let best = 0;
  for (const u of summary.units) if (counts.get(u)! > best) [summary.unit, best] = [u, counts.get(u)!];
  if (rows.length === 0) issues.push(issue("warning", "merge.file.empty", { file: ret.file, sheet }, { file: ret.file, sheet }));
  for (const other of summary.units) {
    if (other === summary.unit) continue;
    const at = rows.filter((r) => r.unit === other).map((r) => r.row);
    issues.push(issue("warning", "merge.row.otherUnit", { file: ret.file, rows: at.join("、"), unit: other, own: summary.unit ?? "" }, { file: ret.file, sheet, row: at[0] }));
  }
  return { summary, rows };
}

/** The flat ledger as the readers take it: header row, then the rows with their 来源. */
export function mergedValues(rows: MergedRow[]): SheetValues {
  const out: SheetValues = [MERGED_HEADERS];
  for (const r of rows) out.push([...r.cells, r.file, r.row]);
  return out;
}

function duplicatesOf(rows: MergedRow[], profile: Profile): Duplicate[] {
  const groups = new Map<string, MergedRow[]>();
  for (const r of rows) {
    if (r.key === null) continue;
    const group = groups.get(r.key);
    if (group) group.push(r);
    else groups.set(r.key, [r]);
  }
  const out: Duplicate[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const conflicts: Conflict[] = [];
    for (const k of SCORING_LEDGER_KEYS) {
      const keyIndex = KEYS.indexOf(k);
      const kind = LEDGER_KINDS[k];
      const vk = group.map((r) => valueKey(kind, (r.raw[keyIndex] ?? null) as CellValue, profile));
      if (vk.every((v) => v === vk[0])) continue;
      conflicts.push({
        column: HEADER_OF[k],
        values: group.map((r) => ({ file: r.file, row: r.row, value: jsonValue(kind, (r.raw[keyIndex] ?? null) as CellValue, profile) })),
      });
    }
    out.push({
      unit: group[0].unit ?? String(group[0].cells[UNIT] ?? ""),
      name: group[0].name,
      sources: group.map((r) => ({ file: r.file, row: r.row })),
      conflicts,
    });
  }
  return out;
}

interface Reconciled {
  changes: Change[];
  added: Added[];
  notReturned: NotReturned[];
  patch: MasterPatch;
}

function lastUsedRow(values: SheetValues): number {
  for (let i = values.length - 1; i >= 0; i--) if (!isBlankRow(values[i])) return i + 1;
  return 0;
}

/** The master's rows by project key (the first of each), and every row with its key, unit and name. */
function indexMaster(table: FoundLedger["table"], mcol: (number | undefined)[], profile: Profile) {
  const byKey = new Map<string, { row: number; cells: CellValue[] }>();
  const masterRows: { row: number; key: string | null; unit: string | null; name: string }[] = [];
  for (const dr of table.rows) {
    const cell = (i: number): CellValue => (mcol[i] === undefined ? null : (dr.cells[mcol[i]!] ?? null));
    const key = rowKey(cell(NAME), cell(UNIT), profile);
    masterRows.push({ row: dr.index + 1, key, unit: ledgerUnit(profile, cell(UNIT)), name: String(outValue("name", cell(NAME), profile) ?? "").trim() });
    if (key !== null && !byKey.has(key)) byKey.set(key, { row: dr.index + 1, cells: dr.cells });
  }
  return { byKey, masterRows };
}

function reconcile(rows: MergedRow[], master: FoundLedger, returned: Set<string>, profile: Profile, issues: MergeIssue[]): Reconciled {
  const { table, sheet } = master;
  const mcol = KEYS.map((k) => table.columns[k]);
  const { byKey, masterRows } = indexMaster(table, mcol, profile);
  const patch: MasterPatch = { sheet, set: [], append: [], lastRow: lastUsedRow(table.values) };
  const changes: Change[] = [];
  const added: Added[] = [];
  const lost = new Map<string, { column: string; count: number }>();
  const noColumn = (i: number) => {
    const header = HEADER_OF[KEYS[i]];
    const entry = lost.get(header) ?? { column: header, count: 0 };
    entry.count++;
    lost.set(header, entry);
  };
  const applied = new Set<string>();
  for (const r of rows) {
    const masterRow = r.key === null ? undefined : byKey.get(r.key);
    if (!masterRow) {
      added.push({ unit: r.unit ?? String(r.cells[UNIT] ?? ""), name: r.name, file: r.file, row: r.row });
      const line: MasterPatch["append"][number] = [];
      KEYS.forEach((k, i) => {
        if (r.cells[i] === null) return;
        if (mcol[i] === undefined) noColumn(i);
        else line.push({ col: mcol[i]!, value: r.cells[i], date: LEDGER_KINDS[k] === "date" && typeof r.cells[i] === "number" });
      });
      patch.append.push(line);
      continue;
    }
    // A project sent twice updates the master once, from its first copy (the duplicates list shows the others).
    if (applied.has(r.key!)) continue;
    applied.add(r.key!);
    KEYS.forEach((k, i) => {
      if (i === NAME || i === UNIT) return;
      const raw = r.raw[i];
      if (raw === undefined || isBlank(raw)) return; // a blank in a return never erases the master's value
      const kind = LEDGER_KINDS[k];
      const old = mcol[i] === undefined ? null : (masterRow.cells[mcol[i]!] ?? null);
      if (valueKey(kind, raw, profile) === valueKey(kind, old, profile)) return;
      if (mcol[i] === undefined) return noColumn(i);
      changes.push({
        unit: r.unit ?? String(r.cells[UNIT] ?? ""),
        name: r.name,
        column: HEADER_OF[k],
        old: jsonValue(kind, old, profile),
        new: jsonValue(kind, raw, profile),
        file: r.file,
        row: r.row,
        masterRow: masterRow.row,
      });
      patch.set.push({ row: masterRow.row, col: mcol[i]!, value: r.cells[i], date: kind === "date" && typeof r.cells[i] === "number" });
    });
  }
  for (const l of lost.values()) issues.push(issue("warning", "merge.master.noColumn", { sheet, column: l.column, count: l.count }, { sheet, column: l.column }));
  const sent = new Set(rows.map((r) => r.key));
  const notReturned: NotReturned[] = masterRows
    .filter((m) => m.unit !== null && returned.has(m.unit) && m.key !== null && !sent.has(m.key))
    .map((m) => ({ unit: m.unit!, name: m.name, masterRow: m.row }));
  return { changes, added, notReturned, patch };
}

export interface MergeOptions {
  /** The master to reconcile with (`--into`). */
  master?: MasterInput | null;
}

/** Two returns of one unit: both merged, and said. */
function unitsSentTwice(files: FileSummary[], issues: MergeIssue[]): void {
  const byUnit = new Map<string, string[]>();
  for (const s of files) if (s.unit) byUnit.set(s.unit, [...(byUnit.get(s.unit) ?? []), s.file]);
  for (const [unit, list] of byUnit) {
    if (list.length > 1) issues.push(issue("warning", "merge.unit.twice", { unit, count: list.length, files: list.join("、") }, { file: list[1] }));
  }
}

/** The merged ledger's errors, each on its return's file and row; the count of rows with errors. */
function rowErrorsOf(rows: MergedRow[], ledgerIssues: Issue[], issues: MergeIssue[]): number {
  let rowErrors = 0;
  const firstOf = new Map<string, MergedRow>();
  for (const r of rows) if (r.key !== null && !firstOf.has(r.key)) firstOf.set(r.key, r);
  const errorRows = new Set<number>();
  for (const t of ledgerIssues) {
    if (t.severity !== "error" || t.row === null || t.row < 2) continue;
    const r = rows[t.row - 2];
    if (!errorRows.has(t.row)) rowErrors++;
    errorRows.add(t.row);
    const first = t.code === "row.duplicate" && r.key !== null ? firstOf.get(r.key) : undefined;
    if (first && first !== r) {
      // The reader names the merged sheet's row; the clerk needs the return's.
      issues.push(issue("error", "merge.row.duplicate", { file: first.file, row: first.row, name: r.name }, { file: r.file, row: r.row, column: t.column }));
    } else issues.push({ severity: "error", code: t.code, file: r.file, sheet: null, row: r.row, column: t.column, message: t.message, messageEn: t.messageEn ?? t.message });
  }
  return rowErrors;
}

/** mergeReturns, pausing every few hundred rows (steps.ts). */
export function* mergeReturnsSteps(returns: ReturnInput[], base: Profile = builtinProfile(), options: MergeOptions = {}): Steps<MergeResult> {
  const master = options.master ?? null;
  const profile = master ? workbookProfile(master.book, base, { sheetNames: master.sheetNames }).profile : base;
  const issues: MergeIssue[] = [];
  const files: FileSummary[] = [];
  const rows: MergedRow[] = [];
  const total = Math.max(1, returns.length);
  for (let f = 0; f < returns.length; f++) {
    const ret = returns[f];
    if (!ret.book || ret.error) {
      const error = ret.error ?? { zh: message("merge.file.unreadable", { file: ret.file }), en: message("merge.file.unreadable", { file: ret.file }, "en") };
      files.push({ file: ret.file, sheet: null, rows: 0, units: [], unit: null, error: error.zh, errorEn: error.en });
      issues.push({ severity: "error", code: "merge.file.unreadable", file: ret.file, sheet: null, row: null, column: null, message: error.zh, messageEn: error.en });
      continue;
    }
    const found = yield* within(findLedgerSteps(ret.book, ret.sheetNames ?? Object.keys(ret.book), profile), (0.6 * f) / total, (0.6 * (f + 1)) / total);
    const read = readReturn(ret, found, profile, issues);
    files.push(read.summary);
    for (const r of read.rows) rows.push(r);
  }
  unitsSentTwice(files, issues);

  // The rows' errors are what `check` says of the merged ledger.
  const ledger = yield* within(readLedgerSteps({ values: mergedValues(rows), merges: [] }, profile), 0.6, 0.9);
  const rowErrors = rowErrorsOf(rows, ledger.issues, issues);

  const seen = new Set(rows.map((r) => r.unit).filter((u): u is string => u !== null));
  const missingUnits = [...unitsOfGroup(profile, "towns"), ...unitsOfGroup(profile, "departments")].map((u) => u.name).filter((n, i, all) => all.indexOf(n) === i && !seen.has(n));
  const duplicates = duplicatesOf(rows, profile);
  yield 0.95;

  let reconciled: Reconciled | null = null;
  if (master) {
    const names = master.sheetNames ?? Object.keys(master.book);
    const found = yield* findLedgerSteps(master.book, names, profile);
    if (!found) {
      issues.push(issue("error", "merge.master.noLedger", { file: master.file, sheets: names.join("、") }, { file: master.file }));
    } else {
      const returned = new Set(files.map((f) => f.unit).filter((u): u is string => u !== null));
      reconciled = reconcile(rows, found, returned, profile, issues);
    }
  }
  const unreadable = files.some((f) => f.error !== null);
  return {
    files,
    headers: MERGED_HEADERS,
    rows,
    missingUnits,
    duplicates,
    changes: reconciled?.changes ?? [],
    added: reconciled?.added ?? [],
    notReturned: reconciled?.notReturned ?? [],
    issues,
    rowErrors,
    patch: reconciled?.patch ?? null,
    clean: !unreadable && rowErrors === 0 && !(master && !reconciled),
  };
}

/** Merge the returns (and reconcile them with `options.master`), all at once. */
export function mergeReturns(returns: ReturnInput[], base: Profile = builtinProfile(), options: MergeOptions = {}): MergeResult {
  return runSteps(mergeReturnsSteps(returns, base, options));
}
