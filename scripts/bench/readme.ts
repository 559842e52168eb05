// `npm run bench -- --readme`: the README's benchmark tables (between the
// `<!-- bench:start -->` / `<!-- bench-en:start -->` markers) written from one
// run, so the numbers there are always ones a run printed.
import { readFileSync, writeFileSync } from "fs";
import type { Row } from "./bench";
import type { FunctionsBench } from "./functions";
import type { BundleBench } from "./bundle";
import { LAYOUT_TARGET, type LayoutBench } from "./layout";
import { recalcLines, type RecalcBench } from "./recalc";
import type { PaneBench } from "./pane";
import { packageLines, type PackageBench } from "./package";
import type { PageBench } from "./page";
import { INSPECT_TARGET, type InspectBench } from "./inspect";

/** What scripts/bench/functions.ts measures (loaded at run time when bundled next to the bench). */
export type FunctionsResult = FunctionsBench;

export interface BenchRun {
  rows: Row[];
  targetRatio: number;
  functions: FunctionsResult | null;
  layout: LayoutBench;
  /** Issue 10's recalculation targets (scripts/bench/recalc.ts). */
  recalc: RecalcBench;
  /** The scripts the shared-runtime page loads (null when dist/ is not built). */
  bundle: BundleBench | null;
  /** The task pane's check in Chromium with a slowed CPU (null when it could not run). */
  pane?: PaneBench | null;
  /** The no-install page from file:// with a slowed CPU (null when it could not run). */
  page?: PageBench | null;
  /** The never-lose issue's measures (scripts/bench/package.ts). */
  pkg?: PackageBench | null;
  /** `sanpi inspect` against `sanpi score --quarter` (issue 21; null when it could not run). */
  inspect?: InspectBench | null;
  machine: string;
  /** The machine's 1-minute load average at the start and the end of the run (other engineers' work). */
  load: [number, number];
}

const int = (n: number) => Math.round(n).toLocaleString("en-US");
const f2 = (n: number) => n.toFixed(2);
const kb = (b: number) => (b / 1024).toFixed(1);

function table(run: BenchRun, head: string[]): string {
  const lines = [`| ${head.join(" | ")} |`, `|${head.map(() => "---").join("|")}|`];
  for (const r of run.rows) {
    lines.push(
      `| ${[int(r.projects), int(r.engineMs), int(r.ledgerRows / (r.engineMs / 1000)), int(r.excelJsMs), f2(r.quarterRatio), f2(r.yearRatio), `${r.excelJsHeapMb.toFixed(1)} / ${r.oursHeapMb.toFixed(1)}`].join(" | ")} |`,
    );
  }
  return lines.join("\n");
}

/** Engine µs per extra row between consecutive sizes. */
function marginals(rows: Row[]): number[] {
  return rows.slice(1).map((r, i) => ((r.engineMs - rows[i].engineMs) * 1000) / (r.ledgerRows - rows[i].ledgerRows));
}

