// Mounts the page, in Chinese (the clerks' language, whatever the browser's
// own); `#en` in the address, or the page's English button, switches.
import * as React from "react";
import { createRoot } from "react-dom/client";
import { PageApp } from "./Page";
import { BookReader } from "./read-worker";
import { warmUp } from "./warm";

export function start(source: string | null): void {
  const root = document.getElementById("root");
  if (!root) return;
  const lang = /^#en\b/i.test(location.hash) ? "en" : "zh";
  document.getElementById("static")?.remove();
  const reader = new BookReader(source);
  createRoot(root).render(<PageApp reader={reader} lang={lang} />);
  setTimeout(() => reader.warm(), 0);
  // Once the page is drawn and idle: one made-up workbook through the whole path (warm.ts).
  const idle = (f: () => void) => (typeof requestIdleCallback === "function" ? requestIdleCallback(f, { timeout: 2000 }) : setTimeout(f, 200));
  idle(() => void warmUp(reader, lang));
}
