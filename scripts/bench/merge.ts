// `sanpi merge` against `sanpi score` (issue 17): 10,000 generated projects
// split into one return per unit (each its own .xlsx), merged by
// `sanpi merge <folder> --out …`, against `sanpi score --year 2023 --json`
// on the same rows in one workbook; whole processes (node lib/sanpi.js),
// alternating pairs, the median of the pairs' ratios. Target ≤ 2.
// Run alone: `npm run build:cli && node lib/bench-merge.js`.
import { execFileSync } from "child_process";
import { mkdirSync, mkdtempSync, rmSync } from "fs";
import os from "os";
import path from "path";
import { resolveUnit } from "../../src/engine/parse/units";
import { builtinProfile } from "../../src/engine/profile/builtin";
import { median, now } from "./stats";
import { generateBook, writeBookXlsx, type GenCell } from "../../test/support/ledger-generator";

export const MERGE_TARGET = 2;

export interface MergeBench {
  projects: number;
  returns: number;
  mergeMs: number;
  scoreMs: number;
  ratio: number;
}

export async function benchMerge(projects = 10_000, pairs = 5): Promise<MergeBench> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "sanpi-bench-merge-"));
  try {
    const book = generateBook({ projects, seed: 17 });
    const ledger = book["项目台账"];
    const header = ledger[1];
    const unitCol = header.indexOf("责任单位");
    const byUnit = new Map<string, GenCell[][]>();
    for (const r of ledger.slice(2)) {
      if (r.length === 0) continue;
      const u = resolveUnit(builtinProfile(), String(r[unitCol] ?? "").trim())?.name ?? "其他";
      byUnit.set(u, [...(byUnit.get(u) ?? []), r]);
    }
    const returns = path.join(dir, "报送");
    mkdirSync(returns);
    let i = 0;
    for (const [unit, rows] of byUnit) {
      const title = [`汝州市“三个一批”项目台账（${unit}）`];
      await writeBookXlsx({ [i % 2 ? `${unit}项目台账` : "项目台账"]: [title, header, ...rows] }, path.join(returns, `${String(++i).padStart(2, "0")}-${unit}.xlsx`));
    }
    const one = path.join(dir, "一个台账.xlsx");
    await writeBookXlsx({ 项目台账: [header, ...[...byUnit.values()].flat()] }, one);
    const sanpi = path.join(__dirname, "sanpi.js");
    const out = path.join(dir, "汇总台账.xlsx");
    const runNode = (args: string[]) => () => {
      const t = now();
      try {
        execFileSync(process.execPath, [sanpi, ...args], { stdio: "ignore" });
      } catch (e) {
        if ((e as { status?: number }).status === 2) throw e; // 1 = rows with errors, expected in messy data
      }
      return now() - t;
    };
    const merge = runNode(["merge", returns, "--out", out, "--force"]);
    const score = runNode(["score", one, "--year", "2023", "--json"]);
    merge();
    score(); // warm the file cache
    const m: number[] = [];
    const s: number[] = [];
    for (let p = 0; p < pairs; p++) {
      if (p % 2 === 0) {
        m.push(merge());
        s.push(score());
      } else {
        s.push(score());
        m.push(merge());
      }
    }
    return { projects, returns: byUnit.size, mergeMs: median(m), scoreMs: median(s), ratio: median(m.map((x, k) => x / s[k])) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function printMergeBench(r: MergeBench): void {
  const ok = r.ratio <= MERGE_TARGET ? "达标" : "未达标";
  console.log(
    `\nsanpi merge（${r.returns} 份报送，共 ${r.projects.toLocaleString("en-US")} 个项目，整个进程）${r.mergeMs.toFixed(0)} ms；` +
      `sanpi score --year 2023（同样的行在一个工作簿中）${r.scoreMs.toFixed(0)} ms；比值 ${r.ratio.toFixed(2)}（目标 ≤ ${MERGE_TARGET}，${ok}）`,
  );
}

if (require.main === module) {
  benchMerge()
    .then(printMergeBench)
    .catch((e) => {
      console.error(`bench-merge 失败：${(e as Error)?.message ?? e}`);
      process.exitCode = 1;
    });
}