function zh(run: BenchRun): string {
  const at = run.rows.find((r) => r.projects === 10_000);
  const ok = (x: number) => (x <= run.targetRatio ? "达标" : "未达标");
  const m = marginals(run.rows);
  const f = run.functions;
  const l = run.layout;
  return [
    `2 核共享机器（${run.machine}；负载 ${run.load.map((x) => x.toFixed(1)).join(" → ")}，绝对耗时随之起伏，比值为同一时刻成对测得）上一次运行中测得（\`npm run bench -- --readme\` 写入本表；生成的凌乱台账：标题行、乱序列、别名、文本日期与金额）：`,
    "",
    table(run, ["项目数", "引擎（解析+全年计分）ms", "引擎 行/秒", "ExcelJS 读 ms", "`sanpi score` 季度 ÷ ExcelJS", "全年 ÷ ExcelJS", "堆内存 ExcelJS 模型 / 本读取器 MB"]),
    "",
    ...(at
      ? [
          `- 目标 10,000 行时 \`sanpi score\` ÷ ExcelJS 读取 ≤ ${run.targetRatio}（5 对交替运行比值的中位数）：季度 ${f2(at.quarterRatio)}、全年 ${f2(at.yearRatio)}，${ok(Math.max(at.quarterRatio, at.yearRatio))}。\`check\`、\`score\` 用本项目自己的 .xlsx 读取器（\`src/xlsx/\`），不建 ExcelJS 模型；\`rank\`、\`template\` 用包写入器（\`src/xlsx/write/\`）写入，原有部件按原压缩数据复制。`,
        ]
      : []),
    ...(m.length ? [`- 引擎每多一行的边际耗时（相邻规模之间）：${m.map((x) => x.toFixed(1)).join(" → ")} µs。`] : []),
    ...(f
      ? [
          `- 自定义函数：${int(f.rows)} 行台账上 ${f.units} 个 \`SANPI.SCORE\` 公式耗时为 1 个公式的 ${f.ratio.toFixed(1)} 倍（目标 ≤ ${f.targets.ratio}，台账解析 ${f.parses} 次）` +
            (f.bundleBytes !== null ? `；\`functions.js\` 压缩后 ${kb(f.bundleBytes)} KB（gzip ${kb(f.bundleGzipBytes ?? 0)} KB；目标 ≤ ${f.targets.bundleBytes / 1024} KB）。` : "。"),
        ]
      : []),
    ...recalcLines(run.recalc, "zh").map((l) => `- ${l}`),
    `- 清单式台账（§1.1）${int(l.projects)} 个项目：读取耗时为平铺台账的 ${f2(l.ratio)} 倍（目标 ≤ ${LAYOUT_TARGET}，${l.ratio <= LAYOUT_TARGET ? "达标" : "未达标"}）。`,
    ...(run.bundle
      ? [
          `- 共享运行时页面加载的脚本（${run.bundle.scripts.map((x) => x.file).join("、")}）：gzip 共 ${kb(run.bundle.totalGzipBytes)} KB（目标 ≤ ${kb(run.bundle.targets.gzipBytes)} KB，${run.bundle.totalGzipBytes <= run.bundle.targets.gzipBytes ? "达标" : "未达标"}）；含引擎的脚本 ${run.bundle.scriptsWithEngine} 个，重复的引擎模块 ${run.bundle.duplicatedEngineModules.length} 个；Fluent UI 打包 ${run.bundle.fluentPackagesAvailable} 个包中的 ${run.bundle.fluentPackagesBundled} 个（office.js 为微软的，不计）。`,
        ]
      : []),
    ...(run.pane ? [paneLine(run.pane, "zh")] : []),
    ...(run.page ? pageLines(run.page, "zh") : []),
    ...(run.pkg ? packageLines(run.pkg, "zh") : []),
    ...(run.inspect ? [inspectLine(run.inspect, "zh")] : []),
  ].join("\n");
}

