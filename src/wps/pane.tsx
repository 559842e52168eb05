// The task pane in WPS 表格 (dist/wps/taskpane.html, opened by the ribbon's
// buttons through wps.CreateTaskPane): the same React pane as Excel's, over
// the WPS host (host.ts) and ET's global `Application`. The URL's hash is the
// section a button asked for (ribbon.ts): 检查台账 starts the check, 添加模板表
// and 生成排名 show their buttons; 合并报送 and 月度督查 say plainly where they
// stand when this build has no section for them. A section the pane has
// (data-testid merge, inspect) is scrolled into view.
import * as React from "react";
import { createRoot } from "react-dom/client";
import { App } from "../taskpane/App";
import { STRINGS } from "../taskpane/strings";
import type { EtApplication } from "./et";
import { wpsHost } from "./host";
import { PANE_SECTIONS, type PaneSection } from "./ribbon";

/** What a section without its part in the pane says (a part that is there is shown instead). */
const NOTES: Partial<Record<PaneSection, string>> = {
  merge: "“合并报送”功能尚未包含在本版本中：请先用“检查台账”检查各单位报送的台账，再手工合并到项目台账。",
  inspect: "“月度督查”功能尚未包含在本版本中：可先用“检查台账”查看问题、用“生成排名”查看各单位得分。",
};

export function sectionOf(hash: string): PaneSection | null {
  const s = hash.replace(/^#/, "").trim() as PaneSection;
  return PANE_SECTIONS.includes(s) ? s : null;
}

const app = (): EtApplication => {
  const w = window as unknown as { Application?: EtApplication; wps?: { Application?: EtApplication } };
  const a = w.Application ?? w.wps?.Application;
  if (!a) throw new Error("找不到 WPS 表格的 Application 对象：请在 WPS 表格中打开本窗格 / WPS's Application object is missing: open this pane in WPS 表格");
  return a;
};

/** Show the section's note, or act for it (检查台账: the check), once the pane is there. */
function goTo(section: PaneSection | null): void {
  const note = document.getElementById("note");
  const part = section ? document.querySelector<HTMLElement>(`[data-testid="${section}"]`) : null;
  part?.scrollIntoView({ block: "start" });
  const text = section && !part ? NOTES[section] : undefined;
  if (note) {
    note.textContent = text ?? "";
    note.setAttribute("role", text ? "status" : "none");
    note.setAttribute("data-testid", "section-note");
    note.style.cssText = text ? "margin:8px 12px;padding:8px 12px;background:#fff4ce;border:1px solid #f1dd94;border-radius:4px;font:14px/1.5 'Microsoft YaHei',sans-serif" : "";
  }
  if (section === "check") {
    // The pane's own button, so the check runs exactly as a click would (once it is drawn).
    const click = (tries: number): void => {
      const button = [...document.querySelectorAll<HTMLButtonElement>("button")].find((b) => b.textContent?.trim() === STRINGS.zh.check);
      if (button && !button.disabled) button.click();
      else if (tries > 0) setTimeout(() => click(tries - 1), 50);
    };
    click(100);
  }
}

function mount(): void {
  const root = document.getElementById("root");
  if (!root) return;
  createRoot(root).render(<App host={wpsHost(app)} lang="zh" />);
  // After the first render, so a section the pane has is found.
  setTimeout(() => goTo(sectionOf(window.location.hash)), 0);
  window.addEventListener("hashchange", () => goTo(sectionOf(window.location.hash)));
}

mount();
