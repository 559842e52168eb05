// The Excel API objects of the stand-in: workbook, worksheets, ranges, tables,
// charts, names. Each call queues a command on the Context (core.ts).
import { bytesOf, ClientObject, Collection, fail, sink, type Context, type RangeTarget } from "./core";
import { area, parseArea, type ModelChart, type ModelEvent, type ModelEventArgs, type ModelName, type ModelSheet } from "./model";

export class Workbook {
  readonly worksheets: WorksheetCollection;
  readonly names: NamedItemCollection;
  readonly tables: Collection<{ name: string }, Plain>;
  constructor(ctx: Context) {
    this.worksheets = new WorksheetCollection(ctx);
    this.names = new NamedItemCollection(ctx);
    this.tables = new Collection(ctx, () => ctx.model.allTables().map((name) => ({ name })), (t) => new Plain(ctx, () => t));
  }
}

/** A proxy over a plain record (a table's name). */
class Plain extends ClientObject<{ name: string }> {
  protected read = (t: { name: string }, prop: string): unknown => (t as Record<string, unknown>)[prop];
  get name(): string {
    return this.value("name") as string;
  }
}

/** An event of the worksheet collection: `add` registers its handler at the next sync. */
class EventHandlers {
  constructor(private readonly ctx: Context, private readonly event: ModelEvent) {}
  add(handler: (args: ModelEventArgs) => unknown): { remove: () => void } {
    this.ctx.push(() => this.ctx.model.listen(this.event, handler));
    return { remove: () => undefined };
  }
}

class WorksheetCollection extends Collection<ModelSheet, Worksheet> {
  readonly onChanged = new EventHandlers(this.ctx, "changed");
  readonly onFormatChanged = new EventHandlers(this.ctx, "formatChanged");
  readonly onCalculated = new EventHandlers(this.ctx, "calculated");
  readonly onRowSorted = new EventHandlers(this.ctx, "rowSorted");
  readonly onColumnSorted = new EventHandlers(this.ctx, "columnSorted");
  constructor(ctx: Context) {
    super(ctx, () => ctx.model.sheets, (s) => new Worksheet(ctx, () => s));
  }
  getItem(name: string): Worksheet {
    return new Worksheet(this.ctx, () => this.ctx.model.need(name));
  }
  getItemOrNullObject(name: string): Worksheet {
    return new Worksheet(this.ctx, () => this.ctx.model.sheet(name) ?? null).trackNull();
  }
  add(name: string): Worksheet {
    let created: ModelSheet | null = null;
    this.ctx.push(() => void (created = this.ctx.model.addSheet(name)));
    return new Worksheet(this.ctx, () => created ?? fail("ItemNotFound", `sheet ${name} was not added`));
  }
}