function en(run: BenchRun): string {
  const at = run.rows.find((r) => r.projects === 10_000);
  const ok = (x: number) => (x <= run.targetRatio ? "met" : "not met");
  const m = marginals(run.rows);
  const f = run.functions;
  const l = run.layout;
  return [
    `Measured in one run on this shared 2-core machine (${run.machine}; load average ${run.load.map((x) => x.toFixed(1)).join(" → ")}: absolute times move with it, ratios are measured in pairs at the same moment); \`npm run bench -- --readme\` writes this table (generated messy ledgers):`,
    "",
    table(run, ["projects", "engine (parse + full-year score) ms", "engine rows/s", "ExcelJS read ms", "`sanpi score` quarter ÷ ExcelJS", "year ÷ ExcelJS", "heap: ExcelJS model / our reader MB"]),
    "",
    ...(at
      ? [
          `- Target \`sanpi score\` ÷ ExcelJS read ≤ ${run.targetRatio} at 10,000 rows (median of 5 alternating pairs): ${f2(at.quarterRatio)} quarter, ${f2(at.yearRatio)} year, ${ok(Math.max(at.quarterRatio, at.yearRatio))}. \`check\` and \`score\` read with the project's own .xlsx reader (\`src/xlsx/\`) and build no ExcelJS model; \`rank\` and \`template\` write with the package writer (\`src/xlsx/write/\`), copying the user's parts as they are compressed.`,
        ]
      : []),
    ...(m.length ? [`- Engine cost per extra row between sizes: ${m.map((x) => x.toFixed(1)).join(" → ")} µs.`] : []),
    ...(f
      ? [
          `- Custom functions: ${f.units} \`SANPI.SCORE\` cells over a ${int(f.rows)}-row ledger cost ${f.ratio.toFixed(1)}× one cell (target ≤ ${f.targets.ratio}; ${f.parses} ledger parse)` +
            (f.bundleBytes !== null ? `; \`functions.js\` is ${kb(f.bundleBytes)} KB minified (${kb(f.bundleGzipBytes ?? 0)} KB gzip; target ≤ ${f.targets.bundleBytes / 1024} KB).` : "."),
        ]
      : []),
    ...recalcLines(run.recalc, "en").map((l) => `- ${l}`),
    `- Clerk layout (§1.1), ${int(l.projects)} projects: reading costs ${f2(l.ratio)}× the flat ledger (target ≤ ${LAYOUT_TARGET}, ${l.ratio <= LAYOUT_TARGET ? "met" : "not met"}).`,
    ...(run.bundle
      ? [
          `- Scripts the shared-runtime page loads (${run.bundle.scripts.map((x) => x.file).join(", ")}): ${kb(run.bundle.totalGzipBytes)} KB gzip in all (target ≤ ${kb(run.bundle.targets.gzipBytes)} KB, ${run.bundle.totalGzipBytes <= run.bundle.targets.gzipBytes ? "met" : "not met"}); ${run.bundle.scriptsWithEngine} script carrying the engine, ${run.bundle.duplicatedEngineModules.length} engine modules twice; ${run.bundle.fluentPackagesBundled} of Fluent UI's ${run.bundle.fluentPackagesAvailable} packages bundled (office.js, Microsoft's, not counted).`,
        ]
      : []),
    ...(run.pane ? [paneLine(run.pane, "en")] : []),
    ...(run.page ? pageLines(run.page, "en") : []),
    ...(run.pkg ? packageLines(run.pkg, "en") : []),
    ...(run.inspect ? [inspectLine(run.inspect, "en")] : []),
  ].join("\n");
}

/** The task pane's longest main-thread block while checking (issue 10: ≤ 200 ms). */
function paneLine(p: PaneBench, lang: "zh" | "en"): string {
  const met = p.checkLongestMs <= p.targets.longestMs;
  return lang === "zh"
    ? `- 任务窗格在 Chromium 中检查 ${int(p.projects)} 个项目的台账（CPU 减速 ${p.throttle}×）：最长一次主线程阻塞 ${int(p.checkLongestMs)} ms（目标 ≤ ${p.targets.longestMs} ms，${met ? "达标" : "未达标"}${p.checkLongestFrameMs !== null ? `；含其后样式与布局的最长一帧 ${int(p.checkLongestFrameMs)} ms` : ""}）；随后生成排名读取台账值 ${p.generateLedgerReads} 次，最长阻塞 ${int(p.generateLongestMs)} ms。`
    : `- Task pane checking a ${int(p.projects)}-project ledger in Chromium (${p.throttle}× CPU slowdown): longest main-thread block ${int(p.checkLongestMs)} ms (target ≤ ${p.targets.longestMs} ms, ${met ? "met" : "not met"}${p.checkLongestFrameMs !== null ? `; longest frame with its style and layout ${int(p.checkLongestFrameMs)} ms` : ""}); 生成排名 then read the ledger's values ${p.generateLedgerReads} times, longest block ${int(p.generateLongestMs)} ms.`;
}

