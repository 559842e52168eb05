// Issue lists as people read them: errors first (those rows are left out of the
// score), then warnings, each kept in sheet and row order; `info` (rows skipped
// as titles, totals or notes; ignored columns) is shown apart (workbook-format §1.1).
import type { Issue } from "./types";

export function errorsFirst(issues: readonly Issue[]): Issue[] {
  return [...issues.filter((i) => i.severity === "error"), ...issues.filter((i) => i.severity === "warning"), ...issues.filter((i) => i.severity === "info")];
}

/** Errors and warnings, and apart from them the `info` issues. */
export function splitInfo(issues: readonly Issue[]): { problems: Issue[]; info: Issue[] } {
  const sorted = errorsFirst(issues);
  return { problems: sorted.filter((i) => i.severity !== "info"), info: sorted.filter((i) => i.severity === "info") };
}

export interface IssueCounts {
  errors: number;
  warnings: number;
  /** Rows skipped as not data (`row.skipped`). */
  skipped: number;
}

export function countIssues(issues: readonly Issue[]): IssueCounts {
  let errors = 0;
  let warnings = 0;
  let skipped = 0;
  for (const i of issues) {
    if (i.severity === "error") errors++;
    else if (i.severity === "warning") warnings++;
    else if (i.code === "row.skipped") skipped++;
  }
  return { errors, warnings, skipped };
}