class Worksheet extends ClientObject<ModelSheet> {
  protected read = (s: ModelSheet, prop: string): unknown => (prop === "position" ? this.ctx.model.sheets.indexOf(s) : (s as unknown as Record<string, unknown>)[prop]);
  private log = (kind: string, address?: string): void => this.ctx.model.mutate(this.need().name, kind, address);
  get name(): string {
    return this.value("name") as string;
  }
  get position(): number {
    return this.value("position") as number;
  }
  get id(): string {
    return this.value("id") as string;
  }
  set position(p: number) {
    this.ctx.push(() => this.ctx.model.moveSheet(this.need().name, p));
  }
  get visibility(): string {
    return this.value("visibility") as string;
  }
  set visibility(v: string) {
    this.ctx.push(() => ((this.need().visibility = v), this.log("visibility")));
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): Range {
    void valuesOnly; // the model holds values only
    return new Range(this.ctx, () => {
      const s = this.resolve();
      if (s === null && this.ctx.options.strictNullChaining) fail("InvalidObjectPath", "chained on a null worksheet");
      const u = s && this.ctx.model.usedRange(s.name);
      return s && u ? { sheet: s, ...u } : null;
    }).trackNull();
  }
  getRange(address: string): Range {
    return new Range(this.ctx, () => ({ sheet: this.need(), ...parseArea(address) }));
  }
  getRangeByIndexes(r: number, c: number, rows: number, cols: number): Range {
    return new Range(this.ctx, () => ({ sheet: this.need(), r, c, rows, cols }));
  }
  activate(): void {
    this.ctx.push(() => void (this.ctx.model.active = this.need().name));
  }
  delete(): void {
    this.ctx.push(() => this.ctx.model.deleteSheet(this.need().name));
  }
  get freezePanes() {
    return { freezeRows: (n: number): void => this.ctx.push(() => ((this.need().frozenRows = n), this.log("freeze"))) };
  }
  get pageLayout(): any {
    const apply = (path: string, value: unknown): void => ((this.need().pageLayout[path] = value), this.log("pageLayout"));
    return sink(this.ctx, apply, {
      setPrintTitleRows: (rows: string) => this.ctx.push(() => apply("printTitleRows", rows)),
      setPrintTitleColumns: (columns: string) => this.ctx.push(() => apply("printTitleColumns", columns)),
    });
  }
  /** Manual page breaks (ExcelApi 1.9): the row each starts, kept in the page layout. */
  get horizontalPageBreaks() {
    return {
      add: (range: Range | string) =>
        this.ctx.push(() => {
          const at = typeof range === "string" ? parseArea(range).r : range.need().r;
          const list = ((this.need().pageLayout.rowBreaks as number[] | undefined) ?? []).concat(at + 1);
          this.need().pageLayout.rowBreaks = list;
          this.log("pageLayout");
        }),
    };
  }
  get tables() {
    return { add: (range: Range | string, hasHeaders: boolean) => this.addTable(range, hasHeaders) };
  }
  private addTable(range: Range | string, hasHeaders: boolean): any {
    const entry = { name: "", address: "", style: undefined as string | undefined, hasHeaders };
    this.ctx.push(() => {
      const s = this.need();
      const t = typeof range === "string" ? { sheet: s, ...parseArea(range) } : range.need();
      entry.name = `Table${this.ctx.model.allTables().length + 1}`;
      entry.address = area(t.r, t.c, t.rows, t.cols);
      s.tables.push(entry);
      this.log("table", entry.address);
    });
    return sink(this.ctx, (path, value) => {
      if (path === "name") {
        const v = String(value);
        if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(v)) fail("InvalidArgument", `table name ${v}`);
        if (this.ctx.model.allTables().some((n) => n.toLowerCase() === v.toLowerCase() && n !== entry.name)) fail("ItemAlreadyExists", `table ${v}`);
        entry.name = v;
      } else if (path === "style") entry.style = String(value);
    });
  }
  get charts() {
    return { add: (type: string, values: Range, seriesBy: string) => this.addChart(type, values, seriesBy) };
  }
  private addChart(type: string, values: Range, seriesBy: string): any {
    const chart: ModelChart = { type, values: "", categories: null, props: { seriesBy } };
    const ctx = this.ctx;
    ctx.push(() => {
      const v = values.need();
      chart.values = area(v.r, v.c, v.rows, v.cols);
      this.need().charts.push(chart);
      this.log("chart");
    });
    const corner = (r: Range): string => {
      const t = r.need();
      return area(t.r, t.c, 1, 1);
    };
    const series = sink(ctx, (path, value) => void (chart.props[`series.${path}`] = value), {
      setXAxisValues: (r: Range) => ctx.push(() => void (chart.categories = (({ r: a, c, rows, cols }) => area(a, c, rows, cols))(r.need()))),
    });
    return sink(ctx, (path, value) => void (chart.props[path] = value), {
      series: { getItemAt: () => series },
      setPosition: (a: Range, b: Range) => ctx.push(() => void (chart.position = [corner(a), corner(b)])),
    });
  }
}