/** The no-install page (issue 18): its size, and drop → ranking with the longest block, per ledger size. */
function pageLines(p: PageBench, lang: "zh" | "en"): string[] {
  const met = (yes: boolean) => (lang === "zh" ? (yes ? "达标" : "未达标") : yes ? "met" : "not met");
  const sizeOk = p.gzipBytes <= p.targets.gzipBytes;
  const runs = p.runs.map((r) => {
    const target = p.targets.shownMs[r.projects];
    const shown = `${(r.shownMs / 1000).toFixed(2)} s${target ? ` (${lang === "zh" ? "目标" : "target"} ≤ ${target / 1000} s, ${met(r.shownMs <= target)})` : ""}`;
    return lang === "zh"
      ? `${int(r.projects)} 个项目 ${shown.replace(" (", "（").replace(", ", "，").replace(/\)$/, "）")}，最长阻塞 ${int(r.longestMs)} ms（${met(r.longestMs <= p.targets.longestMs)}）`
      : `${int(r.projects)} projects ${shown}, longest block ${int(r.longestMs)} ms (${met(r.longestMs <= p.targets.longestMs)})`;
  });
  return lang === "zh"
    ? [
        `- 免安装网页版 \`dist/web/index.html\`（一个文件，gzip ${kb(p.gzipBytes)} KB，目标 ≤ ${kb(p.targets.gzipBytes)} KB，${met(sizeOk)}），从 file:// 在断网的 Chromium 中打开（CPU 减速 ${p.throttle}×），打开文件到显示排名：${runs.join("；")}（阻塞目标 ≤ ${p.targets.longestMs} ms）。`,
      ]
    : [
        `- No-install page \`dist/web/index.html\` (one file, ${kb(p.gzipBytes)} KB gzip, target ≤ ${kb(p.targets.gzipBytes)} KB, ${met(sizeOk)}) from file:// in offline Chromium (${p.throttle}× CPU slowdown), file opened → ranking shown: ${runs.join("; ")} (block target ≤ ${p.targets.longestMs} ms).`,
      ];
}

function replaceBetween(text: string, marker: string, body: string): string {
  const start = `<!-- ${marker}:start -->`;
  const end = `<!-- ${marker}:end -->`;
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i < 0 || j < i) throw new Error(`README.md has no ${start} … ${end}`);
  return text.slice(0, i + start.length) + "\n" + body + "\n" + text.slice(j);
}

export function writeBenchReadme(file: string, run: BenchRun): void {
  let text = readFileSync(file, "utf8");
  text = replaceBetween(text, "bench", zh(run));
  text = replaceBetween(text, "bench-en", en(run));
  writeFileSync(file, text);
}

/** `sanpi inspect` ÷ `sanpi score --quarter` on one workbook, whole processes (issue 21). */
function inspectLine(r: InspectBench, lang: "zh" | "en"): string {
  const met = r.ratio <= INSPECT_TARGET;
  const n = r.projects.toLocaleString("en-US");
  return lang === "zh"
    ? `- \`sanpi inspect --month 2023-08 --json\`（${n} 个项目，整个进程）为 \`sanpi score --quarter 2023Q3 --json\` 的 ${r.ratio.toFixed(2)} 倍（${(r.inspectMs / 1000).toFixed(2)} s ÷ ${(r.scoreMs / 1000).toFixed(2)} s，交替运行比值的中位数；目标 ≤ ${INSPECT_TARGET}，${met ? "达标" : "未达标"}）。`
    : `- \`sanpi inspect --month 2023-08 --json\` (${n} projects, whole process) is ${r.ratio.toFixed(2)}× \`sanpi score --quarter 2023Q3 --json\` (${(r.inspectMs / 1000).toFixed(2)} s ÷ ${(r.scoreMs / 1000).toFixed(2)} s, median of alternating pairs; target ≤ ${INSPECT_TARGET}, ${met ? "met" : "not met"}).`;
}
