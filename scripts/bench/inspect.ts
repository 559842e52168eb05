// `sanpi inspect` against `sanpi score --quarter` (issue 21): one generated
// workbook of 10,000 projects, `inspect --month 2023-08 --json` (the quarter
// as of August's end, plus rates, overdue list, news) against
// `score --quarter 2023Q3 --json`; whole processes (node lib/sanpi.js),
// alternating pairs, the median of the pairs' ratios. Target ≤ 1.2.
// Run alone: `npm run build:cli && node lib/bench-inspect.js`.
import { execFileSync } from "child_process";
import { mkdtempSync, rmSync } from "fs";
import os from "os";
import path from "path";
import { alternatingPairs, median, now } from "./stats";
import { generateBook, writeBookXlsx } from "../../test/support/ledger-generator";

export const INSPECT_TARGET = 1.2;

export interface InspectBench {
  projects: number;
  inspectMs: number;
  scoreMs: number;
  ratio: number;
}

export async function benchInspect(projects = 10_000, pairs = 7): Promise<InspectBench> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "sanpi-bench-inspect-"));
  try {
    const file = path.join(dir, "台账.xlsx");
    await writeBookXlsx(generateBook({ projects, seed: 21 }), file);
    const sanpi = path.join(__dirname, "sanpi.js");
    const runNode = (args: string[]) => () => {
      const t = now();
      try {
        execFileSync(process.execPath, [sanpi, ...args], { stdio: "ignore", maxBuffer: 1 << 30 });
      } catch (e) {
        if ((e as { status?: number }).status === 2) throw e; // 1 = rows with errors, expected in messy data
      }
      return now() - t;
    };
    const inspect = runNode(["inspect", file, "--month", "2023-08", "--json"]);
    const score = runNode(["score", file, "--quarter", "2023Q3", "--json"]);
    inspect();
    score(); // warm the file cache
    const { a, b } = alternatingPairs(inspect, score, pairs);
    return { projects, inspectMs: median(a), scoreMs: median(b), ratio: median(a.map((x, k) => x / b[k])) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function printInspectBench(r: InspectBench): void {
  const ok = r.ratio <= INSPECT_TARGET ? "达标" : "未达标";
  console.log(
    `\nsanpi inspect --month 2023-08 --json（${r.projects.toLocaleString("en-US")} 个项目，整个进程）${r.inspectMs.toFixed(0)} ms；` +
      `sanpi score --quarter 2023Q3 --json ${r.scoreMs.toFixed(0)} ms；比值 ${r.ratio.toFixed(2)}（目标 ≤ ${INSPECT_TARGET}，${ok}）`,
  );
}

if (require.main === module) {
  benchInspect()
    .then(printInspectBench)
    .catch((e) => {
      console.error(`bench-inspect 失败：${(e as Error)?.message ?? e}`);
      process.exitCode = 1;
    });
}
