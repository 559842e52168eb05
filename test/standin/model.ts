// An in-memory workbook that behaves like Excel where the add-in depends on it:
// sheet names compare case-insensitively and are validated, writing a string
// into a cell that is not Text-formatted makes "=..." a formula and "00123" a
// number (as typing would), a used range is the bounding box of non-blank
// cells, deleting a sheet turns the names pointing at it into #REF!, and table
// names are unique. Every mutation is logged with its sheet, so tests can prove
// that no cell of a user's sheet was written.
import { columnLetter } from "../../src/engine/parse/table";

export type ModelCell = string | number | boolean;

export interface StyleOp {
  address: string;
  path: string;
  value: unknown;
}

export interface ModelChart {
  type: string;
  values: string;
  categories: string | null;
  seriesName?: string;
  props: Record<string, unknown>;
  position?: [string, string];
}

export interface ModelSheet {
  name: string;
  /** Excel's worksheet id: kept through renames and moves. */
  id: string;
  visibility: string;
  /** Present from the start (a user's sheet) rather than added through the API. */
  original: boolean;
  cells: ModelCell[][];
  formats: string[][];
  formulas: Map<string, string>;
  columnWidths: Map<number, number>;
  frozenRows: number;
  merges: string[];
  styles: StyleOp[];
  tables: { name: string; address: string; style?: string }[];
  charts: ModelChart[];
  conditionalFormats: { address: string; type: string; props: Record<string, unknown> }[];
  validations: { address: string; props: Record<string, unknown> }[];
  pageLayout: Record<string, unknown>;
}

/** A sheet handed over with its merged areas. */
export interface BookSheet {
  values: ModelCell[][];
  merges?: { row0: number; col0: number; row1: number; col1: number }[] | null;
}

export interface ModelName {
  name: string;
  formula: string;
  comment: string;
  visible: boolean;
}

export interface Mutation {
  sheet: string | null;
  kind: string;
  address?: string;
}

/** What Excel tells of a change, as WorksheetChangedEventArgs / WorksheetFormatChangedEventArgs do. */
export interface ModelEventArgs {
  worksheetId: string;
  address?: string;
  source: "Local";
  type: string;
}
export type ModelEvent = "changed" | "formatChanged" | "calculated" | "rowSorted" | "columnSorted";
type Listener = (args: ModelEventArgs) => unknown;

/** The event a logged mutation raises: cell data, or formats (merged areas among them). */
function eventOf(kind: string): ModelEvent | null {
  if (kind === "values") return "changed";
  if (kind === "numberFormat" || kind === "merge" || kind === "mergeAcross" || kind.startsWith("format.")) return "formatChanged";
  return null;
}

export class StandInError extends Error {
  constructor(readonly code: string, message: string) {
    super(`${code}: ${message}`);
  }
}

const INVALID_NAME = /[\[\]:*?/\\]/;

export const a1 = (r: number, c: number): string => `${columnLetter(c)}${r + 1}`;
export const area = (r: number, c: number, rows: number, cols: number): string =>
  rows === 1 && cols === 1 ? a1(r, c) : `${a1(r, c)}:${a1(r + rows - 1, c + cols - 1)}`;

/** "B3", "B3:D9", "5:5" → 0-based rectangle (whole rows span 16384 columns). */
export function parseArea(address: string): { r: number; c: number; rows: number; cols: number } {
  const cell = (s: string): [number, number] => {
    const m = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(s);
    if (!m) throw new StandInError("InvalidArgument", `bad address ${address}`);
    const col = m[1].toUpperCase().split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    return [Number(m[2]) - 1, col];
  };
  const rowsOnly = /^\$?(\d+):\$?(\d+)$/.exec(address);
  if (rowsOnly) return { r: Number(rowsOnly[1]) - 1, c: 0, rows: Number(rowsOnly[2]) - Number(rowsOnly[1]) + 1, cols: 16384 };
  const [from, to = from] = address.split(":");
  const [r1, c1] = cell(from);
  const [r2, c2] = cell(to);
  return { r: r1, c: c1, rows: r2 - r1 + 1, cols: c2 - c1 + 1 };
}

const quote = (name: string): string => `'${name.replace(/'/g, "''")}'`;

export class WorkbookModel {
  sheets: ModelSheet[] = [];
  names: ModelName[] = [];
  active: string | null = null;
  selection: { sheet: string; address: string } | null = null;
  log: Mutation[] = [];
  /** Every read of cell values through the API: sheet and rows (tests check what was read again). */
  reads: { sheet: string; rows: number }[] = [];
  private listeners = new Map<ModelEvent, Listener[]>();
  /** Bumped by every write of cells (write, merge, userEdit): the used-range cache below is valid while it stands. */
  private version = 0;
  private used = new WeakMap<ModelSheet, { cells: ModelCell[][]; version: number; box: { r: number; c: number; rows: number; cols: number } | null }>();
  private nextId = 1;

