// The effective profile the engine scores with: the parameter values (registry.ts)
// after every layer of profiles.md §1, where each changed value came from, and
// the views the rules read (categories with their floors, groups with their
// awards, city goals) compiled from those values in one place (compile.ts).
import type { GroupId, StageCounts } from "../types";
import type { CategorySchema, EvaluationKey, ParamValues, Tier } from "./registry";

export type { ParamValues, Tier };

/** Where a value came from, when not from the built-in profile (profiles.md §1). */
export type SourceKind = "file" | "考评参数" | "目标任务";

export interface ValueSource {
  kind: SourceKind;
  /** The profile file's name, or the worksheet row of 考评参数 / 目标任务. */
  file?: string;
  row?: number;
}

export interface UnitDef {
  /** Canonical name, as in 附件2 / 附件3 二. */
  name: string;
  /** Groups the unit is ranked in (a department may be in B and C). */
  groups: GroupId[];
  /** Annual targets for groups A and B (附件2). */
  targets?: StageCounts;
  /** Other names clerks type for it (rules §1). */
  aliases?: string[];
  /** Set when a file or 目标任务 added the unit. */
  addedBy?: ValueSource;
  /** Set when a file or 目标任务 changed its targets. */
  targetsFrom?: ValueSource;
}

export interface GroupDef {
  id: GroupId;
  zh: string;
  en: string;
  /** Short names accepted by SANPI.AWARD, 目标任务's 组别 etc. */
  names: string[];
  clause: string;
  /** Award in 万元 by place (index 0 = 1st place), from `awards.<group>`. */
  awards: number[];
  /** The group's units in the order of rules §1 (ties are listed in this order); added units last. */
  members: string[];
}

export interface CategoryDef extends CategorySchema {
  /** Eligibility floor, 万元, from `floor.<name>` (附件3 一). */
  floor: number;
}

export interface CityGoal {
  /** Parameter id, e.g. cityGoals.plan.5000. */
  id: string;
  stage: "plan" | "sign" | "start" | "commission";
  /** Lower bound of 总投资, 万元, inclusive. */
  min: number;
  /** Count only signed rows with 先进制造业或战略性新兴产业 = 是. */
  advancedOnly?: boolean;
  goal: number;
  label: string;
  labelEn: string;
}

export interface EvaluationPart {
  key: EvaluationKey;
  header: string;
  max: number;
}

export interface Profile {
  /** The base profile's id (`ruzhou-2023`); reports name it. */
  id: string;
  title: string;
  /** The assessment year (`year`). */
  year: number;
  /** The base profile's own year. */
  baseYear: number;
  /** Whether a file or 考评参数 fixed the year (then a period of another year is refused). */
  yearFixed: boolean;
  /** Every parameter's value. */
  values: ParamValues;
  /** Where each value that a layer set came from, by parameter id. */
  sources: Record<string, ValueSource>;
  /** The clause each value comes from where its data names one (every built-in value; profiles.md §4), by parameter id. */
  clauses: Record<string, string>;
  /** The profile file applied, if any (its id and file name). */
  file: { id: string | null; name: string } | null;
  units: UnitDef[];
  /** Units a profile file removed (their rows become unit.unknown). */
  removed: { name: string; source: ValueSource }[];
  groups: GroupDef[];
  categories: CategoryDef[];
  fundTypes: string[];
  cityGoals: CityGoal[];
  evaluation: { parts: EvaluationPart[] };
}
