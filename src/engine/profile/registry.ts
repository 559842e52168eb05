// The parameter registry (profiles.md §3): every number of the method as a
// named parameter with its Chinese and English label, its value form, and the
// rule and clause it comes from. Values live in the profiles (the built-in
// ruzhou-2023.json, a profile file, a workbook's 考评参数); this file only says
// what each parameter is, so one validator checks them all.
//
// The schema parts the ids are made from (categories, funds, evaluation parts,
// goal bands) are in schema.ts, re-exported here.
import { ITEM_PARAMS } from "../score/items";
import { CLAUSE } from "./clauses";
import { bandLabel, CATEGORIES, GOAL_CELLS, goalId, paramSpec, STAGE_NAMES, type ParamDef, type ValueOfForm } from "./schema";

export * from "./schema";

// The parameters with a fixed id, in the order of profiles.md §3: the year, the
// items' own (each declared in its module under score/items), then the awards
// and the monthly inspection's.
const FIXED = {
  year: paramSpec("考评年度", "Assessment year", "year", "§2", CLAUSE.quarterly),
  ...ITEM_PARAMS,
  "awards.towns": paramSpec("奖励·乡镇街道及园区", "Awards · towns, streets and parks", "list", "§6", CLAUSE.awards),
  "awards.departments": paramSpec("奖励·市直承担建设任务单位", "Awards · departments with construction tasks", "list", "§6", CLAUSE.awards),
  "awards.service": paramSpec("奖励·服务保障职能部门", "Awards · service departments", "list", "§6", CLAUSE.awards),
  "inspection.redDays": paramSpec("督查·红色预警天数", "Inspection · days late for a red warning", "positiveWhole", "督查 §3.2", CLAUSE.inspection),
} as const;

export type FixedParamId = keyof typeof FIXED;

/** Every parameter's value, by id (floors and city goals have one id per category or cell). */
export type ParamValues = { [K in FixedParamId]: ValueOfForm<(typeof FIXED)[K]["form"]> } & Record<`floor.${string}` | `cityGoals.${string}`, number>;

// ---- the whole registry ---------------------------------------------------------

function buildRegistry(): ParamDef[] {
  const fixed = Object.entries(FIXED).map(([id, d]): ParamDef => ({ id, ...d }));
  const floors = CATEGORIES.map((c): ParamDef => ({
    id: `floor.${c.name}`,
    zh: `纳入标准·${c.name}`,
    en: `Eligibility floor · ${c.name}`,
    form: "amount",
    rule: "§2",
    clause: c.clause,
  }));
  const goals = GOAL_CELLS.map(({ stage, band }): ParamDef => ({
    id: goalId(stage, band),
    zh: `全市目标·${STAGE_NAMES[stage].zh}·${band === "advanced" ? "先进制造业或战新" : bandLabel(band)}`,
    en: `City goal · ${STAGE_NAMES[stage].en} · ${band === "advanced" ? "advanced or strategic" : bandLabel(band, "en")}`,
    form: "whole",
    rule: "§7",
    clause: CLAUSE.cityGoals,
  }));
  // profiles.md §3 order: the year, the floors, then the rest.
  return [fixed[0], ...floors, ...fixed.slice(1), ...goals];
}

export const PARAMETERS: readonly ParamDef[] = buildRegistry();

const BY_ID = new Map(PARAMETERS.map((p) => [p.id, p]));

export const paramDef = (id: string): ParamDef | undefined => BY_ID.get(id);

/** Ranges that follow from two parameters (profiles.md §3): the first must not exceed the second. */
export const ORDERED_PAIRS: readonly [FixedParamId, FixedParamId][] = [["service.deductionMin", "service.deductionMax"]];
