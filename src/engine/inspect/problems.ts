// 问题台账 (cycle.md §3.5, 正文 二(二)2): the optional sheet of problems the
// office follows up, one per row. As of the month's end a problem past its
// 办结时限 and not 办结 by then is overdue, and its unit is notified.
import type { Profile } from "../profile/types";
import type { Issue, SheetInput, SheetValues } from "../types";
import { parseDate, parseText } from "../parse/cells";
import { namesGroupOrUnit, type SheetWhere } from "../parse/sheet";
import { IssueSink, readTable, RowReader, specsByKey, type ColumnSpec, type TableSpec } from "../parse/table";
import { resolveUnit, suggestionParams, suggestUnits } from "../parse/units";

export const PROBLEMS_SHEET = "问题台账";

type ProblemKey = "problem" | "project" | "unit" | "raised" | "deadline" | "closed" | "note";

export const PROBLEM_COLUMNS: ColumnSpec<ProblemKey>[] = [
  { key: "problem", header: "问题", aliases: ["存在问题", "问题描述", "问题内容"], required: true },
  { key: "project", header: "项目名称" },
  { key: "unit", header: "责任单位", aliases: ["单位"], required: true },
  { key: "raised", header: "提出日期" },
  { key: "deadline", header: "办结时限", aliases: ["办结期限"] },
  { key: "closed", header: "办结日期" },
  { key: "note", header: "备注" },
];
const SPECS = specsByKey(PROBLEM_COLUMNS);

function problemsTable(profile: Profile): TableSpec<ProblemKey> {
  return {
    columns: PROBLEM_COLUMNS,
    sectionKeys: ["unit"],
    dataKeys: ["problem", "unit"],
    labelKey: "problem",
    markers: ["问题", "存在问题", "问题描述", "问题内容", "责任单位"],
    scoringKeys: ["deadline", "closed"],
    notFoundConsequence: { zh: "（无法判断问题是否逾期）", en: " (no problem can be overdue)" },
    namesGroupOrUnit: namesGroupOrUnit(profile),
  };
}

export interface Problem {
  row: number;
  problem: string;
  project: string | null;
  unit: string;
  raised: number | null;
  deadline: number | null;
  closed: number | null;
}

export interface ProblemsResult {
  found: boolean;
  /** The sheet's name as the workbook spells it. */
  sheet: string;
  problems: Problem[];
  issues: Issue[];
}

/** Reads 问题台账; an absent sheet is no problem (the sheet is optional). Bad rows are errors on their cells. */
export function readProblems(input: SheetValues | SheetInput | undefined, profile: Profile, where: SheetWhere = {}): ProblemsResult {
  const sheet = where.name ?? PROBLEMS_SHEET;
  const sink = new IssueSink(sheet);
  const problems: Problem[] = [];
  if (!input) return { found: false, sheet, problems, issues: [] };
  const table = readTable(input, problemsTable(profile), sink);
  if (!table) return { found: true, sheet, problems, issues: sink.issues };
  for (const dataRow of table.rows) {
    const reader = new RowReader(sink, dataRow, table, SPECS);
    reader.required("problem", { zh: "问题的简要描述", en: "a short description of the problem" });
    const unitText = reader.get("unit", parseText, "");
    const unit = unitText ? resolveUnit(profile, unitText) : null;
    if (!unitText) reader.required("unit", { zh: "责任单位（乡镇街道、园区或市直单位）", en: "the responsible unit" });
    else if (!unit) reader.error("unit", "unit.unknown", "unit.unknown", { value: unitText, ...suggestionParams(suggestUnits(profile, unitText)) });
    const problem = reader.get("problem", parseText, "");
    const project = reader.get("project", parseText, "");
    const raised = reader.get("raised", parseDate, null);
    const deadline = reader.get("deadline", parseDate, null);
    const closed = reader.get("closed", parseDate, null);
    if (reader.errors > 0 || !unit) continue;
    problems.push({ row: reader.rowNumber, problem, project: project || null, unit: unit.name, raised, deadline, closed });
  }
  return { found: true, sheet, problems, issues: sink.issues };
}

export interface OverdueProblem extends Problem {
  daysLate: number;
}

/** Past its 办结时限 (the day after it or later) and not 办结 on or before `asOf`. */
export function overdueProblems(problems: readonly Problem[], asOf: number): OverdueProblem[] {
  return problems.filter((p) => p.deadline !== null && p.deadline < asOf && !(p.closed !== null && p.closed <= asOf)).map((p) => ({ ...p, daysLate: asOf - p.deadline! }));
}
