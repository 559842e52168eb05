// What `npm start` / `npm stop` do on each platform: this file, run by Node with
// the command (`sideload.ts start`, `sideload.ts stop`; package.json).
// Windows and macOS: office-addin-debugging sideloads manifest.xml into Excel
// desktop and runs the dev server (npm run dev-server), as in Microsoft's
// templates. Elsewhere (Linux) Excel desktop does not exist: say so in one
// line, Chinese and English, with the way to use Excel on the web.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

const ROOT = path.join(__dirname, "..", "..");
const MANIFEST = "manifest.xml";

export const LINUX_START =
  "本机（Linux）无法旁加载到 Excel 桌面版：请运行 npm run dev-server，在浏览器打开 https://localhost:3000/taskpane.html 信任证书，再在 Excel 网页版中依次点“开始 → 加载项 → 更多设置 → 上传我的加载项”，选择 manifest.xml" +
  " | Excel desktop cannot be sideloaded on Linux: run npm run dev-server, open https://localhost:3000/taskpane.html to trust the certificate, then in Excel on the web choose Home → Add-ins → More Settings → Upload My Add-in and pick manifest.xml";
export const LINUX_STOP =
  "本机（Linux）没有旁加载任何加载项：在运行 npm run dev-server 的终端按 Ctrl+C 停止服务器，并在 Excel 网页版中移除已上传的加载项" +
  " | Nothing was sideloaded on Linux: stop npm run dev-server with Ctrl+C and remove the uploaded add-in in Excel on the web";
const MISSING_DEBUGGING =
  "缺少 office-addin-debugging（可选依赖，构建 keytar 失败时不会安装）：请运行 npm install office-addin-debugging 后重试" +
  " | office-addin-debugging is missing (an optional dependency skipped when keytar fails to build): run npm install office-addin-debugging and retry";

export type Command = "start" | "stop";
/** Print `message` and exit with `code`, or run the command line `run`. */
export type SideloadPlan = { message: string; code: number; run?: undefined } | { run: string[]; message?: undefined; code?: undefined };

function debuggingCli(): string | null {
  try {
    return require.resolve("office-addin-debugging/cli.js", { paths: [ROOT] });
  } catch {
    return null;
  }
}

/**
 * The plan for `command` ("start" | "stop") on `platform`: either run
 * office-addin-debugging, or print one line and exit with `code`.
 */
export function plan(command: Command, platform: string = process.platform, cli: string | null = debuggingCli()): SideloadPlan {
  if (platform !== "win32" && platform !== "darwin") {
    return { message: command === "start" ? LINUX_START : LINUX_STOP, code: 0 };
  }
  if (!cli) return { message: MISSING_DEBUGGING, code: 1 };
  const extra = command === "start" ? ["--app", "excel"] : [];
  return { run: [process.execPath, cli, command, MANIFEST, "desktop", ...extra] };
}

function main(command: Command): never {
  const p = plan(command);
  if (p.run === undefined) {
    (p.code ? console.error : console.log)(p.message);
    process.exit(p.code);
  }
  if (!fs.existsSync(path.join(ROOT, MANIFEST))) {
    console.error(`找不到 ${MANIFEST} / ${MANIFEST} not found`);
    process.exit(1);
  }
  const r = spawnSync(p.run[0], p.run.slice(1), { cwd: ROOT, stdio: "inherit" });
  if (r.error) console.error(`无法运行 office-addin-debugging / cannot run office-addin-debugging: ${r.error.message}`);
  process.exit(r.status ?? 1);
}

if (require.main === module) {
  const command = process.argv[2];
  if (command !== "start" && command !== "stop") {
    console.error(`用法：sideload.ts start|stop，现为“${command ?? ""}” / usage: sideload.ts start|stop, got “${command ?? ""}”`);
    process.exit(2);
  }
  main(command);
}
