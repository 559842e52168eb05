// An ET stand-in (WPS 表格's object model) for tests without WPS: the members
// the WPS host and functions use (src/wps/et.ts, typed as et-jsapi-declare
// declares them), over an in-memory workbook the test can read back. Like
// test/standin for Excel: it keeps what a real ET keeps (values, number
// formats, fonts, fills, borders, merged areas, widths, heights, frozen rows,
// page setup, names) and refuses what ET refuses (a duplicate sheet name, a
// sheet that is not there).
import type { EtApplication, EtBorders, EtFont, EtInterior, EtName, EtNames, EtPageSetup, EtRange, EtSheets, EtWindow, EtWorkbook, EtWorksheet } from "../../src/wps/et";

export interface CellState {
  value?: unknown;
  numberFormat?: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: number;
  fill?: number;
  border?: boolean;
  wrap?: boolean;
  hAlign?: number;
  vAlign?: number;
}

export interface Area {
  row0: number;
  col0: number;
  row1: number;
  col1: number;
}

export interface StandInSheetInput {
  values: unknown[][];
  merges?: Area[];
}

const colName = (index: number): string => {
  let s = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};
const colIndex = (letters: string): number => [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

/** "A1", "$A$1:$C$4", "3:3", "B:B" → 0-based area. */
export function parseA1(address: string): Area {
  const a = address.replace(/\$/g, "").replace(/^.*!/, "").toUpperCase();
  const [from, to = from] = a.split(":");
  const row = /^(\d+)$/;
  const col = /^([A-Z]{1,3})$/;
  const cell = /^([A-Z]{1,3})(\d+)$/;
  if (row.test(from) && row.test(to)) return { row0: Number(from) - 1, col0: 0, row1: Number(to) - 1, col1: 16383 };
  if (col.test(from) && col.test(to)) return { row0: 0, col0: colIndex(from), row1: 1048575, col1: colIndex(to) };
  const x = cell.exec(from);
  const y = cell.exec(to);
  if (!x || !y) throw new Error(`stand-in: not an address: ${address}`);
  return { row0: Number(x[2]) - 1, col0: colIndex(x[1]), row1: Number(y[2]) - 1, col1: colIndex(y[1]) };
}

const inside = (m: Area, r: number, c: number) => r >= m.row0 && r <= m.row1 && c >= m.col0 && c <= m.col1;
const overlaps = (a: Area, b: Area) => a.row0 <= b.row1 && b.row0 <= a.row1 && a.col0 <= b.col1 && b.col0 <= a.col1;
const isEmpty = (v: unknown) => v === undefined || v === null || v === "";

export class SheetModel {
  cells = new Map<string, CellState>();
  merges: Area[] = [];
  widths = new Map<number, number>();
  heights = new Map<number, number>();
  visible: number = -1;
  frozenRows = 0;
  page: Record<string, unknown> = {};
  deleted = false;
  constructor(
    public book: BookModel,
    public name: string,
  ) {}
  cell(r: number, c: number): CellState {
    const k = `${r},${c}`;
    let x = this.cells.get(k);
    if (!x) this.cells.set(k, (x = {}));
    return x;
  }
  peek(r: number, c: number): CellState | undefined {
    return this.cells.get(`${r},${c}`);
  }
  /** The bounding box of the cells holding a value (A1 when none). */
  used(): Area {
    let [r0, c0, r1, c1] = [Infinity, Infinity, -1, -1];
    for (const [k, v] of this.cells) {
      if (isEmpty(v.value)) continue;
      const [r, c] = k.split(",").map(Number);
      [r0, c0, r1, c1] = [Math.min(r0, r), Math.min(c0, c), Math.max(r1, r), Math.max(c1, c)];
    }
    return r1 < 0 ? { row0: 0, col0: 0, row1: 0, col1: 0 } : { row0: r0, col0: c0, row1: r1, col1: c1 };
  }
  /** The values as rows (row 0 = worksheet row 1), for a test to read back. */
  values(): unknown[][] {
    const u = this.used();
    const out: unknown[][] = [];
    for (let r = 0; r <= u.row1; r++) {
      const row: unknown[] = [];
      for (let c = 0; c <= u.col1; c++) row.push(this.peek(r, c)?.value ?? "");
      out.push(row);
    }
    return out;
  }
}

export class BookModel {
  sheets: SheetModel[] = [];
  names: { name: string; refersTo: string; visible: boolean }[] = [];
  active: SheetModel | null = null;
  selection: { sheet: string; address: string } | null = null;
  screenUpdating = true;
  displayAlerts = true;
  /** Calls into the object model, by member (a test can see what a host asks). */
  calls = new Map<string, number>();
  count(member: string): void {
    this.calls.set(member, (this.calls.get(member) ?? 0) + 1);
  }
  sheet(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }
}

class Font implements EtFont {
  constructor(private r: RangeImpl) {}
  get Bold() {
    return !!this.r.first().bold;
  }
  set Bold(v) {
    this.r.each((c) => (c.bold = !!v));
  }
  get Italic() {
    return !!this.r.first().italic;
  }
  set Italic(v) {
    this.r.each((c) => (c.italic = !!v));
  }
  get Size() {
    return this.r.first().size ?? 11;
  }
  set Size(v) {
    this.r.each((c) => (c.size = Number(v)));
  }
  get Color() {
    return this.r.first().color ?? 0;
  }
  set Color(v) {
    this.r.each((c) => (c.color = Number(v)));
  }
}

class Interior implements EtInterior {
  constructor(private r: RangeImpl) {}
  get Color() {
    return this.r.first().fill ?? 0xffffff;
  }
  set Color(v) {
    this.r.each((c) => (c.fill = Number(v)));
  }
}

class Borders implements EtBorders {
  constructor(private r: RangeImpl) {}
  get LineStyle() {
    return (this.r.first().border ? 1 : -4142) as EtBorders["LineStyle"];
  }
  set LineStyle(v) {
    this.r.each((c) => (c.border = Number(v) !== -4142));
  }
  Weight = 2 as EtBorders["Weight"];
  Color = 0 as EtBorders["Color"];
}

export class RangeImpl implements EtRange {
  constructor(
    readonly ws: SheetModel,
    readonly area: Area,
  ) {}
  private get book() {
    return this.ws.book;
  }
  each(f: (c: CellState, r: number, col: number) => void): void {
    const a = this.area;
    for (let r = a.row0; r <= a.row1; r++) for (let c = a.col0; c <= a.col1; c++) f(this.ws.cell(r, c), r, c);
  }
  first(): CellState {
    return this.ws.peek(this.area.row0, this.area.col0) ?? {};
  }
  private get single() {
    return this.area.row0 === this.area.row1 && this.area.col0 === this.area.col1;
  }
  get Value2(): EtRange["Value2"] {
    this.book.count("Range.Value2");
    const a = this.area;
    if (this.single) return this.first().value as EtRange["Value2"];
    const out: unknown[][] = [];
    for (let r = a.row0; r <= a.row1; r++) {
      const row: unknown[] = [];
      for (let c = a.col0; c <= a.col1; c++) row.push(this.ws.peek(r, c)?.value);
      out.push(row);
    }
    return out as EtRange["Value2"];
  }
  set Value2(v: EtRange["Value2"]) {
    const a = this.area;
    const grid = Array.isArray(v) ? (v as unknown[][]) : null;
    this.each((cell, r, c) => {
      const x = grid ? grid[r - a.row0]?.[c - a.col0] : v;
      cell.value = x === "" ? undefined : x;
    });
  }
  get NumberFormat(): EtRange["NumberFormat"] {
    return (this.first().numberFormat ?? "General") as EtRange["NumberFormat"];
  }
  set NumberFormat(v: EtRange["NumberFormat"]) {
    this.each((c) => (c.numberFormat = String(v)));
  }
  get ColumnWidth(): EtRange["ColumnWidth"] {
    return this.ws.widths.get(this.area.col0) ?? 8.38;
  }
  set ColumnWidth(v: EtRange["ColumnWidth"]) {
    for (let c = this.area.col0; c <= this.area.col1; c++) this.ws.widths.set(c, Number(v));
  }
  get RowHeight(): EtRange["RowHeight"] {
    return this.ws.heights.get(this.area.row0) ?? 13.5;
  }
  set RowHeight(v: EtRange["RowHeight"]) {
    for (let r = this.area.row0; r <= this.area.row1; r++) this.ws.heights.set(r, Number(v));
  }
  get WrapText(): EtRange["WrapText"] {
    return !!this.first().wrap;
  }
  set WrapText(v: EtRange["WrapText"]) {
    this.each((c) => (c.wrap = !!v));
  }
  get HorizontalAlignment(): EtRange["HorizontalAlignment"] {
    return this.first().hAlign ?? 1;
  }
  set HorizontalAlignment(v: EtRange["HorizontalAlignment"]) {
    this.each((c) => (c.hAlign = Number(v)));
  }
  get VerticalAlignment(): EtRange["VerticalAlignment"] {
    return this.first().vAlign ?? -4107;
  }
  set VerticalAlignment(v: EtRange["VerticalAlignment"]) {
    this.each((c) => (c.vAlign = Number(v)));
  }
  /** true when every cell is in a merged area, false when none is, null when some are (as ET). */
  get MergeCells(): EtRange["MergeCells"] {
    this.book.count("Range.MergeCells");
    const hit = this.ws.merges.filter((m) => overlaps(m, this.area));
    if (!hit.length) return false;
    const a = this.area;
    const cells = (a.row1 - a.row0 + 1) * (a.col1 - a.col0 + 1);
    let covered = 0;
    for (let r = a.row0; r <= a.row1; r++) for (let c = a.col0; c <= a.col1; c++) if (hit.some((m) => inside(m, r, c))) covered++;
    return (covered === cells ? true : null) as unknown as EtRange["MergeCells"];
  }
  set MergeCells(v: EtRange["MergeCells"]) {
    if (v) this.Merge();
    else this.ws.merges = this.ws.merges.filter((m) => !overlaps(m, this.area));
  }
  get Row() {
    return this.area.row0 + 1;
  }
  get Column() {
    return this.area.col0 + 1;
  }
  get Rows() {
    return { Count: this.area.row1 - this.area.row0 + 1 };
  }
  get Columns() {
    return { Count: this.area.col1 - this.area.col0 + 1 };
  }
  get MergeArea(): EtRange {
    const m = this.ws.merges.find((x) => inside(x, this.area.row0, this.area.col0));
    return new RangeImpl(this.ws, m ?? { ...this.area, row1: this.area.row0, col1: this.area.col0 });
  }
  get Font(): EtFont {
    return new Font(this);
  }
  get Interior(): EtInterior {
    return new Interior(this);
  }
  get Borders(): EtBorders {
    return new Borders(this);
  }
  Address(RowAbsolute = true, ColumnAbsolute = true): string {
    const c = (i: number) => `${ColumnAbsolute ? "$" : ""}${colName(i)}`;
    const r = (i: number) => `${RowAbsolute ? "$" : ""}${i + 1}`;
    const a = this.area;
    return this.single ? `${c(a.col0)}${r(a.row0)}` : `${c(a.col0)}${r(a.row0)}:${c(a.col1)}${r(a.row1)}`;
  }
  Resize(RowSize?: number, ColumnSize?: number): EtRange {
    const a = this.area;
    return new RangeImpl(this.ws, { ...a, row1: a.row0 + (RowSize ?? a.row1 - a.row0 + 1) - 1, col1: a.col0 + (ColumnSize ?? a.col1 - a.col0 + 1) - 1 });
  }
  Merge(): void {
    this.ws.merges = this.ws.merges.filter((m) => !overlaps(m, this.area));
    this.ws.merges.push({ ...this.area });
  }
  Select(): unknown {
    if (this.ws.book.active !== this.ws) throw new Error("stand-in: Select on a sheet that is not active (ET: 选择失败)");
    this.ws.book.selection = { sheet: this.ws.name, address: this.Address(false, false) };
    return true;
  }
}

class PageSetup implements EtPageSetup {
  constructor(private ws: SheetModel) {}
  private get p() {
    return this.ws.page;
  }
  get Orientation() {
    return (this.p.Orientation ?? 1) as EtPageSetup["Orientation"];
  }
  set Orientation(v) {
    this.p.Orientation = v;
  }
  get Zoom() {
    return (this.p.Zoom ?? 100) as EtPageSetup["Zoom"];
  }
  set Zoom(v) {
    this.p.Zoom = v;
  }
  get FitToPagesWide() {
    return (this.p.FitToPagesWide ?? 1) as EtPageSetup["FitToPagesWide"];
  }
  set FitToPagesWide(v) {
    this.p.FitToPagesWide = v;
  }
  get FitToPagesTall() {
    return (this.p.FitToPagesTall ?? 1) as EtPageSetup["FitToPagesTall"];
  }
  set FitToPagesTall(v) {
    this.p.FitToPagesTall = v;
  }
  get CenterHorizontally() {
    return (this.p.CenterHorizontally ?? false) as EtPageSetup["CenterHorizontally"];
  }
  set CenterHorizontally(v) {
    this.p.CenterHorizontally = v;
  }
  get PrintTitleRows() {
    return (this.p.PrintTitleRows ?? "") as EtPageSetup["PrintTitleRows"];
  }
  set PrintTitleRows(v) {
    this.p.PrintTitleRows = v;
  }
}

class Worksheet implements EtWorksheet {
  constructor(readonly model: SheetModel) {}
  private live(): SheetModel {
    if (this.model.deleted) throw new Error(`stand-in: sheet ${this.model.name} was deleted`);
    return this.model;
  }
  get Name() {
    return this.live().name;
  }
  set Name(v: string) {
    const other = this.model.book.sheet(v);
    if (other && other !== this.model) throw new Error(`stand-in: 工作表名称“${v}”已存在 / a sheet named ${v} exists`);
    if (!v || v.length > 31 || /[\\/?*[\]:]/.test(v)) throw new Error(`stand-in: 无效的工作表名称 ${v}`);
    this.model.name = v;
  }
  get Index() {
    return this.model.book.sheets.indexOf(this.live()) + 1;
  }
  get Visible() {
    return this.model.visible as EtWorksheet["Visible"];
  }
  set Visible(v) {
    this.model.visible = Number(v);
  }
  get UsedRange(): EtRange {
    this.model.book.count("Worksheet.UsedRange");
    return new RangeImpl(this.live(), this.model.used());
  }
  get PageSetup(): EtPageSetup {
    return new PageSetup(this.live());
  }
  get ListObjects() {
    return { Count: 0, Item: (): { Name: string } => { throw new Error("stand-in: no list objects"); } };
  }
  Range(Cell1: string): EtRange {
    return new RangeImpl(this.live(), parseA1(Cell1));
  }
  Activate(): unknown {
    this.model.book.active = this.live();
    return true;
  }
  Delete(): unknown {
    const book = this.model.book;
    if (book.displayAlerts) throw new Error("stand-in: Delete asks the user first unless DisplayAlerts is false");
    book.sheets = book.sheets.filter((s) => s !== this.model);
    this.model.deleted = true;
    if (book.active === this.model) book.active = book.sheets[0] ?? null;
    return true;
  }
}

class Sheets implements EtSheets {
  constructor(private book: BookModel) {}
  get Count() {
    return this.book.sheets.length;
  }
  Item(Index: number | string): EtWorksheet {
    const s = typeof Index === "number" ? this.book.sheets[Index - 1] : this.book.sheet(Index);
    if (!s) throw new Error(`stand-in: 下标越界 / no sheet ${Index}`);
    return new Worksheet(s);
  }
  Add(Before?: EtWorksheet, After?: EtWorksheet): EtWorksheet {
    let n = this.book.sheets.length + 1;
    while (this.book.sheet(`Sheet${n}`)) n++;
    const model = new SheetModel(this.book, `Sheet${n}`);
    const at = Before ? Before.Index - 1 : After ? After.Index : this.book.sheets.length;
    this.book.sheets.splice(at, 0, model);
    this.book.active = model;
    return new Worksheet(model);
  }
}

class Names implements EtNames {
  constructor(private book: BookModel) {}
  get Count() {
    return this.book.names.length;
  }
  Item(Index: number | string): EtName {
    const n = typeof Index === "number" ? this.book.names[Index - 1] : this.book.names.find((x) => x.name.toLowerCase() === String(Index).toLowerCase());
    if (!n) throw new Error(`stand-in: no name ${Index}`);
    const book = this.book;
    return {
      get Name() {
        return n.name;
      },
      set Name(v: string) {
        n.name = v;
      },
      get RefersTo() {
        const sheet = /^='?((?:[^']|'')+?)'?!/.exec(n.refersTo)?.[1]?.replace(/''/g, "'");
        return sheet && !book.sheet(sheet) ? "=#REF!$A$1" : n.refersTo;
      },
      set RefersTo(v: string) {
        n.refersTo = v;
      },
      get Visible() {
        return n.visible;
      },
      set Visible(v: boolean) {
        n.visible = v;
      },
      Delete() {
        book.names = book.names.filter((x) => x !== n);
      },
    } as EtName;
  }
  Add(Name: string, RefersTo: string, Visible = true): EtName {
    if (this.book.names.some((x) => x.name.toLowerCase() === Name.toLowerCase())) throw new Error(`stand-in: name ${Name} exists`);
    this.book.names.push({ name: Name, refersTo: RefersTo, visible: Visible });
    return this.Item(Name);
  }
}

