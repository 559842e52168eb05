// City-wide goals (正文 一, rules §7): valid rows by 总投资 alone, YTD.
import type { Project } from "../parse/ledger";
import type { Profile } from "../profile/types";
import type { GoalProgress } from "../report";
import type { QuarterContext } from "./quarter";

const eventDay = (p: Project, stage: GoalProgress["stage"]): number | null =>
  stage === "plan" ? p.planDate : stage === "sign" ? p.signDate : stage === "start" ? p.startDay : p.actualCommission;

export function cityGoals(profile: Profile, projects: Project[], c: QuarterContext): GoalProgress[] {
  return profile.cityGoals.map((g) => {
    const rows = projects
      .filter((p) => {
        const d = eventDay(p, g.stage);
        return d !== null && d >= c.yearStart && d <= c.end && p.investment >= g.min && (!g.advancedOnly || p.advanced);
      })
      .map((p) => p.row);
    return { stage: g.stage, label: g.label, labelEn: g.labelEn, min: g.min, goal: g.goal, actual: rows.length, rows };
  });
}
