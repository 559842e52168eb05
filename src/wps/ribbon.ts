// The 三个一批 tab of WPS 表格 (ribbon.xml, CustomUI as WPS reads it) and its
// callbacks. Every button opens the same task pane (taskpane.html, the React
// pane over the WPS host) at its section: taskpane.html#check, #rank, #merge,
// #inspect, #template. Callbacks are synchronous (asynchronous ones broke the
// ribbon in some WPS builds) and use no crypto.randomUUID (WPS's WebView lacks it).
// One pane is kept: its ID in PluginStorage, navigated to the section asked for.

/** The buttons, in tab order: control id, label, the pane's section. */
export const RIBBON_BUTTONS = [
  { id: "sanpiCheck", label: "检查台账", section: "check", screentip: "读取项目台账等输入表，列出问题并可定位到单元格" },
  { id: "sanpiRank", label: "生成排名", section: "rank", screentip: "按所选季度或全年生成排名表（替换前先确认）" },
  { id: "sanpiMerge", label: "合并报送", section: "merge", screentip: "合并各单位报送的台账" },
  { id: "sanpiInspect", label: "月度督查", section: "inspect", screentip: "月度督查：红黄绿预警与通报" },
  { id: "sanpiTemplate", label: "添加模板表", section: "template", screentip: "添加缺少的输入表（项目台账、考核录入等），已有的表不动" },
] as const;

export type PaneSection = (typeof RIBBON_BUTTONS)[number]["section"];
export const PANE_SECTIONS: readonly PaneSection[] = RIBBON_BUTTONS.map((b) => b.section);

export const TAB_ID = "sanpiTab";
export const TAB_LABEL = "三个一批";
const GROUP_LABEL = "三个一批考评";
/** The pane's title bar. */
export const PANE_TITLE = "三个一批考评";
/** PluginStorage key of the open pane's ID. */
export const PANE_KEY = "sanpi.taskpane.id";
export const PANE_PAGE = "taskpane.html";
/** The tab's button image, beside the pages (dist/wps/assets). */
export const BUTTON_IMAGE = "assets/icon-32.png";

const attr = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");

/** dist/wps/ribbon.xml. */
export function ribbonXml(): string {
  const buttons = RIBBON_BUTTONS.map(
    (b) => `          <button id="${b.id}" label="${attr(b.label)}" screentip="${attr(b.label)}" supertip="${attr(b.screentip)}" onAction="ribbon.OnAction" getImage="ribbon.GetImage" size="large"/>`,
  );
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<customUI xmlns="http://schemas.microsoft.com/office/2006/01/customui" onLoad="ribbon.OnAddinLoad">`,
    `  <ribbon startFromScratch="false">`,
    `    <tabs>`,
    `      <tab id="${TAB_ID}" label="${TAB_LABEL}">`,
    `        <group id="sanpiGroup" label="${GROUP_LABEL}">`,
    ...buttons,
    `        </group>`,
    `      </tab>`,
    `    </tabs>`,
    `  </ribbon>`,
    `</customUI>`,
    ``,
  ].join("\n");
}

/** What the callbacks use of WPS's `wps` global (et-jsapi-declare WPS.AddonRoot). */
export interface PaneApi {
  CreateTaskPane(url: string, title?: string): TaskPaneLike;
  GetTaskPane?(id: number): TaskPaneLike | null | undefined;
  PluginStorage?: { getItem(key: string): string | null | undefined; setItem(key: string, value: string | number | boolean): void };
}
export interface TaskPaneLike {
  ID: number;
  Visible: boolean;
  Navigate?(url: string): void;
  DockPosition?: number;
  Width?: number;
}

/** The pane's URL for a section, beside the page that holds the ribbon (index.html). */
export function paneUrl(base: string, section: PaneSection): string {
  const dir = base.replace(/[#?].*$/, "").replace(/[^/]*$/, "");
  return `${dir}${PANE_PAGE}#${section}`;
}

/** msoCTPDockPositionRight (Kso.MsoCTPDockPosition). */
const DOCK_RIGHT = 2;
const PANE_WIDTH = 420;

/** Open (or show again) the one pane at `section`; synchronous. Returns the pane. */
export function openPane(api: PaneApi, base: string, section: PaneSection): TaskPaneLike {
  const url = paneUrl(base, section);
  const stored = api.PluginStorage?.getItem(PANE_KEY);
  const id = stored ? Number(stored) : NaN;
  let pane: TaskPaneLike | null | undefined = null;
  if (Number.isFinite(id) && api.GetTaskPane) {
    try {
      pane = api.GetTaskPane(id);
    } catch {
      pane = null;
    }
  }
  if (pane && typeof pane.Navigate === "function") {
    pane.Navigate(url);
  } else {
    pane = api.CreateTaskPane(url, PANE_TITLE);
    try {
      pane.DockPosition = DOCK_RIGHT;
      pane.Width = PANE_WIDTH;
    } catch {
      // Some builds fix the dock and width; the pane opens anyway.
    }
    api.PluginStorage?.setItem(PANE_KEY, String(pane.ID));
  }
  pane.Visible = true;
  return pane;
}

/** The ribbon's callbacks (ribbon.xml names them ribbon.*). */
export function ribbonCallbacks(api: () => PaneApi | undefined, base: () => string) {
  return {
    OnAddinLoad(): boolean {
      return true;
    },
    OnAction(control: { Id?: string; id?: string }): boolean {
      const id = control?.Id ?? control?.id;
      const button = RIBBON_BUTTONS.find((b) => b.id === id);
      const wps = api();
      if (!button || !wps) return false;
      openPane(wps, base(), button.section);
      return true;
    },
    GetImage(): string {
      return BUTTON_IMAGE;
    },
  };
}
