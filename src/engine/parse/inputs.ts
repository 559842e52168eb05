// 考核录入: one row per unit and quarter (workbook-format §1, rules §4.5–4.7, §5).
import { phraseOf, type MessageCode, type MessageParams } from "../messages";
import { yearProblem } from "../period";
import { SHEET_NAMES } from "../sheet-names";
import { clauseText } from "../profile/clauses";
import type { FixedParamId } from "../profile/registry";
import { ITEM_INPUT_COLUMNS, type ITEMS, type ItemInputKey } from "../score/items";
import type { Profile } from "../profile/types";
import type { Issue, Lang, SheetInput, SheetValues } from "../types";
import { parseBool, parseNumber, parseQuarter, parseText, type Parsed } from "./cells";
import { missingSheet, namesGroupOrUnit, type SheetWhere } from "./sheet";
import { IssueSink, readTable, RowReader, specsByKey, type ColumnSpec, type TableSpec } from "./table";
import { resolveUnit, suggestionParams, suggestUnits } from "./units";

export const INPUTS_SHEET = SHEET_NAMES.inputs;

/** 季度 and 单位, then the columns the score items read (score/items), in the order of workbook-format §1. */
export const INPUT_COLUMNS: ColumnSpec<InputKey>[] = [
  { key: "quarter", header: "季度", required: true },
  { key: "unit", header: "单位", aliases: ["被考核单位", "责任单位"], required: true },
  ...ITEM_INPUT_COLUMNS.map((c): ColumnSpec<InputKey> => ({ key: c.key, header: c.header })),
];
export type InputKey = "quarter" | "unit" | ItemInputKey;
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

type ItemColumn = (typeof ITEMS)[number]["inputs"][number];
/** What a cell of each kind holds once read: blank 是/否 that warns is null, so is a blank 要素保障扣分. */
type CellOf<C> = C extends { kind: "yesNo"; blankWarns: true } ? boolean | null : C extends { kind: "yesNo" } ? boolean : C extends { kind: "elementDeduction" } ? number | null : number;

/** A unit's row of 考核录入 for one quarter: the worksheet row and each item column's value. */
export type UnitInputs = { row: number } & { [C in ItemColumn as C["key"]]: CellOf<C["cell"]> };

export interface InputsResult {
  found: boolean;
  /** Key `${unit}|${quarter}`. */
  byUnitQuarter: Map<string, UnitInputs>;
  issues: Issue[];
}

/** Inputs of a unit in one quarter of one year. */
export const inputsKey = (unit: string, year: number, quarter: number): string => `${unit}|${year}|${quarter}`;

const rangeParams = (key: MessageCode, params: MessageParams = {}) => ({ range: phraseOf(key, params) });

const count = (v: Parameters<typeof parseNumber>[0]): Parsed<number> => {
  const parsed = parseNumber(v);
  if (!parsed.ok) return parsed as Parsed<number>;
  const n = parsed.value ?? 0;
  if (!Number.isInteger(n) || n < 0) return { ok: false, code: "number.invalid", key: "number.invalid", params: { value: n, ...rangeParams("range.count") } };
  return { ok: true, value: n };
};

/** 开工/投产酌情分: any number (clamped when scored, rules §4.3); the message names the profile's maximum. */
const discretion =
  (max: number) =>
  (v: Parameters<typeof parseNumber>[0]): Parsed<number> => {
    const parsed = parseNumber(v);
    if (!parsed.ok) return { ...parsed, params: { ...parsed.params, ...rangeParams("range.discretionary", { max }) } } as Parsed<number>;
    return { ok: true, value: parsed.value ?? 0 };
  };

type Reader = RowReader<InputKey>;

/** A 是/否 cell; when a blank warns, blank is null (scored as 否 with a warning). */
function readYesNo(reader: Reader, key: InputKey, blankWarns: boolean): boolean | null {
  const text = reader.has(key) ? parseText(reader.raw(key)) : null;
  const blank = blankWarns && (text === null || (text.ok && text.value === ""));
  const value = reader.get(key, parseBool, false);
  return blank ? null : value;
}

/** 要素保障扣分: 0, or between the two bounds (profiles.md §3); blank is null. */
function readElementDeduction(reader: Reader, key: InputKey, profile: Profile, min: number, max: number, clause: string): number | null {
  const d = reader.get(key, parseNumber, null);
  if (d !== null && !(d === 0 || (d >= min && d <= max))) {
    reader.error(key, "number.invalid", "number.invalid", { value: d, ...rangeParams("range.elementDeduction", { min, max, clause: (lang: Lang) => clauseText(clause, lang) }) });
  }
  return d;
}

/** One item column's cell, read as its kind says (score/items/define.ts). */
function readCell(reader: Reader, column: (typeof ITEM_INPUT_COLUMNS)[number], profile: Profile): number | boolean | null {
  const value = (id: string) => profile.values[id as FixedParamId] as number;
  const cell = column.cell;
  switch (cell.kind) {
    case "count":
      return reader.get(column.key, count, 0);
    case "points":
      return reader.get(column.key, discretion(value(cell.max)), 0);
    case "yesNo":
      return readYesNo(reader, column.key, cell.blankWarns === true);
    case "elementDeduction":
      return readElementDeduction(reader, column.key, profile, value(cell.min), value(cell.max), column.clause);
  }
}

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
    const reader = new RowReader(sink, dataRow, table, SPECS);
    const q = reader.get("quarter", (v) => parseQuarter(v, profile.year), null);
    const unitText = reader.get("unit", parseText, "");
    const unit = unitText ? resolveUnit(profile, unitText) : null;
    if (!unitText) reader.required("unit", { zh: "单位名称", en: "the unit name" });
    else if (!unit) {
      reader.error("unit", "unit.unknown", "unit.unknown", { value: unitText, ...suggestionParams(suggestUnits(profile, unitText)) });
    }
    const row = { row: reader.rowNumber } as Record<string, unknown>;
    for (const column of ITEM_INPUT_COLUMNS) row[column.key] = readCell(reader, column, profile);
    if (reader.errors > 0 || !q || !unit) continue;
    const yearIssue = yearProblem(profile, q.year);
    if (yearIssue) {
      reader.report("warning", "quarter", "quarter.invalid", yearIssue.code, { value: `${q.year}Q${q.quarter}`, ...yearIssue.params });
      continue;
    }
    const key = inputsKey(unit.name, q.year, q.quarter);
    const first = byUnitQuarter.get(key);
    if (first) {
      reader.error("unit", "row.duplicate", "input.duplicate", { unit: unit.name, period: `${q.year}Q${q.quarter}`, other: first.row });
      continue;
    }
    byUnitQuarter.set(key, row as UnitInputs);
  }
  return { found: true, byUnitQuarter, issues: sink.issues };
}
