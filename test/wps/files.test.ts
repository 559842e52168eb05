// dist/wps's files against the formats WPS documents (Kingsoft's "WPS加载项
// 自定义函数" and "WPS 加载项开发说明"): manifest.xml's <JsPlugin> names the
// namespace and functions.json; functions.json lists every function of the
// table with its Chinese help; ribbon.xml is CustomUI whose callbacks the page
// defines, synchronous; jsplugins.xml and publish.xml name the add-in as an
// ET add-in. Parsed with an XML parser, not matched as text.
import * as fs from "fs";
import * as path from "path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { FUNCTION_IDS, FUNCTIONS } from "../../src/functions/table";
import { loadWpsPage, WPS_DIST } from "./support";

const read = (f: string) => fs.readFileSync(path.join(WPS_DIST, f), "utf8");
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name) => ["button", "jsplugin", "jspluginonline", "tab", "group"].includes(name) });
const xml = (f: string) => {
  const text = read(f);
  expect(XMLValidator.validate(text)).toBe(true);
  return parser.parse(text);
};

let page: ReturnType<typeof loadWpsPage>;
beforeAll(() => {
  page = loadWpsPage();
});

test("manifest.xml: <JsPlugin> with the SANPI namespace and a functions.json that is there", () => {
  const m = xml("manifest.xml").JsPlugin;
  expect(m.ApiVersion).toBe("1.0.0");
  expect(m.Name).toBe("sanpi");
  expect(m.Functions.Namespace).toBe("SANPI");
  expect(fs.existsSync(path.join(WPS_DIST, String(m.Functions.Uri).replace(/^\//, "")))).toBe(true);
});

test("functions.json: every function of the table, its names and Chinese help, optional parameters marked", () => {
  const json = JSON.parse(read("functions.json")) as { functions: { id: string; name: string; description: string; parameters: { name: string; description: string; type: string; dimensionality: string; optional?: boolean }[]; result: { type: string } }[] };
  expect(json.functions.map((f) => f.id)).toEqual(FUNCTION_IDS);
  for (const f of json.functions) {
    const spec = FUNCTIONS[f.id as keyof typeof FUNCTIONS];
    expect(f.name).toBe(f.id);
    expect(f.description).toBe(spec.zh);
    expect(/[\u4e00-\u9fff]/.test(f.description)).toBe(true);
    expect(f.parameters.map((p) => [p.name, p.description, p.dimensionality, !!p.optional])).toEqual(
      spec.params.map((p) => [p.zhName, p.zh, p.kind === "range" ? "matrix" : "scalar", "optional" in p && !!p.optional]),
    );
    expect(typeof f.result.type).toBe("string");
    // An optional parameter is never followed by a required one (the 插入函数 dialog's order).
    const firstOptional = f.parameters.findIndex((p) => p.optional);
    if (firstOptional >= 0) expect(f.parameters.slice(firstOptional).every((p) => p.optional)).toBe(true);
  }
});

test("ribbon.xml: the 三个一批 tab, five buttons, callbacks the page defines, each synchronous", () => {
  const ui = xml("ribbon.xml").customUI;
  expect(ui["@xmlns"]).toBe("http://schemas.microsoft.com/office/2006/01/customui");
  const tab = ui.ribbon.tabs.tab[0];
  expect(tab["@label"]).toBe("三个一批");
  const buttons = tab.group.flatMap((g: { button: Record<string, string>[] }) => g.button);
  expect(buttons.map((b: Record<string, string>) => b["@label"])).toEqual(["检查台账", "生成排名", "合并报送", "月度督查", "添加模板表"]);
  const callbacks = new Set<string>([ui["@onLoad"], ...buttons.flatMap((b: Record<string, string>) => [b["@onAction"], b["@getImage"]])]);
  for (const cb of callbacks) {
    const [obj, fn] = cb.split(".");
    expect(obj).toBe("ribbon");
    expect(typeof (page.ribbon as unknown as Record<string, unknown>)[fn]).toBe("function");
  }
  const image = page.ribbon.GetImage({ Id: buttons[0]["@id"] });
  expect(fs.existsSync(path.join(WPS_DIST, String(image)))).toBe(true);
});

test("each button opens the one task pane at its section, synchronously; the next press reuses it", () => {
  const created: { url: string; title?: string; pane: { ID: number; Visible: boolean; navigated: string[]; Navigate(u: string): void } }[] = [];
  const storage = new Map<string, string>();
  const wps = {
    CreateTaskPane(url: string, title?: string) {
      const pane = { ID: 100 + created.length, Visible: false, navigated: [] as string[], Navigate(u: string) { this.navigated.push(u); } };
      created.push({ url, title, pane });
      return pane;
    },
    GetTaskPane: (id: number) => created.find((c) => c.pane.ID === id)?.pane ?? null,
    PluginStorage: { getItem: (k: string) => storage.get(k) ?? null, setItem: (k: string, v: unknown) => void storage.set(k, String(v)) },
  };
  const loaded = loadWpsPage(wps);
  const ids = ["sanpiCheck", "sanpiRank", "sanpiMerge", "sanpiInspect", "sanpiTemplate"];
  const sections = ["check", "rank", "merge", "inspect", "template"];
  const first = loaded.ribbon.OnAction({ Id: ids[0] });
  expect(first).toBe(true); // not a promise
  expect(created).toHaveLength(1);
  expect(created[0].url).toBe("http://127.0.0.1:3889/sanpi/taskpane.html#check");
  expect(created[0].pane.Visible).toBe(true);
  ids.slice(1).forEach((id) => expect(loaded.ribbon.OnAction({ Id: id })).toBe(true));
  expect(created).toHaveLength(1);
  expect(created[0].pane.navigated).toEqual(sections.slice(1).map((s) => `http://127.0.0.1:3889/sanpi/taskpane.html#${s}`));
  expect(loaded.ribbon.OnAction({ Id: "unknown" })).toBe(false);
});

test("no crypto.randomUUID in the WPS bundles (WPS's WebView lacks it)", () => {
  for (const f of ["wps.js", "pane.js"]) expect(read(f)).not.toMatch(/randomUUID/);
});

test("jsplugins.xml (离线模式) and publish.xml (在线模式) name the add-in as a WPS 表格 (et) add-in at its folder", () => {
  const offline = xml("jsplugins.xml").jsplugins;
  const online = xml("publish.xml").jsplugins;
  for (const entry of [...(offline.jspluginonline ?? []), ...(offline.jsplugin ?? []), ...(online.jsplugin ?? [])]) {
    expect(entry["@name"]).toBe("sanpi");
    expect(entry["@type"]).toBe("et");
    expect(entry["@url"]).toMatch(/^https?:\/\/.+\/$/);
  }
  expect(read("publish.html")).toContain("JSPluginsServer=");
});