class Window implements EtWindow {
  constructor(private book: BookModel) {}
  private split = 0;
  get FreezePanes() {
    return (this.book.active?.frozenRows ?? 0) > 0;
  }
  set FreezePanes(v: boolean) {
    if (this.book.active) this.book.active.frozenRows = v ? this.split : 0;
  }
  get SplitRow() {
    return this.split;
  }
  set SplitRow(v: number) {
    this.split = v;
  }
  SplitColumn = 0;
}

export interface EtStandIn {
  Application: EtApplication;
  book: BookModel;
}

/** A stand-in ET over a workbook of these sheets (values as rows, row 0 = worksheet row 1). */
export function createEtStandIn(sheets: Record<string, unknown[][] | StandInSheetInput>): EtStandIn {
  const book = new BookModel();
  for (const [name, input] of Object.entries(sheets)) {
    const s = new SheetModel(book, name);
    const { values, merges } = Array.isArray(input) ? { values: input, merges: [] } : input;
    values.forEach((row, r) => row.forEach((v, c) => !isEmpty(v) && (s.cell(r, c).value = v)));
    s.merges = (merges ?? []).map((m) => ({ ...m }));
    book.sheets.push(s);
  }
  book.active = book.sheets[0] ?? null;
  const wb: EtWorkbook = { Worksheets: new Sheets(book), Names: new Names(book) };
  const win = new Window(book);
  const Application: EtApplication = {
    get ActiveWorkbook() {
      return wb;
    },
    get ActiveWindow() {
      return win;
    },
    get ScreenUpdating() {
      return book.screenUpdating;
    },
    set ScreenUpdating(v: boolean) {
      book.screenUpdating = v;
    },
    get DisplayAlerts() {
      return book.displayAlerts;
    },
    set DisplayAlerts(v: boolean) {
      book.displayAlerts = v;
    },
  } as EtApplication;
  return { Application, book };
}
