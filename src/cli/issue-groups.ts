// `sanpi check` on a flood of one mistake (5,000 copies of a row): the first few
// rows of each kind of issue, then one line "另有 N 行同样问题" (issue 11 item 8).
// `--all` lists every one; `score --json` always keeps every issue.
import type { Issue } from "../engine";

/** Rows of one kind shown before the rest are counted. */
export const SHOWN_PER_KIND = 3;

export type ListedIssue = { issue: Issue } | { more: number; like: Issue };

/** One kind of issue: the same code, severity, sheet and column. */
const kindOf = (i: Issue): string => JSON.stringify([i.severity, i.sheet, i.code, i.column]);

/**
 * `issues` in their order, keeping the first `keep` of each kind; where a kind
 * has at least two more, one `more` entry follows its last shown issue (a
 * single extra row is shown: "另有 1 行" would take a line too).
 */
export function groupRepeats(issues: readonly Issue[], keep = SHOWN_PER_KIND): ListedIssue[] {
  const total = new Map<string, number>();
  for (const i of issues) total.set(kindOf(i), (total.get(kindOf(i)) ?? 0) + 1);
  const seen = new Map<string, number>();
  const out: ListedIssue[] = [];
  for (const issue of issues) {
    const kind = kindOf(issue);
    const n = (seen.get(kind) ?? 0) + 1;
    seen.set(kind, n);
    const folded = total.get(kind)! > keep + 1;
    if (folded && n > keep) continue;
    out.push({ issue });
    if (folded && n === keep) out.push({ more: total.get(kind)! - keep, like: issue });
  }
  return out;
}
