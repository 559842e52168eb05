// Part of `npm run bench`: reading a clerk's print layout (workbook-format §1.1:
// header band, sections, subtotals, merged unit cells, notes) against the flat
// template holding the same projects, in memory as a host hands them over.
// Target: the clerk layout costs at most 1.2× the flat ledger. Fastest of
// interleaved runs, one run of the machine.
import { performance } from "perf_hooks";
import { readWorkbook } from "../../src/engine";
import { toClerkLayout } from "../../test/support/clerk-layout";
import { generateBook, toSheetInputs } from "../../test/support/ledger-generator";

export const LAYOUT_TARGET = 1.2;

export interface LayoutBench {
  projects: number;
  flatRows: number;
  clerkRows: number;
  flatMs: number;
  clerkMs: number;
  ratio: number;
}

export function benchLayout(projects = 10_000, reps = 9): LayoutBench {
  const flat = toSheetInputs(generateBook({ projects, seed: 2023 }))["项目台账"];
  const clerk = toClerkLayout(flat.values, {
    seed: 7,
    band: true,
    sections: "unit",
    mergeUnits: true,
    subtotals: true,
    notes: true,
    secondTable: true,
    mergesKnown: true,
  }).input;
  const read = (sheet: typeof flat) => () => readWorkbook({ 项目台账: sheet });
  const runs = { flat: [] as number[], clerk: [] as number[] };
  read(flat)();
  read(clerk)();
  for (let i = 0; i < reps; i++) {
    for (const [k, sheet] of [
      ["flat", flat],
      ["clerk", clerk],
    ] as const) {
      const t = performance.now();
      read(sheet)();
      runs[k].push(performance.now() - t);
    }
  }
  const flatMs = Math.min(...runs.flat);
  const clerkMs = Math.min(...runs.clerk);
  return { projects, flatRows: flat.values.length, clerkRows: clerk.values.length, flatMs, clerkMs, ratio: clerkMs / flatMs };
}

export function printLayoutBench(r: LayoutBench): void {
  const ok = r.ratio <= LAYOUT_TARGET ? "达标" : "未达标";
  console.log(`\n清单式台账（§1.1：两行表头、分组、小计、合并单元格、表尾说明），${r.projects.toLocaleString("en-US")} 个项目：`);
  console.log(
    `  平铺 ${r.flatRows.toLocaleString("en-US")} 行 ${r.flatMs.toFixed(0)} ms，清单式 ${r.clerkRows.toLocaleString("en-US")} 行 ${r.clerkMs.toFixed(0)} ms，比值 ${r.ratio.toFixed(2)}（目标 ≤ ${LAYOUT_TARGET}，${ok}）`,
  );
}
