// Reporting periods: a quarter (2023Q2) or the year through a quarter (2023, 2023Q1-Q3).
import type { Profile } from "./profile/types";
import type { Period } from "./types";
import { foldWidth, parseQuarter } from "./parse/cells";

const CN_Q = ["", "第一季度", "第二季度", "第三季度", "第四季度"];

/**
 * Parse a period: `2023Q1`, `2023-Q1`, `Q1`, `1`, `2023年第一季度` (a quarter);
 * `2023` or `2023年` (the year); `2023Q1-Q3` (the year so far, partial).
 */
export function parsePeriod(text: string | number, profile: Profile): Period | null {
  const s = foldWidth(String(text)).replace(/\s+/g, "").toUpperCase();
  if (!s) return null;
  const year = /^(\d{4})年?(?:度|全年)?$/.exec(s);
  if (year) return { year: Number(year[1]), kind: "year", quarter: 4 };
  const partial = /^(\d{4})(?:年|-)?Q1[-–~至到]Q?([1-4])$/.exec(s);
  if (partial) return { year: Number(partial[1]), kind: "year", quarter: Number(partial[2]) as Period["quarter"] };
  const q = parseQuarter(typeof text === "number" ? text : s, profile.year);
  if (q.ok) return { year: q.value.year, kind: "quarter", quarter: q.value.quarter };
  return null;
}

/** `2023Q2`, `2023`, or `2023Q1-Q3`. */
export function periodId(p: Period): string {
  if (p.kind === "quarter") return `${p.year}Q${p.quarter}`;
  return p.quarter === 4 ? `${p.year}` : `${p.year}Q1-Q${p.quarter}`;
}

export function periodLabel(p: Period): { zh: string; en: string } {
  if (p.kind === "quarter") return { zh: `${p.year}年${CN_Q[p.quarter]}`, en: `${p.year} Q${p.quarter}` };
  if (p.quarter === 4) return { zh: `${p.year}年度`, en: `${p.year} (full year)` };
  return { zh: `${p.year}年 Q1–Q${p.quarter}（部分）`, en: `${p.year} Q1–Q${p.quarter} (partial)` };
}

/** The last quarter that has ended on `today` within the profile year (the task pane's default). */
export function lastFinishedQuarter(profile: Profile, today: Date): Period {
  const y = today.getFullYear();
  if (y > profile.year) return { year: profile.year, kind: "quarter", quarter: 4 };
  if (y < profile.year) return { year: profile.year, kind: "quarter", quarter: 1 };
  const q = Math.floor(today.getMonth() / 3); // quarters fully finished
  return { year: profile.year, kind: "quarter", quarter: Math.max(1, q) as Period["quarter"] };
}
