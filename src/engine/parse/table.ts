// Reading one input sheet as a table (workbook-format §1, §1.1), the one place
// every sheet reader goes through: find the header (band), map the columns,
// say which scoring columns are absent, skip and list the rows that are not
// data, fill merged areas, and hand each data row to the reader with a
// RowReader that reports problems with sheet, row, column and cell.
import { lazyText } from "../lazy-text";
import { message, phraseOf, type MessageCode, type MessageParams, type MessageText, type Phrase } from "../messages";
import type { CellValue, Issue, MergedArea, Severity, SheetInput, SheetValues } from "../types";
import { isBlank, type Parsed } from "./cells";
import { findMarkerRow, HEADER_MARKERS, headerKey, readHeaderBand, type ColumnSpec, type HeaderBand } from "./header";
import { classifyRow, isTyped, type RowRules, type SkipKind } from "./rows";
import { runSteps, STEP_ROWS, type Steps } from "../steps";

export { normaliseHeader, headerKey, HEADER_MARKERS, type ColumnSpec } from "./header";

export function columnLetter(index0: number): string {
  let n = index0 + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function isBlankRow(row: CellValue[] | undefined): boolean {
  return !row || row.every((c) => !isTyped(c));
}

/** A formula cell whose result was never calculated (a host passes `{ formula }` without `result`). */
export function isFormulaWithoutValue(cell: CellValue): boolean {
  if (cell === null || typeof cell !== "object" || cell instanceof Date) return false;
  const o = cell as Record<string, unknown>;
  return ("formula" in o || "sharedFormula" in o) && (o.result === undefined || o.result === null);
}

/** Values and merged areas of a sheet, whichever shape the host gave. */
export function sheetInputOf(input: SheetValues | SheetInput): { values: SheetValues; merges: MergedArea[] | null } {
  if (Array.isArray(input)) return { values: input, merges: null };
  return { values: input.values ?? [], merges: input.merges ?? null };
}

/** Builds issues for one sheet; keeps zh and en text. */
export class IssueSink {
  readonly issues: Issue[] = [];
  constructor(readonly sheet: string) {}

  add(severity: Severity, code: string, key: MessageCode, params: MessageParams, at: { row?: number | null; column?: string | null; col0?: number } = {}): Issue {
    const issue = {
      severity,
      sheet: this.sheet,
      row: at.row ?? null,
      column: at.column ?? null,
      code,
    } as Issue;
    // Both texts are formatted on first use: a large ledger has thousands of issues, and SANPI.SCORE or
    // a list that shows twenty of them reads few or none (issue 10 "no work nobody reads").
    const all = { column: at.column ?? "", sheet: this.sheet, ...params };
    lazyText(issue, "message", () => message(key, all));
    lazyText(issue, "messageEn", () => message(key, all, "en"));
    if (at.row != null && at.col0 !== undefined) issue.cell = `${columnLetter(at.col0)}${at.row}`;
    this.issues.push(issue);
    return issue;
  }
}

export interface TableSpec<K extends string> {
  columns: ColumnSpec<K>[];
  /** Fields blank (as typed) in a section row (§1.1 item 3). */
  sectionKeys: K[];
  /** Section fields that may hold a section's title when it is plainly one: 责任单位 (`（一）经开区管委会` typed there). */
  titleKeys?: K[];
  /** Fields that, all typed, make a row data however it begins. */
  dataKeys: K[];
  /** The field checked for 合计/小计 besides 序号 and the first cell: 项目名称, or 单位. */
  labelKey: K;
  /** Optional fields the scores read: their absence is one `header.notFound` warning. */
  scoringKeys?: K[];
  /** What an absent scoring column means for this sheet. */
  notFoundConsequence?: { zh: string; en: string };
  /** The marker headers, when the sheet has its own. */
  markers?: string[];
  /** Whether a text names a group or a unit (section titles such as `经开区管委会`). */
  namesGroupOrUnit?: (text: string) => boolean;
  /** Headers of columns the sheet may carry that no field reads and no message mentions (merge's 来源文件, 来源行). */
  silentHeaders?: string[];
}

export interface DataRow {
  /** 0-based index in the sheet's values (worksheet row − 1). */
  index: number;
  /** The cells with merged areas filled from their top-left cell. */
  cells: CellValue[];
}

export interface Table<K extends string> {
  band: HeaderBand<K>;
  /** 0-based index of the band's last row. */
  headerIndex: number;
  columns: Partial<Record<K, number>>;
  rows: DataRow[];
  /** Whether the host told where the merged areas are. */
  mergesKnown: boolean;
  values: SheetValues;
}

const SKIP_KIND: Record<SkipKind, MessageText> = {
  headerRepeat: { zh: "重复的表头", en: "Repeated header" },
  subtotal: { zh: "合计/小计行", en: "Subtotal or total row" },
  section: { zh: "分组标题行", en: "Section title" },
  notes: { zh: "表尾说明或签名", en: "Notes or signatures below the table" },
};

/** Copies of the data rows that merged areas cover, each cell given its area's top-left value (§1.1). */
function filledRows(values: SheetValues, merges: MergedArea[] | null, firstDataRow: number): Map<number, CellValue[]> {
  const filled = new Map<number, CellValue[]>();
  if (!merges) return filled;
  for (const m of merges) {
    if (m.row0 < firstDataRow || (m.row1 === m.row0 && m.col1 === m.col0)) continue;
    const top = values[m.row0]?.[m.col0] ?? "";
    for (let r = m.row0; r <= m.row1 && r < values.length; r++) {
      let row = filled.get(r);
      if (!row) {
        row = [...(values[r] ?? [])];
        filled.set(r, row);
      }
      for (let c = m.col0; c <= m.col1; c++) {
        while (row.length <= c) row.push("");
        if (r !== m.row0 || c !== m.col0) row[c] = top;
      }
    }
  }
  return filled;
}

function acrossLookup(merges: MergedArea[] | null): RowRules["mergedAcross"] {
  if (!merges) return null;
  const across = new Set<string>();
  for (const m of merges) if (m.col1 > m.col0) across.add(`${m.row0},${m.col0}`);
  return (row, column) => across.has(`${row},${column}`);
}

const keyColumns = <K extends string>(columns: Partial<Record<K, number>>, keys: K[]): number[] => keys.map((k) => columns[k]).filter((c): c is number => c !== undefined);

/**
 * Read a sheet as a table. Returns null when it has no usable header (the
 * issue is in `sink`); otherwise the data rows, every skipped row listed as
 * `info` `row.skipped`.
 */
export function readTable<K extends string>(input: SheetValues | SheetInput, spec: TableSpec<K>, sink: IssueSink): Table<K> | null {
  return runSteps(readTableSteps(input, spec, sink));
}

/** Scoring columns the header lacks (a warning) and the header cells no column took (an info). */
function reportUnmatched<K extends string>(spec: TableSpec<K>, band: HeaderBand<K>, byKey: Map<K, ColumnSpec<K>>, headerRow: number, sink: IssueSink): void {
  const absent = (spec.scoringKeys ?? []).filter((k) => band.columns[k] === undefined).map((k) => byKey.get(k)!.header);
  const silent = new Set((spec.silentHeaders ?? []).map((h) => headerKey(h)));
  const unmatchedList = silent.size ? band.unmatched.filter((h) => !silent.has(headerKey(h))) : band.unmatched;
  const unmatched = unmatchedList.join("、");
  if (absent.length) {
    sink.add(
      "warning",
      "header.notFound",
      "header.notFound",
      {
        columns: absent.join("、"),
        consequence: spec.notFoundConsequence ? phraseOf(spec.notFoundConsequence) : "",
        unmatched: band.unmatched.length ? phraseOf("header.unmatched", { cells: unmatched }) : "",
      },
      { row: headerRow },
    );
  } else if (unmatchedList.length) {
    sink.add("info", "header.ignored", "header.ignored", { unmatched }, { row: headerRow });
  }
}

/** readTable, pausing every STEP_ROWS rows below the header (steps.ts). */
export function* readTableSteps<K extends string>(input: SheetValues | SheetInput, spec: TableSpec<K>, sink: IssueSink): Steps<Table<K> | null> {
  const { values, merges } = sheetInputOf(input);
  const byKey = new Map(spec.columns.map((c) => [c.key, c]));
  const markers = spec.markers ?? HEADER_MARKERS;
  const markerRow = findMarkerRow(values, markers);
  const required = spec.columns.filter((c) => c.required).map((c) => c.header);
  if (markerRow < 0) {
    sink.add("error", "header.missing", "header.missing", { column: required.join("、") });
    return null;
  }
  const band = readHeaderBand(values, markerRow, spec.columns, merges);
  const headerRow = markerRow + 1;
  const missing = spec.columns.filter((c) => c.required && band.columns[c.key] === undefined);
  for (const c of missing) sink.add("error", "header.missing", "header.column", { column: c.header }, { row: headerRow, column: c.header });
  if (missing.length) return null;

  reportUnmatched(spec, band, byKey, headerRow, sink);

  const headerIndex = band.rows[band.rows.length - 1];
  const rules: RowRules = {
    headerTexts: band.texts,
    sectionColumns: keyColumns(band.columns, spec.sectionKeys),
    labelColumns: [band.sequence, band.columns[spec.labelKey]].filter((c): c is number => c !== undefined),
    sequenceColumn: band.sequence,
    titleColumns: keyColumns(band.columns, spec.titleKeys ?? []),
    dataColumns: keyColumns(band.columns, spec.dataKeys),
    mergedAcross: acrossLookup(merges),
    namesGroupOrUnit: spec.namesGroupOrUnit ?? (() => false),
  };
  const filled = filledRows(values, merges, headerIndex + 1);
  const rows: DataRow[] = [];
  let inNotes = false;
  for (let i = headerIndex + 1; i < values.length; i++) {
    if (i % STEP_ROWS === 0) yield i / values.length;
    const typed = values[i];
    if (isBlankRow(typed)) continue;
    const skipped = classifyRow(i, typed, rules, inNotes);
    if (skipped) {
      if (skipped.kind === "notes") inNotes = true;
      sink.add("info", "row.skipped", "row.skipped", { kind: phraseOf(SKIP_KIND[skipped.kind]), value: skipped.text, skip: skipped.kind }, { row: i + 1, col0: skipped.column });
      continue;
    }
    rows.push({ index: i, cells: filled.get(i) ?? typed });
  }
  return { band, headerIndex, columns: band.columns, rows, mergesKnown: merges !== null, values };
}

/** The hint added to a blank required cell when the host could not tell merged areas (§1.1). */
function mergeHint<K extends string>(table: Table<K>, rowIndex: number, column: number | undefined): boolean {
  if (table.mergesKnown || column === undefined) return false;
  const above = table.values[rowIndex - 1]?.[column];
  return rowIndex - 1 > table.headerIndex && !isBlank(above ?? null);
}

/** Reads the cells of one data row by key, collecting failures as issues. */
export class RowReader<K extends string> {
  errors = 0;
  readonly rowNumber: number;
  private readonly cells: CellValue[];
  constructor(
    private readonly sink: IssueSink,
    row: DataRow,
    private readonly table: Table<K>,
    private readonly specs: Record<K, ColumnSpec<K>>,
  ) {
    this.cells = row.cells;
    this.rowNumber = row.index + 1;
  }

  raw(key: K): CellValue {
    const index = this.table.columns[key];
    return index === undefined ? null : this.cells[index];
  }

  has(key: K): boolean {
    return this.table.columns[key] !== undefined;
  }

  /** Parse a cell; on failure report an error on that cell and return `fallback`. */
  get<T>(key: K, parse: (v: CellValue) => Parsed<T>, fallback: T): T {
    const raw = this.raw(key);
    if (isFormulaWithoutValue(raw)) {
      this.error(key, "cell.formulaNoValue", "cell.formulaNoValue", { value: String((raw as { formula?: unknown }).formula ?? "") });
      return fallback;
    }
    const parsed = parse(raw);
    if (parsed.ok) return parsed.value;
    this.error(key, parsed.code, parsed.key, parsed.params);
    return fallback;
  }

  /** A required cell: blank is `required.missing`, saying what to type (`hint`, in each language), with the merge hint where merges are unknown. */
  required(key: K, hint: MessageText | Phrase): boolean {
    const raw = this.raw(key);
    if (!isBlank(raw) || isFormulaWithoutValue(raw)) return true;
    const merged = mergeHint(this.table, this.rowNumber - 1, this.table.columns[key]);
    this.error(key, "required.missing", "required.missing", { hint: "phrase" in hint ? hint : phraseOf(hint), mergeHint: merged ? phraseOf("hint.merged") : "" });
    return false;
  }

  error(key: K, code: string, msgKey: MessageCode, params: MessageParams): void {
    this.errors++;
    this.report("error", key, code, msgKey, params);
  }

  report(severity: Severity, key: K, code: string, msgKey: MessageCode, params: MessageParams): void {
    this.sink.add(severity, code, msgKey, params, {
      row: this.rowNumber,
      column: this.specs[key].header,
      col0: this.table.columns[key],
    });
  }
}

/** The specs of a table keyed by field. */
export const specsByKey = <K extends string>(columns: ColumnSpec<K>[]): Record<K, ColumnSpec<K>> => Object.fromEntries(columns.map((c) => [c.key, c])) as Record<K, ColumnSpec<K>>;
