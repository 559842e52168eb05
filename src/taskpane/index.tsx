// Task pane entry, the one script of taskpane.html (the shared runtime's page).
// The SANPI functions are imported first, so they are registered before the
// pane and the engine is loaded once for both. Then the pane mounts once Office
// is ready, in Office's display language (Chinese unless Office says
// otherwise), if this Excel has what the add-in needs; otherwise the page of
// unsupported.ts says what is needed (gate.es5.js has already shown it where
// this bundle cannot run at all).
import "../functions/functions";
import * as React from "react";
import { createRoot } from "react-dom/client";
import { officeHost } from "../excel";
import { App } from "./App";
import { langOf } from "./strings";
import type { UnsupportedReason } from "./unsupported";

interface RequirementSet {
  name: string;
  version: string;
}
/** The sets the manifest declares (webpack's DefinePlugin, from manifest.xml). */
declare const __SANPI_REQUIRED_SETS__: RequirementSet[];

interface Gate {
  blocked: UnsupportedReason | null;
  show(reason: UnsupportedReason, sets?: RequirementSet[]): void;
  notice(sets: RequirementSet[], lang: "zh" | "en"): void;
}
const gate = (window as unknown as { sanpiGate?: Gate }).sanpiGate;

/** The pane needs only ExcelApi; without the other sets Office runs no functions, and the pane says so. */
const PANE_SETS = new Set(["ExcelApi"]);

function mount(displayLanguage: string | undefined): void {
  const root = document.getElementById("root");
  if (!root) return;
  document.documentElement.lang = langOf(displayLanguage) === "zh" ? "zh-CN" : "en";
  createRoot(root).render(<App host={officeHost} lang={langOf(displayLanguage)} />);
}

function start(): void {
  if (typeof Office === "undefined") return gate?.show("office");
  Office.onReady((info) => {
    if (info.host !== Office.HostType.Excel) return gate?.show("host");
    // learn.microsoft.com/office/dev/add-ins/develop/specify-office-hosts-and-api-requirements ("Runtime checks").
    const missing = __SANPI_REQUIRED_SETS__.filter((s) => !Office.context.requirements.isSetSupported(s.name, s.version));
    if (missing.some((s) => PANE_SETS.has(s.name))) return gate?.show("sets", missing);
    const lang = Office.context.displayLanguage;
    if (missing.length) gate?.notice(missing, langOf(lang));
    mount(lang);
  });
}

if (!gate?.blocked) start();
