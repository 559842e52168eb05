// The month's ranking (cycle.md §3.1): groups A and B scored by the one scorer
// (score/report.ts) over the quarter holding the month, as of the month's last
// day with targets × m/12 (score/context.ts monthEndContext). In months 3, 6,
// 9 and 12 that context is the quarter's own, so the ranking is the quarter's.
import type { ProfileChange } from "../profile/resolve";
import { profileChanges } from "../profile/resolve";
import type { GroupResult } from "../report";
import { scoreQuarterAsOf, yearIssues } from "../score/report";
import type { Issue } from "../types";
import type { ParsedWorkbook } from "../workbook";
import type { Month } from "./month";

export interface MonthScores {
  profile: string;
  changes: ProfileChange[];
  groups: GroupResult[];
  /** The workbook's issues, the year's, and the 考核录入 warnings of the quarter. */
  issues: Issue[];
}

export function monthScores(parsed: ParsedWorkbook, month: Month): MonthScores {
  const quarter = Math.ceil(month.month / 3) as 1 | 2 | 3 | 4;
  const { groups, issues } = scoreQuarterAsOf(parsed, month.year, month.month);
  return {
    profile: parsed.profile.id,
    changes: profileChanges(parsed.profile),
    groups,
    issues: [...parsed.issues, ...yearIssues(parsed, { year: month.year, kind: "quarter", quarter }), ...issues],
  };
}
