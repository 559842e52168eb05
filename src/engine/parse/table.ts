// Generic sheet reading: header row detection, column aliases, issues with
// sheet/row/column/cell (workbook-format §1).
import { message, type MessageCode, type MessageParams } from "../messages";
import type { CellValue, Issue, Severity, SheetValues } from "../types";
import { foldWidth, isBlank, plain, type Parsed } from "./cells";

export interface ColumnSpec<K extends string = string> {
  key: K;
  header: string;
  aliases?: string[];
  required?: boolean;
}

/** Header text compared without spaces, with （） read as (). */
export function normaliseHeader(v: CellValue): string {
  const p = plain(v);
  if (typeof p !== "string") return p === null ? "" : String(p);
  return foldWidth(p).replace(/\s+/g, "");
}

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

export interface Located<K extends string> {
  /** 0-based index of the header row in the values. */
  headerIndex: number;
  /** Column index (0-based) of each known key found. */
  columns: Partial<Record<K, number>>;
}

/** A header row is the first of the first 10 with a cell reading one of these (workbook-format §1). */
export const HEADER_MARKERS = ["项目名称", "单位", "被评单位"];

/** Find the header row (first of the first 10 with a marker cell) and map columns by header text. */
export function locateHeader<K extends string>(
  values: SheetValues,
  specs: ColumnSpec<K>[],
  markers: string[] = HEADER_MARKERS,
): Located<K> | null {
  const markerSet = new Set(markers.map((m) => normaliseHeader(m)));
  const limit = Math.min(values.length, 10);
  for (let r = 0; r < limit; r++) {
    const row = values[r] ?? [];
    if (!row.some((c) => markerSet.has(normaliseHeader(c)))) continue;
    const columns: Partial<Record<K, number>> = {};
    const lookup = new Map<string, K>();
    for (const s of specs) {
      for (const name of [s.header, ...(s.aliases ?? [])]) lookup.set(normaliseHeader(name), s.key);
    }
    row.forEach((c, i) => {
      const k = lookup.get(normaliseHeader(c));
      if (k !== undefined && columns[k] === undefined) columns[k] = i;
    });
    return { headerIndex: r, columns };
  }
  return null;
}

export function isBlankRow(row: CellValue[] | undefined): boolean {
  return !row || row.every((c) => isBlank(c));
}

/** Builds issues for one sheet; keeps zh and en text. */
export class IssueSink {
  readonly issues: Issue[] = [];
  constructor(readonly sheet: string) {}

  add(
    severity: Severity,
    code: string,
    key: MessageCode,
    params: MessageParams,
    at: { row?: number | null; column?: string | null; col0?: number } = {},
  ): Issue {
    const issue: Issue = {
      severity,
      sheet: this.sheet,
      row: at.row ?? null,
      column: at.column ?? null,
      code,
      message: message(key, { column: at.column ?? "", ...params }),
    };
    // English is formatted on first use: most runs show Chinese only, and a large ledger has thousands of issues.
    Object.defineProperty(issue, "messageEn", {
      enumerable: true,
      configurable: true,
      get(this: Issue) {
        const text = message(key, { column: at.column ?? "", ...params }, "en");
        Object.defineProperty(this, "messageEn", { value: text, enumerable: true, writable: true, configurable: true });
        return text;
      },
    });
    if (at.row != null && at.col0 !== undefined) issue.cell = `${columnLetter(at.col0)}${at.row}`;
    this.issues.push(issue);
    return issue;
  }
}

/** Reads the cells of one data row by key, collecting failures as issues. */
export class RowReader<K extends string> {
  errors = 0;
  constructor(
    private readonly sink: IssueSink,
    private readonly row: CellValue[],
    private readonly rowNumber: number,
    private readonly located: Located<K>,
    private readonly specs: Record<K, ColumnSpec<K>>,
  ) {}

  raw(key: K): CellValue {
    const i = this.located.columns[key];
    return i === undefined ? null : this.row[i];
  }

  has(key: K): boolean {
    return this.located.columns[key] !== undefined;
  }

  /** Parse a cell; on failure report an error on that cell and return `fallback`. */
  get<T>(key: K, parse: (v: CellValue) => Parsed<T>, fallback: T): T {
    const r = parse(this.raw(key));
    if (r.ok) return r.value;
    this.error(key, r.code, r.key, r.params);
    return fallback;
  }

  error(key: K, code: string, msgKey: MessageCode, params: MessageParams): void {
    this.errors++;
    this.report("error", key, code, msgKey, params);
  }

  report(severity: Severity, key: K, code: string, msgKey: MessageCode, params: MessageParams): void {
    this.sink.add(severity, code, msgKey, params, {
      row: this.rowNumber,
      column: this.specs[key].header,
      col0: this.located.columns[key],
    });
  }
}
