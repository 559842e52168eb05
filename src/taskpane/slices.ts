// Runs the engine's steps (src/engine/steps.ts) in slices of a few
// milliseconds and gives the page back between them, so the pane paints its
// progress and takes clicks while a 50,000-row ledger is read and scored.
// The engine counts rows; the clock lives here, in the host.
//
// Why slices and not a Web Worker: the values come from Excel on this thread,
// and handing 7 MB of them to a worker is itself a structured clone that holds
// the page up; slices keep one code path with the CLI and the functions.

import type { Steps } from "../engine";

/** Work done before giving the page back: well under a frame, so a click waits at most this long. */
export const SLICE_MS = 12;

const channel = typeof MessageChannel === "function" ? new MessageChannel() : null;
const waiting: (() => void)[] = [];
if (channel) {
  channel.port1.onmessage = () => waiting.shift()?.();
  // Node (tests) keeps a process alive while a port listens; a browser has no unref.
  (channel.port1 as { unref?: () => void }).unref?.();
}

/**
 * Resolve in a new task, after the browser has had its turn (input, paint).
 * A message, not setTimeout(0): nested timeouts are clamped to 4 ms and more.
 */
export function nextTask(): Promise<void> {
  if (!channel) return new Promise((r) => setTimeout(r, 0));
  return new Promise((r) => {
    waiting.push(r);
    channel.port2.postMessage(0);
  });
}

export interface SliceOptions {
  sliceMs?: number;
  now?: () => number;
  /** How to give the page back (tests count the pauses). */
  yieldToPage?: () => Promise<void>;
}

/** Run `steps` to the end in slices; `onFraction` gets the fraction done before each pause. */
export async function runSliced<T>(steps: Steps<T>, onFraction: (fraction: number) => void, options: SliceOptions = {}): Promise<T> {
  const sliceMs = options.sliceMs ?? SLICE_MS;
  const now = options.now ?? (() => performance.now());
  const yieldToPage = options.yieldToPage ?? nextTask;
  let start = now();
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (now() - start >= sliceMs) {
      onFraction(r.value);
      await yieldToPage();
      start = now();
    }
  }
}

/** Give the page back once, then run `f` (a short step that cannot pause, e.g. describing the sheets). */
export async function afterPaint<T>(f: () => T): Promise<T> {
  await nextTask();
  return f();
}
