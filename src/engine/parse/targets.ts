// 目标任务: the annual targets of this workbook (workbook-format §1 目标任务, rules §3).
// A row of a known unit overrides its targets (a blank cell keeps the profile's
// value); an unknown unit with a 组别 is a new unit of that group; the sheet
// never removes a unit. 附件2 pasted as the seed prints it reads through §1.1.
import { SHEET_NAMES } from "../sheet-names";
import type { Profile } from "../profile/types";
import type { GroupId, Issue, SheetInput, SheetValues, StageCounts } from "../types";
import { foldWidth, parseNumber, parseText, type Parsed } from "./cells";
import { namesGroupOrUnit, type SheetWhere } from "./sheet";
import { IssueSink, readTable, RowReader, specsByKey, type ColumnSpec } from "./table";
import { normaliseUnitText, resolveUnit, suggestionParams, suggestUnits } from "./units";

export const TARGETS_SHEET = SHEET_NAMES.targets;

export type TargetKey = "unit" | "group" | keyof StageCounts;

const STAGES = ["plan", "sign", "start", "commission"] as const;

export const TARGET_COLUMNS: ColumnSpec<TargetKey>[] = [
  { key: "unit", header: "单位", aliases: ["项目单位", "责任单位"], required: true },
  { key: "group", header: "组别", aliases: ["分组", "类别"] },
  { key: "plan", header: "谋划", aliases: ["谋划项目", "谋划储备"] },
  { key: "sign", header: "签约", aliases: ["签约项目"] },
  { key: "start", header: "开工", aliases: ["开工项目"] },
  { key: "commission", header: "投产", aliases: ["投产达效", "投产达效项目"] },
];
const SPECS = specsByKey(TARGET_COLUMNS);

/** The groups a 目标任务 row may name: the two groups with targets (A and B). */
const TARGET_GROUPS: GroupId[] = ["towns", "departments"];

const target = (v: Parameters<typeof parseNumber>[0]): Parsed<number | null> => {
  const parsed = parseNumber(v);
  if (!parsed.ok) return { ok: false, code: "number.invalid", key: "target.invalid", params: parsed.params };
  if (parsed.value !== null && (!Number.isInteger(parsed.value) || parsed.value < 0)) {
    return { ok: false, code: "number.invalid", key: "target.invalid", params: { value: parsed.value } };
  }
  return parsed;
};

/** A unit this workbook adds to a group (目标任务 with 组别). */
export interface AddedUnit {
  name: string;
  group: GroupId;
  targets: StageCounts;
  row: number;
}

export interface TargetsResult {
  found: boolean;
  /** Annual targets by unit, only for units the sheet names. */
  overrides: Map<string, Partial<StageCounts>>;
  /** Units the profile does not know, added to their group for this workbook. */
  added: AddedUnit[];
  /** The worksheet row of each unit's targets (the source reports name). */
  rows: Map<string, number>;
  issues: Issue[];
}

/** 组别 as typed: 乡镇街道 / 市直单位, A / B, or any name of the group in the profile. */
function parseGroup(profile: Profile, text: string): GroupId | null {
  const key = normaliseUnitText(foldWidth(text)).toLowerCase();
  for (const g of profile.groups) {
    if (!TARGET_GROUPS.includes(g.id)) continue;
    if ([g.zh, ...g.names].some((n) => normaliseUnitText(n).toLowerCase() === key)) return g.id;
  }
  return null;
}

/** The row's unit and 组别: a known unit stays in its group (a different 组别 warns); a new unit needs a readable 组别. */
function unitAndGroup(reader: RowReader<TargetKey>, profile: Profile, unitText: string, groupText: string) {
  const unit = resolveUnit(profile, unitText);
  const group = groupText ? parseGroup(profile, groupText) : null;
  if (unit && !unit.targets) {
    reader.error("unit", "unit.unknown", "unit.wrongGroup", { value: unitText });
  } else if (unit) {
    // A known unit stays in its group: a different or unreadable 组别 is only a warning.
    const own = TARGET_GROUPS.find((g) => unit.groups.includes(g));
    if (groupText && group !== own) reader.report("warning", "group", "group.mismatch", "target.groupMismatch", { value: groupText, unit: unit.name });
  } else if (!groupText) {
    reader.error("unit", "unit.unknown", "target.unitUnknown", { value: unitText, ...suggestionParams(suggestUnits(profile, unitText, 3, TARGET_GROUPS)) });
  } else if (!group) {
    reader.error("group", "group.unknown", "target.groupUnknown", { value: groupText });
  }
  return { unit, group };
}

export function readTargets(input: SheetValues | SheetInput | undefined, profile: Profile, where: SheetWhere = {}): TargetsResult {
  const sink = new IssueSink(where.name ?? TARGETS_SHEET);
  const overrides = new Map<string, Partial<StageCounts>>();
  const added = new Map<string, AddedUnit>();
  const firstRow = new Map<string, number>();
  if (!input) return { found: false, overrides, added: [], rows: firstRow, issues: sink.issues };
  const table = readTable(
    input,
    {
      columns: TARGET_COLUMNS,
      // A section of 附件2 (二、市直承担项目建设任务单位) has no target typed (§1.1 item 3).
      sectionKeys: [...STAGES],
      dataKeys: ["unit", "plan"],
      labelKey: "unit",
      namesGroupOrUnit: namesGroupOrUnit(profile),
    },
    sink,
  );
  if (!table) return { found: true, overrides, added: [], rows: firstRow, issues: sink.issues };
  for (const dataRow of table.rows) {
    const reader = new RowReader(sink, dataRow, table, SPECS);
    const unitText = reader.get("unit", parseText, "");
    const groupText = reader.get("group", parseText, "");
    const o: Partial<StageCounts> = {};
    for (const k of STAGES) {
      const v = reader.get(k, target, null);
      if (v !== null) o[k] = v;
    }
    if (!unitText) {
      reader.required("unit", { zh: "单位名称", en: "the unit name" });
      continue;
    }
    const { unit, group } = unitAndGroup(reader, profile, unitText, groupText);
    if (reader.errors > 0) continue;
    const name = unit ? unit.name : normaliseUnitText(unitText);
    const first = firstRow.get(name);
    if (first !== undefined) {
      reader.error("unit", "row.duplicate", "target.duplicate", { value: unitText, other: first });
      continue;
    }
    firstRow.set(name, reader.rowNumber);
    if (unit) overrides.set(unit.name, o);
    // A new unit of its group for this workbook; its blank targets are 0.
    else added.set(name, { name, group: group!, targets: { plan: 0, sign: 0, start: 0, commission: 0, ...o }, row: reader.rowNumber });
  }
  return { found: true, overrides, added: [...added.values()], rows: firstRow, issues: sink.issues };
}
