// City-wide goals (正文 一, rules §7): valid rows by 总投资 alone, YTD.
import type { Project } from "../parse/ledger";
import type { Profile } from "../profile/types";
import type { GoalProgress } from "../report";
import type { PeriodContext } from "./context";

const eventDay = (project: Project, stage: GoalProgress["stage"]): number | null =>
  stage === "plan" ? project.planDate : stage === "sign" ? project.signDate : stage === "start" ? project.startDay : project.actualCommission;

export function cityGoals(profile: Profile, projects: Project[], context: PeriodContext): GoalProgress[] {
  const goals = profile.cityGoals;
  const rows: number[][] = goals.map(() => []);
  // One pass over the ledger for all goals.
  for (const project of projects) {
    for (let i = 0; i < goals.length; i++) {
      const goal = goals[i];
      if (project.investment < goal.min || (goal.advancedOnly && !project.advanced)) continue;
      const day = eventDay(project, goal.stage);
      if (day !== null && day >= context.yearStart && day <= context.last) rows[i].push(project.row);
    }
  }
  return goals.map((g, i) => ({ stage: g.stage, label: g.label, labelEn: g.labelEn, min: g.min, goal: g.goal, actual: rows[i].length, rows: rows[i] }));
}
