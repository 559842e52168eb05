// The deployment files of the WPS add-in (docs/wps.md), written beside it by the build:
//  - jsplugins.xml, 离线模式: WPS reads it from the address in oem.ini
//    ([Server] JSPluginsServer=…, with [Support] JsApiPlugin=true); each
//    <jsplugin> names an add-in, its type (et: WPS 表格) and where it is: a
//    folder served over http(s) (<jspluginonline>) or a .7z package (<jsplugin>);
//  - publish.xml, 在线模式: what WPS keeps in the user's jsaddons folder
//    (%APPDATA%\kingsoft\wps\jsaddons, ~/.local/share/Kingsoft/wps/jsaddons)
//    once publish.html has installed the add-in; written here for an
//    administrator who copies it there instead;
//  - publish.html: a page that shows the address and the lines to copy.
// The add-in's address is WPS_ADDIN_URL at build time (a folder URL ending in /).
import { ADDIN_NAME } from "./metadata";

/** Where the add-in is served when WPS_ADDIN_URL is not set: wpsjs's usual local port. */
export const DEFAULT_ADDIN_URL = "http://127.0.0.1:3889/sanpi/";
/** The add-in's version as WPS shows it (package.json's). */
export interface DeployOptions {
  url: string;
  version: string;
}

const attr = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");

/** A folder URL, ending in "/"; throws with what to type instead. */
export function addinUrl(raw: string | undefined): string {
  const url = (raw ?? "").trim() || DEFAULT_ADDIN_URL;
  if (!/^https?:\/\/[^\s/]+/i.test(url)) {
    throw new Error(
      `WPS_ADDIN_URL 应为 http:// 或 https:// 开头的文件夹地址，如 http://192.168.1.10/sanpi/ ；现为 “${url}” / WPS_ADDIN_URL must be an http(s) folder URL, e.g. http://192.168.1.10/sanpi/; got "${url}"`,
    );
  }
  return url.endsWith("/") ? url : `${url}/`;
}

/** jsplugins.xml for 离线模式 (oem.ini JSPluginsServer): the add-in served from its folder. */
export function jspluginsXml(o: DeployOptions): string {
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<jsplugins>`,
    `  <!-- 三个一批考评（WPS 表格）：加载项文件夹的地址；改用 .7z 包时换成 <jsplugin name="${ADDIN_NAME}" type="et" url="…/${ADDIN_NAME}.7z" version="${attr(o.version)}"/> -->`,
    `  <jspluginonline name="${ADDIN_NAME}" type="et" url="${attr(o.url)}" version="${attr(o.version)}" enable="enable"/>`,
    `</jsplugins>`,
    ``,
  ].join("\n");
}

/** publish.xml for 在线模式 (what publish.html installs into the user's jsaddons folder). */
export function publishXml(o: DeployOptions): string {
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<jsplugins>`,
    `  <jsplugin name="${ADDIN_NAME}" type="et" url="${attr(o.url)}" version="${attr(o.version)}" enable="enable_dev" install="null" customDomain=""/>`,
    `</jsplugins>`,
    ``,
  ].join("\n");
}

const html = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** publish.html: the 在线模式 page an administrator opens to see what to install where. */
export function publishHtml(o: DeployOptions): string {
  return `<!doctype html>
<html lang="zh-CN">
<head><meta charset="UTF-8"><title>三个一批考评 · WPS 加载项部署</title>
<style>body{font:14px/1.6 "Microsoft YaHei",sans-serif;max-width:760px;margin:24px auto;padding:0 16px}pre{background:#f3f2f1;padding:8px;overflow:auto}</style></head>
<body>
<h1>三个一批考评 · WPS 加载项</h1>
<p>加载项地址：<code id="url">${html(o.url)}</code>（版本 ${html(o.version)}）。需要 WPS Office 12.1.0.20540 或更新版本才能使用 <code>SANPI.*</code> 自定义函数；较早版本只有“三个一批”选项卡和任务窗格。</p>
<h2>在线模式</h2>
<p>把下面的 <code>publish.xml</code> 放进每台电脑的加载项文件夹（Windows：<code>%APPDATA%\\kingsoft\\wps\\jsaddons\\</code>；Linux：<code>~/.local/share/Kingsoft/wps/jsaddons/</code>），重启 WPS 表格：</p>
<pre>${html(publishXml(o))}</pre>
<h2>离线模式（单位统一部署）</h2>
<p>在 WPS 安装目录 <code>office6\\cfgs\\oem.ini</code> 中加入：</p>
<pre>[Support]
JsApiPlugin=true
[Server]
JSPluginsServer=${html(o.url)}jsplugins.xml</pre>
<p>详见随加载项发布的说明 docs/wps.md。</p>
</body>
</html>
`;
}
