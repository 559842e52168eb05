// Small hand-made Reports for layout tests: ties, awards, an ineligible unit, negative totals.
import type { ExplanationLine, ProjectUnitScore, Report, ServiceUnitScore } from "../../src/engine/report";
import type { Period } from "../../src/engine/types";

const line = (item: ExplanationLine["item"], points: number, rows: number[], quarter?: number): ExplanationLine => ({
  item,
  points,
  clause: "附件3 四(一)1(1)",
  clauseEn: "附件3 四(一)1(1)",
  text: `说明 ${item} ${points}`,
  textEn: `why ${item} ${points}`,
  rows,
  ...(quarter ? { quarter } : {}),
});

export function projectRow(unit: string, total: number, rank: number, award: number | null, awardEligible = true): ProjectUnitScore {
  return {
    kind: "project",
    unit,
    group: "towns",
    planning: 10.004,
    signing: 20 / 3,
    start: 0,
    commissioning: 0,
    service: 10,
    bonus: total - 10.004 - 20 / 3 - 10,
    deduction: 0,
    total,
    rank,
    award,
    awardEligible,
    explanation: [line("planning", 10.004, [3, 5, 7], 1), line("deduction", -2, [9], 1)],
    progress: [],
  };
}

export function serviceRow(unit: string, total: number, rank: number, award: number | null): ServiceUnitScore {
  return { kind: "service", unit, group: "service", total, evaluations: 30, rank, award, awardEligible: true, explanation: [] };
}

export function fakeReport(period: Period): Report {
  const year = period.kind === "year";
  const a = (n: number) => (year ? n : null);
  const id = year ? "2023" : `2023Q${period.quarter}`;
  return {
    profile: "ruzhou-2023",
    year: 2023,
    changes: [],
    period,
    periodId: id,
    label: year ? "2023年度" : "2023年第一季度",
    labelEn: year ? "2023 (full year)" : "2023 Q1",
    groups: [
      {
        id: "towns",
        zh: "乡镇街道及园区",
        en: "Towns, streets and parks",
        rows: [
          projectRow("临汝镇", 111.005, 1, a(25)),
          projectRow("温泉镇", 111.0049, 1, a(25)),
          projectRow("经开区管委会", 90, 3, a(0), false),
          projectRow("小屯镇", -3.5, 4, a(20)),
        ],
      },
      { id: "departments", zh: "市直承担项目建设任务单位", en: "City departments with construction tasks", rows: [] },
      { id: "service", zh: "服务保障职能部门", en: "Service departments", rows: [serviceRow("发改委", 93.456, 1, a(10))] },
    ],
    cityGoals: [
      { stage: "plan", label: "谋划储备 5000万元以上", labelEn: "Planned ≥ 50M", min: 5000, goal: 200, actual: 50, rows: [3] },
      { stage: "sign", label: "新签约 10亿元以上", labelEn: "Signed ≥ 1B", min: 100000, goal: 20, actual: 25, rows: [4] },
    ],
    issues: [],
    stats: { rowsRead: 10, projects: 9, errors: 0, warnings: 0, skipped: 0 },
  };
}
