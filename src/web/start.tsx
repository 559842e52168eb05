// Mounts the page, in Chinese (the clerks' language, whatever the browser's
// own); `#en` in the address, or the page's English button, switches.
import * as React from "react";
import { createRoot } from "react-dom/client";
import { PageApp } from "./Page";
import { BookReader } from "./read-worker";

export function start(source: string | null): void {
  const root = document.getElementById("root");
  if (!root) return;
  const lang = /^#en\b/i.test(location.hash) ? "en" : "zh";
  document.getElementById("static")?.remove();
  const reader = new BookReader(source);
  createRoot(root).render(<PageApp reader={reader} lang={lang} />);
  setTimeout(() => reader.warm(), 0);
}
