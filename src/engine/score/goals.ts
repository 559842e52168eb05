// City-wide goals (正文 一, rules §7): valid rows by 总投资 alone, YTD.
import type { Project } from "../parse/ledger";
import type { Profile } from "../profile/types";
import type { GoalProgress } from "../report";
import type { PeriodContext } from "./context";

const eventDay = (p: Project, stage: GoalProgress["stage"]): number | null => (stage === "plan" ? p.planDate : stage === "sign" ? p.signDate : stage === "start" ? p.startDay : p.actualCommission);

export function cityGoals(profile: Profile, projects: Project[], c: PeriodContext): GoalProgress[] {
  const goals = profile.cityGoals;
  const rows: number[][] = goals.map(() => []);
  // One pass over the ledger for all goals.
  for (const p of projects) {
    for (let i = 0; i < goals.length; i++) {
      const g = goals[i];
      if (p.investment < g.min || (g.advancedOnly && !p.advanced)) continue;
      const d = eventDay(p, g.stage);
      if (d !== null && d >= c.yearStart && d <= c.last) rows[i].push(p.row);
    }
  }
  return goals.map((g, i) => ({ stage: g.stage, label: g.label, labelEn: g.labelEn, min: g.min, goal: g.goal, actual: rows[i].length, rows: rows[i] }));
}
