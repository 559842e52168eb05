// The result of scoring a period: what every host shows or writes.
import type { ProfileChange } from "./profile/resolve";
import type { GroupId, Issue, Period, Stage } from "./types";

/** One traced reason for points: the rule, its clause, and the ledger rows behind it. */
export interface ExplanationLine {
  item: ScoreItem;
  /** Points this line adds (negative for a deduction). */
  points: number;
  /** The clause in Chinese (附件4 第2行) and in English (附件4 row 2). */
  clause: string;
  clauseEn: string;
  /** Chinese text, e.g. "谋划 3 个 ≥ 目标 3：基础 10 分". */
  text: string;
  textEn: string;
  /** 1-based worksheet rows of 项目台账 (or of 考核录入/企业评议 for inputs) behind it. */
  rows: number[];
  /** Sheet the rows are on (项目台账 by default). */
  sheet?: string;
  /** For annual reports: the quarter this line belongs to. */
  quarter?: number;
}

export type ScoreItem = "planning" | "signing" | "start" | "commissioning" | "service" | "bonus" | "deduction" | "evaluation";

export interface StageProgress {
  stage: Stage;
  /** Eligible projects with that event in the year up to the period's end. */
  actual: number;
  /** Cumulative target for the period (rules §3). */
  target: number;
  annualTarget: number;
}

/** The five base items, bonus, deduction and total of groups A and B (rules §4). */
export interface ScoreItems {
  planning: number;
  signing: number;
  start: number;
  commissioning: number;
  service: number;
  bonus: number;
  deduction: number;
  total: number;
}

/** A unit of group A or B, full precision inside. */
export interface ProjectUnitScore extends ScoreItems {
  kind: "project";
  unit: string;
  group: "towns" | "departments";
  rank: number;
  award: number | null;
  awardEligible: boolean;
  explanation: ExplanationLine[];
  progress: StageProgress[];
}

/** A unit of group C. */
export interface ServiceUnitScore {
  kind: "service";
  unit: string;
  group: "service";
  total: number;
  evaluations: number;
  rank: number;
  award: number | null;
  awardEligible: boolean;
  explanation: ExplanationLine[];
}

export type UnitScore = ProjectUnitScore | ServiceUnitScore;

export interface GroupResult {
  id: GroupId;
  zh: string;
  en: string;
  rows: UnitScore[];
}

export interface GoalProgress {
  stage: Stage;
  label: string;
  labelEn: string;
  min: number;
  goal: number;
  actual: number;
  /** Rows of 项目台账 counted. */
  rows: number[];
}

export interface Report {
  /** The base profile's id (`ruzhou-2023`). */
  profile: string;
  /** The assessment year: the period's. */
  year: number;
  /** What differs from the built-in profile, with where it came from (profiles.md §1). */
  changes: ProfileChange[];
  period: Period;
  /** Period as the JSON and file names show it: 2023Q1, 2023. */
  periodId: string;
  /** Human label: "2023年第一季度", "2023年度", "2023年 Q1–Q3（部分）". */
  label: string;
  labelEn: string;
  groups: GroupResult[];
  cityGoals: GoalProgress[];
  issues: Issue[];
  /** `skipped`: rows read as titles, totals or notes (info `row.skipped`, workbook-format §1.1). */
  stats: { rowsRead: number; projects: number; errors: number; warnings: number; skipped: number };
}
