// The no-install page's one script (inlined into dist/web/index.html by the
// build). The same script runs twice: on the page, it mounts the page; started
// again as a worker from its own text (read-worker.ts), it reads workbooks.
// Each side's modules are evaluated only where they run (eager imports: one
// file, no chunk to load).
interface Scope {
  document?: unknown;
}

if (typeof (globalThis as Scope).document === "undefined") {
  void import(/* webpackMode: "eager" */ "./read-worker").then((m) => m.serveReads(globalThis as unknown as Parameters<typeof m.serveReads>[0]));
} else {
  // The script's own text, to start the worker from; read now (currentScript is null once this returns).
  const source = document.currentScript?.textContent ?? null;
  void import(/* webpackMode: "eager" */ "./start").then((m) => m.start(source));
}
