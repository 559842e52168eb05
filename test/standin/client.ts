// A scripted stand-in for the part of Office.js's Excel API the add-in uses,
// over a WorkbookModel. It keeps Office.js's batch semantics, so code that is
// wrong in Excel is wrong here too: calls queue commands; context.sync() runs
// them in order; a loaded property (or isNullObject) read before its sync
// throws; a missing item fails its sync with ItemNotFound; a sync whose
// request or response passes the payload limit (5 MB, as Excel on the web)
// fails with Excel's error code.
import { area, parseArea, StandInError, type ModelChart, type ModelName, type ModelSheet, type WorkbookModel } from "./model";

export interface SyncStats {
  syncs: number;
  /** 1-based numbers of the syncs that ran with screen updating suspended. */
  suspendedSyncs: number[];
  responseBytes: number[];
  requestBytes: number[];
}

export interface StandInOptions {
  payloadLimit?: number;
  /** Fail a call chained on a null object (InvalidObjectPath) instead of propagating the null. */
  strictNullChaining?: boolean;
  /** Delay of each sync, to see progress in the UI. */
  latencyMs?: number;
}

export const newStats = (): SyncStats => ({ syncs: 0, suspendedSyncs: [], responseBytes: [], requestBytes: [] });

type Staged = { bytes: number; commit: () => void } | void;
type Op = () => Staged;
type RangeTarget = { sheet: ModelSheet; r: number; c: number; rows: number; cols: number };
type Methods = Record<string, unknown>;

const encoder = new TextEncoder();
const bytesOf = (v: unknown): number => encoder.encode(JSON.stringify(v)).length;
const fail = (code: string, message: string): never => {
  throw new StandInError(code, message);
};

export class Context {
  readonly workbook: Workbook;
  readonly application = { suspendScreenUpdatingUntilNextSync: (): void => this.push(() => void (this.suspended = true)) };
  private queue: Op[] = [];
  private requestBytes = 0;
  private suspended = false;

  constructor(readonly model: WorkbookModel, readonly stats: SyncStats, readonly options: StandInOptions) {
    this.workbook = new Workbook(this);
  }

  push(op: Op, requestBytes = 0): void {
    this.queue.push(op);
    this.requestBytes += requestBytes;
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    const n = ++this.stats.syncs;
    const ops = this.queue;
    const request = this.requestBytes;
    this.queue = [];
    this.requestBytes = 0;
    this.suspended = false;
    const limit = this.options.payloadLimit ?? 5 * 1024 * 1024;
    this.stats.requestBytes.push(request);
    if (request > limit) fail("RequestPayloadSizeLimitExceeded", `${request} bytes`);
    const staged: { bytes: number; commit: () => void }[] = [];
    for (const op of ops) {
      const s = op();
      if (s) staged.push(s);
    }
    const response = staged.reduce((t, s) => t + s.bytes, 0);
    this.stats.responseBytes.push(response);
    if (this.suspended) this.stats.suspendedSyncs.push(n);
    if (response > limit) fail("ResponsePayloadSizeLimitExceeded", `${response} bytes`);
    staged.forEach((s) => s.commit());
    if (this.options.latencyMs) await new Promise((r) => setTimeout(r, this.options.latencyMs));
  }
}

/** Base of proxies: a lazily resolved target, loaded properties, isNullObject. */
abstract class ClientObject<T> {
  protected loaded: Record<string, unknown> | null = null;
  private nullState: boolean | undefined;

  constructor(protected readonly ctx: Context, readonly resolve: () => T | null) {}

  get isNullObject(): boolean {
    if (this.nullState === undefined) fail("PropertyNotLoaded", "isNullObject read before sync");
    return this.nullState!;
  }

  protected abstract read(target: T, prop: string): unknown;

  protected value(prop: string): unknown {
    if (!this.loaded || !(prop in this.loaded)) fail("PropertyNotLoaded", `${prop} not loaded`);
    return this.loaded![prop];
  }

  load(props?: string | string[]): this {
    const list = (Array.isArray(props) ? props : (props ?? "").split(",")).map((p) => p.trim()).filter(Boolean);
    this.ctx.push(() => {
      const t = this.resolve();
      const snapshot: Record<string, unknown> = {};
      if (t !== null) for (const p of list) snapshot[p] = this.read(t, p);
      return { bytes: bytesOf(snapshot), commit: () => ((this.loaded = { ...this.loaded, ...snapshot }), (this.nullState = t === null)) };
    });
    return this;
  }

  /** For *OrNullObject results: learn isNullObject at the next sync. */
  trackNull(): this {
    this.ctx.push(() => {
      const isNull = this.resolve() === null;
      return { bytes: 0, commit: () => void (this.nullState = isNull) };
    });
    return this;
  }

  need(): T {
    const t = this.resolve();
    return t === null ? fail("InvalidObjectPath", "operation on a null object") : t;
  }
}

/** A bag of settable properties (format, chart title…): each assignment queues `apply(path, value)`. */
function sink(ctx: Context, apply: (path: string, value: unknown) => void, methods: Methods = {}, path = ""): any {
  return new Proxy(
    {},
    {
      get: (_t, prop) => {
        if (typeof prop !== "string") return undefined;
        if (!path && prop in methods) return methods[prop];
        return sink(ctx, apply, {}, path ? `${path}.${prop}` : prop);
      },
      set: (_t, prop, value) => {
        ctx.push(() => apply(path ? `${path}.${String(prop)}` : String(prop), value));
        return true;
      },
    },
  );
}

/** Loads `items/a,items/b` of a collection: one snapshot per element, in one sync. */
class Collection<E, P extends ClientObject<E>> {
  private loadedItems: P[] | null = null;
  constructor(protected readonly ctx: Context, private readonly elements: () => E[], private readonly proxy: (e: E) => P) {}
  get items(): P[] {
    return this.loadedItems ?? fail("PropertyNotLoaded", "items not loaded");
  }
  load(props: string): this {
    const itemProps = props.split(",").map((p) => p.trim().replace(/^items\//, ""));
    this.ctx.push(() => {
      const items = this.elements().map((e) => {
        const p = this.proxy(e);
        const values = Object.fromEntries(itemProps.map((k) => [k, p["read"](e, k)]));
        return { p, values };
      });
      return { bytes: bytesOf(items.map((i) => i.values)), commit: () => void (this.loadedItems = items.map(({ p, values }) => ((p["loaded"] = values), p))) };
    });
    return this;
  }
}

class Workbook {
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

class WorksheetCollection extends Collection<ModelSheet, Worksheet> {
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
    return sink(this.ctx, apply, { setPrintTitleRows: (rows: string) => this.ctx.push(() => apply("printTitleRows", rows)) });
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
      t.sheet.merges.push(this.address(t));
      this.ctx.model.mutate(t.sheet.name, across ? "mergeAcross" : "merge", this.address(t));
    });
  }
  select(): void {
    this.ctx.push(() => {
      const t = this.need();
      this.ctx.model.active = t.sheet.name;
      this.ctx.model.selection = { sheet: t.sheet.name, address: this.address(t) };
    });
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

/** `Excel.run` over the model: the batch function, then a sync of anything left queued. */
export function makeRun(model: WorkbookModel, stats: SyncStats, options: StandInOptions = {}) {
  return async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const ctx = new Context(model, stats, options);
    const result = await batch(ctx as unknown as Excel.RequestContext);
    if (ctx.pending) await ctx.sync();
    return result;
  };
}
