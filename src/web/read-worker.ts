// Reading an opened file off the page's thread: unzipping and parsing a
// 10,000-project ledger is one long piece of work the page would freeze for
// (and a zip bomb, up to the reader's caps, even longer). The page's own
// script (one inline script: no file to load) is started again as a worker
// from a Blob; where a browser will not start it, the read runs on the page.
import { readBookFile, type BookFile, type BookRead } from "./book-file";
import type { Refusal } from "../xlsx/refusal";
import type { SheetInput } from "../engine";

interface Request {
  id: number;
  name: string;
  bytes: ArrayBuffer;
}
/**
 * The file without its bytes (the page has them already) and without its values, which come
 * before it in blocks of rows: the page decodes each message in a task of its own, so a
 * 10,000-project ledger never arrives in one long task. id 0 says the worker is up.
 */
type Reply = { id: number } & (
  { ok: true; file: Omit<BookFile, "bytes"> } | { ok: false; refusal: Refusal } | { ok: "rows"; sheet: string; rows: SheetInput["values"]; merges?: SheetInput["merges"] }
);
/** Rows a message: decoded in well under 50 ms on a slow PC. */
const ROWS = 500;
const READY = { id: 0, ok: false, refusal: { reason: "cli.reason.readOther", params: {} } } as const;

interface WorkerScope {
  onmessage: ((e: MessageEvent<Request>) => void) | null;
  postMessage(message: Reply): void;
}

/** The worker's side: read each file posted, post back what was read. */
export function serveReads(scope: WorkerScope): void {
  scope.onmessage = async (e) => {
    const { id, name, bytes } = e.data;
    const r = await readBookFile(name, new Uint8Array(bytes));
    if (!r.ok) return scope.postMessage({ id, ok: false, refusal: r.refusal });
    const { bytes: _kept, book, ...file } = r.file;
    for (const [sheet, input] of Object.entries(book)) {
      for (let at = 0; at === 0 || at < input.values.length; at += ROWS) {
        scope.postMessage({ id, ok: "rows", sheet, rows: input.values.slice(at, at + ROWS), merges: at === 0 ? input.merges : undefined });
      }
    }
    scope.postMessage({ id, ok: true, file: { ...file, book: {} } });
  };
  scope.postMessage(READY);
}

/** The page's side: one worker for the page's life, started on first use. */
export class BookReader {
  private worker: Worker | null = null;
  private failed = false;
  /** The worker said it is up: an error after that is a read's, not the browser refusing workers. */
  private ready = false;
  private next = 1;
  private readonly pending = new Map<number, { bytes: Uint8Array; name: string; resolve: (r: BookRead) => void; book: Record<string, SheetInput> }>();

  /** `source`: the page's script, to start as the worker; null reads on the page. */
  constructor(private readonly source: string | null) {}

  /** Start the worker ahead of the first file (it compiles the script while the clerk picks one). */
  warm(): void {
    this.start();
  }

  read(name: string, bytes: Uint8Array): Promise<BookRead> {
    const worker = this.start();
    if (!worker) return readBookFile(name, bytes);
    return new Promise((resolve) => {
      const id = this.next++;
      this.pending.set(id, { bytes, name, resolve, book: {} });
      const copy = bytes.slice().buffer; // the page keeps its bytes for the download; the copy moves
      worker.postMessage({ id, name, bytes: copy } satisfies Request, [copy]);
    });
  }

  private start(): Worker | null {
    if (this.worker || this.failed || !this.source || typeof Worker !== "function") return this.worker;
    try {
      const url = URL.createObjectURL(new Blob([this.source], { type: "text/javascript" }));
      const worker = new Worker(url);
      worker.onmessage = (e: MessageEvent<Reply>) => (e.data.id === 0 ? (this.ready = true) : this.settle(e.data));
      worker.onerror = (e) => {
        e.preventDefault();
        // A worker that cannot run (a browser's policy for file:// pages): read on the page from now on.
        // One that ran and failed on a file (out of memory on a hostile one): that file is refused, never read on the page.
        if (this.ready) this.lost(String(e.message ?? ""));
        else this.fallBack();
      };
      this.worker = worker;
    } catch {
      this.failed = true;
    }
    return this.worker;
  }

  private settle(reply: Reply): void {
    const job = this.pending.get(reply.id);
    if (!job) return;
    if (reply.ok === "rows") {
      const sheet = (job.book[reply.sheet] ??= { values: [], merges: reply.merges ?? null });
      for (const row of reply.rows) sheet.values.push(row);
      return;
    }
    this.pending.delete(reply.id);
    job.resolve(reply.ok ? { ok: true, file: { ...reply.file, book: job.book, bytes: job.bytes } } : { ok: false, refusal: reply.refusal });
  }

  private lost(detail: string): void {
    this.worker?.terminate();
    this.worker = null;
    this.ready = false;
    const jobs = [...this.pending.values()];
    this.pending.clear();
    for (const j of jobs) j.resolve({ ok: false, refusal: { reason: "cli.reason.corrupt", params: {}, detail } });
  }

  private fallBack(): void {
    this.worker?.terminate();
    this.worker = null;
    this.failed = true;
    const jobs = [...this.pending.values()];
    this.pending.clear();
    for (const j of jobs) void readBookFile(j.name, j.bytes).then(j.resolve);
  }
}
