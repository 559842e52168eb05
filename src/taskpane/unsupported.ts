// The page a clerk sees where the add-in cannot run (old Office in an IE11 or
// old Edge webview, Excel without the add-in's requirement sets, the page
// opened outside Excel): what is needed, and the no-install page instead
// (web/index.html beside this page, issue 18: the same engine in any browser,
// the files never leave the computer).
// The build writes it into taskpane.html as static HTML (webpack.config.js),
// so it shows even where the bundle cannot run; src/taskpane/gate.es5.js
// reveals it and picks the reason. Chinese first, English below: where the
// webview is too old, nothing tells us Office's display language.

export type UnsupportedReason = "webview" | "office" | "host" | "sets";

const TEXT = {
  zh: {
    title: "三个一批考评加载项无法在此运行",
    reasons: {
      webview: "这台电脑的 Office 用 Internet Explorer 11 或旧版 Edge 显示加载项（Office 2016、Office 2019 批量许可版等），本加载项无法在其中运行。",
      office: "未能加载 Office 运行库 office.js：请在 Excel 中打开本加载项；如果单位网络不能访问互联网，请管理员按部署说明改用随加载项提供的 office.js。",
      host: "此页面没有在 Excel 中打开：请在 Excel 的“开始”选项卡点击“考评排名”。",
      sets: "此版本 Excel 缺少本加载项需要的功能：",
    },
    needTitle: "需要以下任一种 Excel：",
    need: [
      "Microsoft 365（订阅版）Excel：Windows 版本 2008 或更高，Mac 版本 16.40 或更高；",
      "Office 2021 或更高版本（包括批量许可的 Office LTSC 2021、2024）；零售版 Office 2016/2019 须更新到版本 2311 或更高；",
      "Excel 网页版（在 Edge 或 Chrome 浏览器中打开）。",
    ],
    webTitle: "暂时没有上述 Excel 时：",
    web: "用免安装的网页版：在浏览器中打开台账即可检查、排名，并下载加入排名表的工作簿；文件只在这台电脑上处理，不会上传。",
    webLink: "打开“三个一批考评 · 网页版”",
    webSave: "也可以把这个网页文件另存到电脑上，以后双击即可离线使用（Chrome、Edge、Firefox、国产浏览器均可）。",
    notice: "此版本 Excel 不能使用 SANPI 函数（缺少：{sets}）；任务窗格可以照常使用。升级到 Microsoft 365 或 Office 2021 及以上即可使用函数。",
  },
  en: {
    title: "The SANPI add-in cannot run here",
    reasons: {
      webview: "Office on this computer shows add-ins in Internet Explorer 11 or old Edge (Office 2016, volume-licensed Office 2019 and similar), where this add-in cannot run.",
      office:
        "Office's library office.js could not be loaded: open the add-in in Excel; on a network without internet access, ask the administrator to deploy the build that serves office.js beside the add-in.",
      host: "This page is not open in Excel: in Excel, choose Home → Scoring.",
      sets: "This Excel lacks what the add-in needs:",
    },
    needTitle: "It needs one of:",
    need: [
      "Excel in Microsoft 365 (subscription): Windows version 2008 or later, Mac 16.40 or later;",
      "Office 2021 or later (including volume-licensed Office LTSC 2021, 2024); retail Office 2016/2019 updated to version 2311 or later;",
      "Excel on the web (in Edge or Chrome).",
    ],
    webTitle: "Until then:",
    web: "use the web page, nothing to install: open the ledger in a browser to check it, rank it and download it with the ranking sheets; the files are processed on this computer only, never uploaded.",
    webLink: "Open the web page of this tool",
    webSave: "You can also save that page to the computer and open it offline with a double-click later (Chrome, Edge, Firefox or a domestic browser).",
    notice: "This Excel cannot run the SANPI functions (missing: {sets}); the task pane works as usual. Microsoft 365 or Office 2021 and later run them.",
  },
} as const;

export const UNSUPPORTED_TEXT = TEXT;

/** The no-install page, beside taskpane.html in dist/ (webpack.config.js writes it). */
export const WEB_PAGE = "web/index.html";

const esc = (s: string): string => s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] as string);

function section(lang: "zh" | "en"): string {
  const t = TEXT[lang];
  const reasons = (Object.keys(t.reasons) as UnsupportedReason[])
    .map((r) => `<p data-reason="${r}" style="display:none">${esc(t.reasons[r])}${r === "sets" ? ' <b class="sanpi-missing"></b>' : ""}</p>`)
    .join("");
  const need = t.need.map((n) => `<li>${esc(n)}</li>`).join("");

  return `<section lang="${lang === "zh" ? "zh-CN" : "en"}"${lang === "en" ? ' style="color:#555;border-top:1px solid #ddd;margin-top:16px"' : ""}>
<h1 style="font-size:${lang === "zh" ? 18 : 15}px">${esc(t.title)}</h1>${reasons}
<p>${esc(t.needTitle)}</p><ul>${need}</ul>
<p>${esc(t.webTitle)}${lang === "en" ? " " : ""}${esc(t.web)}</p>
<p><a href="${WEB_PAGE}" target="_blank" data-web-page="${lang}">${esc(t.webLink)}</a></p><p>${esc(t.webSave)}</p>
</section>`;
}

/** The hidden page and the hidden one-line notice, as static HTML for taskpane.html. */
export function unsupportedHtml(): { page: string; notice: string } {
  const notice = (lang: "zh" | "en") => `<span lang="${lang === "zh" ? "zh-CN" : "en"}" data-notice="${lang}" style="display:none">${esc(TEXT[lang].notice)}</span>`;
  return {
    page: `<div id="sanpi-unsupported" role="alert" style="display:none;padding:12px 16px;font:14px/1.6 'Microsoft YaHei','Noto Sans CJK SC',sans-serif">
${section("zh")}
${section("en")}
</div>`,
    notice: `<div id="sanpi-notice" role="status" style="display:none;padding:6px 12px;background:#fff4ce;font:12px/1.5 'Microsoft YaHei','Noto Sans CJK SC',sans-serif">${notice("zh")}${notice("en")}</div>`,
  };
}