class Range extends ClientObject<RangeTarget> {
  protected read = (t: RangeTarget, prop: string): unknown => {
    switch (prop) {
      case "values":
        return this.ctx.model.read(t.sheet.name, t.r, t.c, t.rows, t.cols);
      case "rowIndex":
        return t.r;
      case "columnIndex":
        return t.c;
      case "rowCount":
        return t.rows;
      case "columnCount":
        return t.cols;
      case "address":
        return `${t.sheet.name}!${area(t.r, t.c, t.rows, t.cols)}`;
      default:
        return fail("InvalidArgument", `stand-in cannot load Range.${prop}`);
    }
  };
  private address = (t: RangeTarget): string => area(t.r, t.c, t.rows, t.cols);
  get values(): unknown[][] { return this.value("values") as unknown[][]; }
  set values(v: unknown[][]) {
    this.ctx.push(() => {
      const t = this.need();
      const m = Array.isArray(v) ? v : Array.from({ length: t.rows }, () => Array(t.cols).fill(v));
      if (m.length !== t.rows || m.some((row) => row.length !== t.cols)) fail("InvalidArgument", "values do not match the range size");
      this.ctx.model.write(t.sheet.name, t.r, t.c, m as never);
    }, bytesOf(v));
  }
  get rowIndex(): number { return this.value("rowIndex") as number; }
  get columnIndex(): number { return this.value("columnIndex") as number; }
  get rowCount(): number { return this.value("rowCount") as number; }
  get columnCount(): number { return this.value("columnCount") as number; }
  set numberFormat(f: unknown) {
    this.ctx.push(() => {
      const t = this.need();
      const m = Array.isArray(f) ? (f as string[][]) : Array.from({ length: t.rows }, () => Array(t.cols).fill(f));
      if (m.length !== t.rows || m.some((row) => row.length !== t.cols)) fail("InvalidArgument", "numberFormat does not match the range size");
      this.ctx.model.setFormats(t.sheet.name, t.r, t.c, m);
    }, bytesOf(f));
  }
  get format(): any {
    return sink(this.ctx, (path, value) => {
      const t = this.need();
      if (path === "columnWidth") for (let c = t.c; c < t.c + t.cols; c++) t.sheet.columnWidths.set(c, Number(value));
      else t.sheet.styles.push({ address: this.address(t), path, value });
      this.ctx.model.mutate(t.sheet.name, `format.${path}`, this.address(t));
    });
  }
  get dataValidation(): any {
    return sink(this.ctx, (path, value) => {
      const t = this.need();
      const address = this.address(t);
      let v = t.sheet.validations.find((x) => x.address === address);
      if (!v) t.sheet.validations.push((v = { address, props: {} }));
      v.props[path] = value;
      this.ctx.model.mutate(t.sheet.name, "dataValidation", address);
    });
  }
  get conditionalFormats() {
    return {
      add: (type: string): any => {
        const cf = { address: "", type, props: {} as Record<string, unknown> };
        this.ctx.push(() => {
          const t = this.need();
          cf.address = this.address(t);
          t.sheet.conditionalFormats.push(cf);
          this.ctx.model.mutate(t.sheet.name, "conditionalFormat", cf.address);
        });
        return sink(this.ctx, (path, value) => void (cf.props[path] = value));
      },
    };
  }
  /** Intersection with an address of the same sheet (e.g. "1:50"); null when they do not meet. */
  getIntersectionOrNullObject(address: string): Range {
    return new Range(this.ctx, () => {
      const t = this.resolve();
      if (t === null && this.ctx.options.strictNullChaining) fail("InvalidObjectPath", "chained on a null range");
      if (t === null) return null;
      const o = parseArea(address);
      const r = Math.max(t.r, o.r), c = Math.max(t.c, o.c);
      const rows = Math.min(t.r + t.rows, o.r + o.rows) - r, cols = Math.min(t.c + t.cols, o.c + o.cols) - c;
      return rows > 0 && cols > 0 ? { sheet: t.sheet, r, c, rows, cols } : null;
    }).trackNull();
  }
  merge(across?: boolean): void {
    this.ctx.push(() => {
      const t = this.need();
      // Excel's merge(true) merges each row of the range on its own; every row's first cell keeps its value.
      const areas = across ? Array.from({ length: t.rows }, (_, i) => this.address({ ...t, r: t.r + i, rows: 1 })) : [this.address(t)];
      for (const a of areas) this.ctx.model.merge(t.sheet.name, a);
      this.ctx.model.mutate(t.sheet.name, across ? "mergeAcross" : "merge", this.address(t));
    });
  }
  /** The merged areas whose top-left cell is in this range (ExcelApi 1.13); null when there are none. */
  getMergedAreasOrNullObject(): RangeAreas {
    return new RangeAreas(this.ctx, () => {
      const t = this.resolve();
      if (t === null) return null;
      const inside = t.sheet.merges
        .map((a) => ({ a, o: parseArea(a) }))
        .filter(({ o }) => o.r >= t.r && o.r < t.r + t.rows && o.c >= t.c && o.c < t.c + t.cols);
      return inside.length ? { sheet: t.sheet, addresses: inside.map(({ a }) => a) } : null;
    }).trackNull();
  }
  select(): void {
    this.ctx.push(() => {
      const t = this.need();
      this.ctx.model.active = t.sheet.name;
      this.ctx.model.selection = { sheet: t.sheet.name, address: this.address(t) };
    });
  }
}

/** Merged areas as Excel returns them: `address` lists each block with its sheet. */
class RangeAreas extends ClientObject<{ sheet: ModelSheet; addresses: string[] }> {
  protected read = (t: { sheet: ModelSheet; addresses: string[] }, prop: string): unknown => {
    if (prop === "address") return t.addresses.map((a) => `'${t.sheet.name.replace(/'/g, "''")}'!${a}`).join(", ");
    if (prop === "areaCount") return t.addresses.length;
    return fail("InvalidArgument", `stand-in cannot load RangeAreas.${prop}`);
  };
  get address(): string {
    return this.value("address") as string;
  }
}

class NamedItem extends ClientObject<ModelName> {
  protected read = (n: ModelName, prop: string): unknown => (n as unknown as Record<string, unknown>)[prop];
  get name(): string { return this.value("name") as string; }
  get formula(): string { return this.value("formula") as string; }
  set visible(v: boolean) {
    this.ctx.push(() => void (this.need().visible = v));
  }
  delete(): void {
    this.ctx.push(() => this.ctx.model.deleteName(this.need().name));
  }
}

class NamedItemCollection extends Collection<ModelName, NamedItem> {
  constructor(ctx: Context) {
    super(ctx, () => ctx.model.names, (n) => new NamedItem(ctx, () => n));
  }
  add(name: string, reference: Range, comment?: string): NamedItem {
    let created: ModelName | null = null;
    this.ctx.push(() => {
      const t = reference.need();
      created = this.ctx.model.addName(name, t.sheet.name, area(t.r, t.c, t.rows, t.cols), comment ?? "");
    });
    return new NamedItem(this.ctx, () => created ?? fail("ItemNotFound", `name ${name} was not added`));
  }
  getItem(name: string): NamedItem {
    return new NamedItem(this.ctx, () => this.ctx.model.names.find((n) => n.name.toLowerCase() === name.toLowerCase()) ?? fail("ItemNotFound", `name ${name}`));
  }
}
