// Task pane entry: mount the React app once Office is ready, in Office's
// display language (Chinese unless Office says otherwise).
import * as React from "react";
import { createRoot } from "react-dom/client";
import { officeHost } from "../excel";
import { App } from "./App";
import { langOf } from "./strings";

function mount(inExcel: boolean, displayLanguage: string | undefined): void {
  const root = document.getElementById("root");
  if (!root) return;
  document.documentElement.lang = langOf(displayLanguage) === "zh" ? "zh-CN" : "en";
  createRoot(root).render(<App host={inExcel ? officeHost : null} lang={langOf(displayLanguage)} />);
}

if (typeof Office === "undefined") {
  mount(false, navigator.language);
} else {
  Office.onReady((info) => mount(info.host === Office.HostType.Excel, Office.context?.displayLanguage));
}