  /** A sheet is its values, or its values and merged areas (0-based, as the engine's SheetInput). */
  constructor(book: Record<string, ModelCell[][] | BookSheet> = {}) {
    for (const [name, sheet] of Object.entries(book)) {
      const s = this.addSheet(name);
      s.original = true;
      this.originalNames.add(name.toLowerCase());
      const values = Array.isArray(sheet) ? sheet : sheet.values;
      s.cells = values.map((r) => r.map((v) => (v === null || v === undefined ? "" : v)));
      if (!Array.isArray(sheet)) for (const m of sheet.merges ?? []) s.merges.push(area(m.row0, m.col0, m.row1 - m.row0 + 1, m.col1 - m.col0 + 1));
    }
    this.log = [];
    this.active = this.sheets[0]?.name ?? null;
  }

  sheet(name: string): ModelSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  need(name: string): ModelSheet {
    const s = this.sheet(name);
    if (!s) throw new StandInError("ItemNotFound", `no sheet ${name}`);
    return s;
  }

  addSheet(name: string): ModelSheet {
    if (!name.trim() || name.length > 31 || INVALID_NAME.test(name)) throw new StandInError("InvalidArgument", `bad sheet name ${name}`);
    if (this.sheet(name)) throw new StandInError("ItemAlreadyExists", `sheet ${name} exists`);
    const s: ModelSheet = {
      name, id: `{${String(this.nextId++).padStart(8, "0")}-0000-4000-8000-000000000000}`, visibility: "Visible", original: false, cells: [], formats: [], formulas: new Map(), columnWidths: new Map(),
      frozenRows: 0, merges: [], styles: [], tables: [], charts: [], conditionalFormats: [], validations: [], pageLayout: {},
    };
    this.sheets.push(s);
    this.mutate(name, "addSheet");
    return s;
  }

  deleteSheet(name: string): void {
    const s = this.need(name);
    if (this.sheets.filter((x) => x.visibility === "Visible" && x !== s).length === 0) throw new StandInError("InvalidOperation", "last visible sheet");
    this.mutate(s.name, "deleteSheet");
    this.sheets = this.sheets.filter((x) => x !== s);
    const prefix = `=${quote(s.name)}!`;
    for (const n of this.names) if (n.formula.startsWith(prefix)) n.formula = "=#REF!" + n.formula.slice(prefix.length);
    if (this.active === s.name) this.active = this.sheets[0]?.name ?? null;
  }

  moveSheet(name: string, position: number): void {
    const s = this.need(name);
    this.mutate(s.name, "position");
    this.sheets = this.sheets.filter((x) => x !== s);
    this.sheets.splice(Math.max(0, Math.min(position, this.sheets.length)), 0, s);
  }

  mutate(sheet: string | null, kind: string, address?: string): void {
    this.log.push({ sheet, kind, address });
    const event = eventOf(kind);
    const s = sheet === null ? undefined : this.sheet(sheet);
    if (event && s) this.emit(event, { worksheetId: s.id, address, source: "Local", type: event });
  }

  /** Register an event handler (the stand-in's WorksheetCollection.onChanged.add and its kin). */
  listen(event: ModelEvent, listener: Listener): void {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
  }

  /** Deliver an event as Excel does: later, in a task of its own, before the answer to any sync sent after the change. */
  emit(event: ModelEvent, args: ModelEventArgs): void {
    const listeners = this.listeners.get(event) ?? [];
    if (listeners.length) setTimeout(() => listeners.forEach((l) => l(args)), 0);
  }

  /** A user typing into cells (not through the API): the values change and Excel raises onChanged. */
  userEdit(name: string, r: number, c: number, value: ModelCell): void {
    const s = this.need(name);
    (s.cells[r] ??= [])[c] = value;
    this.version++;
    this.emit("changed", { worksheetId: s.id, address: a1(r, c), source: "Local", type: "changed" });
  }

  /** Bounding box of the non-blank cells, or null for an empty sheet. */
  usedRange(name: string): { r: number; c: number; rows: number; cols: number } | null {
    const s = this.need(name);
    // Every range derived from a used range resolves it again: scan a sheet once per change, as Excel keeps it.
    const known = this.used.get(s);
    if (known && known.cells === s.cells && known.version === this.version) return known.box;
    const box = this.scanUsed(s);
    this.used.set(s, { cells: s.cells, version: this.version, box });
    return box;
  }

