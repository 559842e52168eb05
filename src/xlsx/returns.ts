// One return (cycle.md §1) from its bytes: the sheets as the readers take
// them, or the verdict of refusal.ts in both languages. The CLI (files on
// disk) and the pane and page (files picked in the browser: they never leave
// the machine) read returns the same way.
import type { ReturnInput } from "../engine/merge";
import { readBookValues } from "./book";
import { refusalOfBytes, refusalOfError, refusalText, type Refusal } from "./refusal";

const refused = (file: string, r: Refusal): ReturnInput => ({ file, error: { zh: refusalText(r, file, "zh"), en: refusalText(r, file, "en") } });

/** Never throws: a file that is not a readable .xlsx is a return with its reason. */
export async function readReturn(file: string, bytes: Uint8Array): Promise<ReturnInput> {
  const early = refusalOfBytes(bytes);
  if (early) return refused(file, early);
  try {
    const { values, sheetNames } = await readBookValues(bytes);
    return { file, book: values, sheetNames };
  } catch (e) {
    return refused(file, refusalOfError(e));
  }
}
