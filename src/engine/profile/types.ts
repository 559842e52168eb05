// The shape of a scoring profile: every number the rules use, as data, each
// with the clause it comes from, so a later year's profile changes data only.
import type { GroupId, StageCounts } from "../types";

export interface UnitDef {
  /** Canonical name, as in 附件2 / 附件3 二. */
  name: string;
  /** Groups the unit is ranked in (a department may be in B and C). */
  groups: GroupId[];
  /** Annual targets for groups A and B (附件2). */
  targets?: StageCounts;
  /** Other names clerks type for it (rules §1). */
  aliases?: string[];
}

export interface GroupDef {
  id: GroupId;
  zh: string;
  en: string;
  /** Short names accepted by SANPI.AWARD etc. */
  names: string[];
  clause: string;
  /** Award in 万元 by place (index 0 = 1st place), 附件3 五(一). */
  awards: number[];
  /** The group's units in the order of rules §1 (ties are listed in this order). */
  members: string[];
}

export interface CategoryDef {
  name: string;
  /** Eligibility floor, 万元 (附件3 一). */
  floor: number;
  /** 产业项目: size and planning bonuses apply (附件3 四(一)2(3)). */
  industry: boolean;
  /** 工业项目: the introduction bonus applies (附件4 row 2). */
  industrial: boolean;
  clause: string;
}

export interface Tier {
  /** Inclusive lower bound, 万元. */
  min: number;
  points: number;
}

export interface CityGoal {
  stage: "plan" | "sign" | "start" | "commission";
  /** Lower bound of 总投资, 万元, inclusive. */
  min: number;
  /** Count only signed rows with 先进制造业或战略性新兴产业 = 是. */
  advancedOnly?: boolean;
  goal: number;
  label: string;
  labelEn: string;
}

export interface Profile {
  id: string;
  year: number;
  title: string;
  units: UnitDef[];
  groups: GroupDef[];
  categories: CategoryDef[];
  fundTypes: string[];
  /** Fund types whose start counts as on time within N months of funds (附件3 四(一)1(3)). */
  fundedStartTypes: string[];
  fundedStartMonths: number;
  rules: ProfileRules;
  cityGoals: CityGoal[];
  /** Enterprise evaluation (附件3 四(二)). */
  evaluation: {
    sample: number;
    parts: { key: "attitude" | "efficiency" | "quality"; header: string; max: number }[];
    oneSizeFitsAllPenalty: number;
  };
}

export interface ProfileRules {
  planning: {
    clause: string;
    base: number; // 10 when the target is met
    bonusTiers: Tier[]; // highest first
    bonusCap: number;
    shortfallPenalty: number; // per missing project
    max: number;
  };
  signing: { clause: string; signingPart: number; startPart: number };
  start: { clause: string; full: number; discretionaryMax: number };
  commissioning: { clause: string; full: number; discretionaryMax: number };
  service: {
    clause: string;
    meeting: number;
    element: number;
    /** Allowed 要素保障扣分 values: 0 or min..max. */
    deductionMin: number;
    deductionMax: number;
  };
  bonus: {
    declared: { clause: string; points: number; centralMin: number };
    fundedStart: { clause: string; points: number };
    provincial: { clause: string; points: number };
    size: { clause: string; tiers: Tier[]; advancedExtra: number };
    introduction: { clause: string; big: number; bigMin: number; small: number; cap: number };
    praise: { clause: string; points: number };
  };
  deduction: {
    lateProvincial: { clause: string; points: number };
    businessEnvironment: { clause: string; points: number };
    criticism: { clause: string; points: number };
  };
}
