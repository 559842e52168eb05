// Writing what `merge` produced (cycle.md §1 "Never lost, never overwritten"),
// through the package writer: `--out` alone is a new workbook with the flat
// 项目台账 and the 汇总说明; with `--into` it is the master's package with its
// 项目台账 worksheet patched (changed cells set, added rows under its last row,
// its layout kept), the 汇总说明 placed by the generated-sheet rules, every
// other part byte for byte. writeOutput refuses an input or an existing file
// without --force and never leaves half a file.
import { promises as fs } from "fs";
import type { Lang } from "../engine";
import { describeMerge, mergedLedgerSpec, type MergeResult } from "../engine/merge";
import { writeGenerated } from "../xlsx/write/place";
import { patchedLedger } from "../xlsx/patch-cells";
import { writeOutput } from "./write-output";

export interface MergeOutput {
  out: string;
  /** --out as typed, for messages. */
  shown: string;
  into: string | null;
  force: boolean;
  inputs: string[];
  lang: Lang;
}

/** The bytes of the updated master: its ledger patched, the 汇总说明 added (or an earlier one replaced). */
export const updatedMaster = (original: Uint8Array, result: MergeResult, lang: Lang): Uint8Array =>
  writeGenerated(original, [describeMerge(result, lang)], patchedLedger(original, result.patch!)).bytes;

export async function writeMergeOutput(result: MergeResult, o: MergeOutput): Promise<void> {
  const bytes = o.into !== null ? updatedMaster(new Uint8Array(await fs.readFile(o.into)), result, o.lang) : writeGenerated(null, [mergedLedgerSpec(result), describeMerge(result, o.lang)]).bytes;
  await writeOutput(o.out, bytes, { force: o.force, inputs: o.inputs, lang: o.lang, shown: o.shown });
}
