// The built WPS add-in (dist/wps) for the tests: its page's scripts run in a
// fresh realm (node:vm) with a stand-in `wps` global that records what the page
// registers, as WPS would load index.html. Values cross into that realm as WPS
// hands them over: its own arrays, and Range-like objects with a Value2.
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";
import { DIST, ensureBuilt } from "../functions/support/dist";

export const WPS_DIST = path.join(DIST, "wps");

export interface Registered {
  namespace: string;
  name: string;
  fn: (...args: unknown[]) => unknown;
  metadata: unknown;
}

export interface LoadedPage {
  registered: Map<string, Registered>;
  /** The page's window.ribbon (ribbon.xml's callbacks). */
  ribbon: { OnAddinLoad(): unknown; OnAction(control: { Id: string }): unknown; GetImage(control?: unknown): unknown };
  context: vm.Context;
  /** A value of the test's realm as one of the page's (arrays, Dates). */
  into(value: unknown): unknown;
}

/** Load dist/wps/index.html's scripts with `wps` (anything else the page reads can be added by `extra`). */
export function loadWpsPage(extra: Record<string, unknown> = {}, href = "http://127.0.0.1:3889/sanpi/index.html"): LoadedPage {
  ensureBuilt();
  const html = fs.readFileSync(path.join(WPS_DIST, "index.html"), "utf8");
  const scripts = [...html.matchAll(/<script[^>]*\bsrc=(?:"([^"]+)"|([^\s>]+))/g)].map((m) => m[1] ?? m[2]);
  const registered = new Map<string, Registered>();
  const wps = {
    AddCustomFunction(namespace: string, name: string, fn: Registered["fn"], metadata?: unknown) {
      registered.set(`${namespace}.${name}`, { namespace, name, fn, metadata });
    },
    ...extra,
  };
  const context = vm.createContext({ wps, console, setTimeout, clearTimeout, location: { href } });
  context.window = context;
  context.self = context;
  for (const s of scripts) vm.runInContext(fs.readFileSync(path.join(WPS_DIST, s.replace(/^\.?\//, "")), "utf8"), context, { filename: s });
  const clone = vm.runInContext(
    `(function clone(x) {
      if (Array.isArray(x)) return x.map(clone);
      if (Object.prototype.toString.call(x) === "[object Date]") return new Date(x.getTime());
      return x;
    })`,
    context,
  ) as (x: unknown) => unknown;
  return { registered, ribbon: context.ribbon as LoadedPage["ribbon"], context, into: clone };
}