  private scanUsed(s: ModelSheet): { r: number; c: number; rows: number; cols: number } | null {
    let r1 = Infinity, c1 = Infinity, r2 = -1, c2 = -1;
    const blank = (v: ModelCell | undefined) => v === "" || v === undefined;
    // Each row from both ends: a full row costs two cells, not its width (a 50,000-row ledger is scanned per load).
    for (let r = 0; r < s.cells.length; r++) {
      const row = s.cells[r];
      if (!row) continue;
      let a = 0;
      while (a < row.length && blank(row[a])) a++;
      if (a === row.length) continue;
      let b = row.length - 1;
      while (blank(row[b])) b--;
      if (r < r1) r1 = r;
      r2 = r;
      if (a < c1) c1 = a;
      if (b > c2) c2 = b;
    }
    return r2 < 0 ? null : { r: r1, c: c1, rows: r2 - r1 + 1, cols: c2 - c1 + 1 };
  }

  read(name: string, r: number, c: number, rows: number, cols: number): ModelCell[][] {
    const s = this.need(name);
    this.reads.push({ sheet: name, rows });
    const out: ModelCell[][] = new Array(rows);
    for (let i = 0; i < rows; i++) {
      const row = s.cells[r + i] ?? [];
      const part = row.slice(c, c + cols);
      for (let j = 0; j < cols; j++) if (part[j] === undefined) part[j] = "";
      out[i] = part;
    }
    return out;
  }

  /** Merge an area as Excel does: the top-left cell keeps its value, the others are emptied. */
  merge(name: string, address: string): void {
    const s = this.need(name);
    const { r, c, rows, cols } = parseArea(address);
    s.merges.push(address);
    this.version++;
    for (let i = r; i < r + rows; i++) for (let j = c; j < c + cols; j++) if ((i !== r || j !== c) && s.cells[i]) s.cells[i][j] = "";
  }

  format(s: ModelSheet, r: number, c: number): string {
    return s.formats[r]?.[c] ?? "General";
  }

  /** Write values as Excel's range.values does. */
  write(name: string, r: number, c: number, values: ModelCell[][]): void {
    const s = this.need(name);
    this.mutate(s.name, "values", area(r, c, values.length, values[0]?.length ?? 0));
    this.version++;
    values.forEach((row, i) =>
      row.forEach((v, j) => {
        const rr = r + i, cc = c + j;
        (s.cells[rr] ??= [])[cc] = this.typed(s, rr, cc, v);
      }),
    );
  }

  private typed(s: ModelSheet, r: number, c: number, v: ModelCell): ModelCell {
    s.formulas.delete(a1(r, c));
    if (typeof v !== "string" || this.format(s, r, c) === "@") return v;
    if (v.startsWith("=") && v.length > 1) {
      s.formulas.set(a1(r, c), v);
      return "#FORMULA";
    }
    if (/^[+-]?\d+(\.\d+)?$/.test(v.trim())) return Number(v);
    return v;
  }

  setFormats(name: string, r: number, c: number, formats: string[][]): void {
    const s = this.need(name);
    this.mutate(s.name, "numberFormat", area(r, c, formats.length, formats[0]?.length ?? 0));
    formats.forEach((row, i) => row.forEach((f, j) => ((s.formats[r + i] ??= [])[c + j] = f)));
  }

  addName(name: string, sheet: string, address: string, comment: string): ModelName {
    if (this.names.some((n) => n.name.toLowerCase() === name.toLowerCase())) throw new StandInError("ItemAlreadyExists", `name ${name}`);
    const abs = address.replace(/([A-Z]+)(\d+)/gi, "$$$1$$$2");
    const n: ModelName = { name, formula: `=${quote(sheet)}!${abs}`, comment, visible: true };
    this.names.push(n);
    this.mutate(null, "addName");
    return n;
  }

  deleteName(name: string): void {
    if (!this.names.some((n) => n.name.toLowerCase() === name.toLowerCase())) throw new StandInError("ItemNotFound", `name ${name}`);
    this.names = this.names.filter((n) => n.name.toLowerCase() !== name.toLowerCase());
    this.mutate(null, "deleteName");
  }

  allTables(): string[] {
    return this.sheets.flatMap((s) => s.tables.map((t) => t.name));
  }

  /** Mutations of a sheet the model started with (cells, formats, styles, objects, deletion). */
  userSheetWrites(): Mutation[] {
    return this.log.filter((m) => m.sheet !== null && this.originalNames.has(m.sheet.toLowerCase()));
  }

  /** Names of the sheets the model started with. */
  readonly originalNames = new Set<string>();
}
