// The batch machinery of the Excel stand-in (objects.ts holds the API objects),
// over a WorkbookModel. It keeps Office.js's batch semantics, so code that is
// wrong in Excel is wrong here too: calls queue commands; context.sync() runs
// them in order; a loaded property (or isNullObject) read before its sync
// throws; a missing item fails its sync with ItemNotFound; a sync whose
// request or response passes the payload limit (5 MB, as Excel on the web)
// fails with Excel's error code.
import { StandInError, type ModelSheet, type WorkbookModel } from "./model";

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

export type Staged = { bytes: number; commit: () => void } | void;
export type Op = () => Staged;
export type RangeTarget = { sheet: ModelSheet; r: number; c: number; rows: number; cols: number };
export type Methods = Record<string, unknown>;

const encoder = new TextEncoder();
/** UTF-8 length of a string as JSON.stringify writes it (quotes and escapes included). */
function stringBytes(x: string): number {
  let n = 2;
  for (let i = 0; i < x.length; i++) {
    const c = x.charCodeAt(i);
    if (c === 0x22 || c === 0x5c || c === 0x08 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d) n += 2;
    else if (c < 0x20) n += 6;
    else if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < x.length && (x.charCodeAt(i + 1) & 0xfc00) === 0xdc00) (n += 4), i++;
    else if (c >= 0xd800 && c <= 0xdfff) n += 6; // a lone surrogate: written as \udXXX
    else n += 3;
  }
  return n;
}

/**
 * Bytes of JSON.stringify(v) in UTF-8, counted without building the text: the
 * stand-in is Excel, whose own work is not the page's, so a benchmark of the
 * pane (scripts/bench/pane.ts) must not pay for serialising 7 MB per read.
 */
export function bytesOf(v: unknown): number {
  if (v === null) return 4;
  switch (typeof v) {
    case "string":
      return stringBytes(v);
    case "number":
      return Number.isFinite(v) ? String(v).length : 4;
    case "boolean":
      return v ? 4 : 5;
    case "object": {
      if (typeof (v as { toJSON?: unknown }).toJSON === "function") return encoder.encode(JSON.stringify(v)).length;
      if (Array.isArray(v)) {
        let n = 2 + Math.max(0, v.length - 1);
        for (let i = 0; i < v.length; i++) {
          const x = v[i];
          // The cells of a row, inline: most are strings and numbers.
          if (typeof x === "string") n += stringBytes(x);
          else if (typeof x === "number") n += Number.isFinite(x) ? String(x).length : 4;
          else n += x === undefined || typeof x === "function" || typeof x === "symbol" ? 4 : bytesOf(x);
        }
        return n;
      }
      let n = 2;
      let k = 0;
      for (const [key, x] of Object.entries(v as object)) {
        if (x === undefined || typeof x === "function" || typeof x === "symbol") continue;
        n += (k++ ? 1 : 0) + stringBytes(key) + 1 + bytesOf(x);
      }
      return n;
    }
    default:
      return encoder.encode(JSON.stringify(v) ?? "").length;
  }
}
export const fail = (code: string, message: string): never => {
  throw new StandInError(code, message);
};

export class Context {
  /** Set by makeRun (objects.ts builds it), so this module does not depend on the object classes. */
  workbook: unknown;
  readonly application = { suspendScreenUpdatingUntilNextSync: (): void => this.push(() => void (this.suspended = true)) };
  private queue: Op[] = [];
  private requestBytes = 0;
  private suspended = false;

  constructor(readonly model: WorkbookModel, readonly stats: SyncStats, readonly options: StandInOptions) {}

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
    // The request reaches Excel in a task of its own, so Excel's work (another process in Office) is never
    // counted in the task of the add-in code that queued it (scripts/bench/pane.ts measures the page's tasks).
    await new Promise((r) => setTimeout(r, 0));
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
    // The answer comes in a later task, as from Excel: events raised before this sync are delivered first.
    await new Promise((r) => setTimeout(r, this.options.latencyMs ?? 0));
  }
}

/** Base of proxies: a lazily resolved target, loaded properties, isNullObject. */
export abstract class ClientObject<T> {
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
export function sink(ctx: Context, apply: (path: string, value: unknown) => void, methods: Methods = {}, path = ""): any {
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
export class Collection<E, P extends ClientObject<E>> {
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
