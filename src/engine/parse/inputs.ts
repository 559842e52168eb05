// 考核录入: one row per unit and quarter (workbook-format §1, rules §4.5–4.7, §5).
import { phraseOf, type MessageCode } from "../messages";
import { yearProblem } from "../period";
import { CLAUSE, clauseText } from "../profile/clauses";
import type { Profile } from "../profile/types";
import type { Issue, SheetInput, SheetValues } from "../types";
import { parseBool, parseNumber, parseQuarter, parseText, type Parsed } from "./cells";
import { missingSheet, namesGroupOrUnit, type SheetWhere } from "./sheet";
import { IssueSink, readTable, RowReader, specsByKey, type ColumnSpec, type TableSpec } from "./table";
import { resolveUnit, suggestionParams, suggestUnits } from "./units";

export const INPUTS_SHEET = "考核录入";

export type InputKey =
  | "quarter" | "unit" | "meeting" | "elementDeduction" | "startDiscretion" | "commissionDiscretion"
  | "praise" | "criticism" | "businessEnvironment" | "oneSizeFitsAll";

export const INPUT_COLUMNS: ColumnSpec<InputKey>[] = [
  { key: "quarter", header: "季度", required: true },
  { key: "unit", header: "单位", aliases: ["被考核单位", "责任单位"], required: true },
  { key: "meeting", header: "现场办公会" },
  { key: "elementDeduction", header: "要素保障扣分" },
  { key: "startDiscretion", header: "开工酌情分" },
  { key: "commissionDiscretion", header: "投产酌情分" },
  { key: "praise", header: "表扬次数" },
  { key: "criticism", header: "通报约谈次数" },
  { key: "businessEnvironment", header: "营商环境次数" },
  { key: "oneSizeFitsAll", header: "环保一刀切" },
];
const SPECS = specsByKey(INPUT_COLUMNS);

function inputsTable(profile: Profile): TableSpec<InputKey> {
  return {
    columns: INPUT_COLUMNS,
    sectionKeys: ["quarter", "unit"],
    dataKeys: ["quarter", "unit"],
    labelKey: "unit",
    scoringKeys: INPUT_COLUMNS.filter((c) => !c.required).map((c) => c.key),
    notFoundConsequence: { zh: "（现场办公会按 否、其余按 0）", en: " (site meetings as 否, the rest as 0)" },
    namesGroupOrUnit: namesGroupOrUnit(profile),
  };
}

export interface UnitInputs {
  row: number;
  /** null when the cell was blank (a warning; scores as 否). */
  meeting: boolean | null;
  /** null when the cell was blank (a warning; scores as 0). */
  elementDeduction: number | null;
  startDiscretion: number;
  commissionDiscretion: number;
  praise: number;
  criticism: number;
  businessEnvironment: number;
  oneSizeFitsAll: boolean;
}

export interface InputsResult {
  found: boolean;
  /** Key `${unit}|${quarter}`. */
  byUnitQuarter: Map<string, UnitInputs>;
  issues: Issue[];
}

/** Inputs of a unit in one quarter of one year. */
export const inputsKey = (unit: string, year: number, quarter: number): string => `${unit}|${year}|${quarter}`;

const rangeParams = (key: MessageCode, params: Record<string, string | number> = {}) => ({
  range: phraseOf(key, params),
  rangeEn: phraseOf(key, params),
});

const count = (v: Parameters<typeof parseNumber>[0]): Parsed<number> => {
  const r = parseNumber(v);
  if (!r.ok) return r as Parsed<number>;
  const n = r.value ?? 0;
  if (!Number.isInteger(n) || n < 0) return { ok: false, code: "number.invalid", key: "number.invalid", params: { value: n, ...rangeParams("range.count") } };
  return { ok: true, value: n };
};

/** 开工/投产酌情分: any number (clamped when scored, rules §4.3); the message names the profile's maximum. */
const discretion = (max: number) => (v: Parameters<typeof parseNumber>[0]): Parsed<number> => {
  const r = parseNumber(v);
  if (!r.ok) return { ...r, params: { ...r.params, ...rangeParams("range.discretionary", { max }) } } as Parsed<number>;
  return { ok: true, value: r.value ?? 0 };
};

export function readInputs(input: SheetValues | SheetInput | undefined, profile: Profile, where: SheetWhere = {}): InputsResult {
  const sink = new IssueSink(where.name ?? INPUTS_SHEET);
  const byUnitQuarter = new Map<string, UnitInputs>();
  if (!input) {
    missingSheet(sink, INPUTS_SHEET, where, "warning", {
      zh: "服务保障按 否 / 扣0分 计，酌情分、表扬、通报约谈、营商环境均按0计",
      en: "service scores as 否 / deduction 0; discretionary points, praise and deductions as 0",
    });
    return { found: false, byUnitQuarter, issues: sink.issues };
  }
  const table = readTable(input, inputsTable(profile), sink);
  if (!table) return { found: true, byUnitQuarter, issues: sink.issues };
  for (const dataRow of table.rows) {
    const r = new RowReader(sink, dataRow, table, SPECS);
    const rowNumber = r.rowNumber;
    const q = r.get("quarter", (v) => parseQuarter(v, profile.year), null);
    const unitText = r.get("unit", parseText, "");
    const unit = unitText ? resolveUnit(profile, unitText) : null;
    if (!unitText) r.required("unit", "单位名称", "the unit name");
    else if (!unit) {
      r.error("unit", "unit.unknown", "unit.unknown", { value: unitText, ...suggestionParams(suggestUnits(profile, unitText)) });
    }
    const blankMeeting = r.has("meeting") ? parseText(r.raw("meeting")) : { ok: true as const, value: "" };
    const meeting = r.get("meeting", parseBool, false);
    const d = r.get("elementDeduction", parseNumber, null);
    const v = profile.values;
    if (d !== null && !(d === 0 || (d >= v["service.deductionMin"] && d <= v["service.deductionMax"]))) {
      r.error("elementDeduction", "number.invalid", "number.invalid", {
        value: d,
        ...rangeParams("range.elementDeduction", { min: v["service.deductionMin"], max: v["service.deductionMax"], clause: CLAUSE.service, clauseEn: clauseText(CLAUSE.service, "en") }),
      });
    }
    const row: UnitInputs = {
      row: rowNumber,
      meeting: blankMeeting.ok && blankMeeting.value === "" ? null : meeting,
      elementDeduction: d,
      startDiscretion: r.get("startDiscretion", discretion(v["start.discretionaryMax"]), 0),
      commissionDiscretion: r.get("commissionDiscretion", discretion(v["commissioning.discretionaryMax"]), 0),
      praise: r.get("praise", count, 0),
      criticism: r.get("criticism", count, 0),
      businessEnvironment: r.get("businessEnvironment", count, 0),
      oneSizeFitsAll: r.get("oneSizeFitsAll", parseBool, false),
    };
    if (r.errors > 0 || !q || !unit) continue;
    const yearIssue = yearProblem(profile, q.year);
    if (yearIssue) {
      r.report("warning", "quarter", "quarter.invalid", yearIssue.code, { value: `${q.year}Q${q.quarter}`, ...yearIssue.params });
      continue;
    }
    const key = inputsKey(unit.name, q.year, q.quarter);
    const first = byUnitQuarter.get(key);
    if (first) {
      r.error("unit", "row.duplicate", "input.duplicate", { unit: unit.name, period: `${q.year}Q${q.quarter}`, other: first.row });
      continue;
    }
    byUnitQuarter.set(key, row);
  }
  return { found: true, byUnitQuarter, issues: sink.issues };
}
