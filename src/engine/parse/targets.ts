// 目标任务: optional overrides of the profile's annual targets (workbook-format §1, rules §3).
import type { Profile } from "../profile/types";
import type { Issue, SheetValues, StageCounts } from "../types";
import { parseNumber, parseText, type Parsed } from "./cells";
import { IssueSink, isBlankRow, locateHeader, RowReader, type ColumnSpec } from "./table";
import { resolveUnit, suggestionParams, suggestUnits } from "./units";

export const TARGETS_SHEET = "目标任务";

export type TargetKey = "unit" | keyof StageCounts;

export const TARGET_COLUMNS: ColumnSpec<TargetKey>[] = [
  { key: "unit", header: "单位", aliases: ["项目单位", "责任单位"], required: true },
  { key: "plan", header: "谋划", aliases: ["谋划项目"] },
  { key: "sign", header: "签约", aliases: ["签约项目"] },
  { key: "start", header: "开工", aliases: ["开工项目"] },
  { key: "commission", header: "投产", aliases: ["投产达效", "投产达效项目"] },
];
const SPECS = Object.fromEntries(TARGET_COLUMNS.map((c) => [c.key, c])) as Record<TargetKey, ColumnSpec<TargetKey>>;

const target = (v: Parameters<typeof parseNumber>[0]): Parsed<number | null> => {
  const r = parseNumber(v);
  if (!r.ok) return { ok: false, code: "number.invalid", key: "target.invalid", params: r.params };
  if (r.value !== null && (!Number.isInteger(r.value) || r.value < 0)) {
    return { ok: false, code: "number.invalid", key: "target.invalid", params: { value: r.value } };
  }
  return r;
};

export interface TargetsResult {
  found: boolean;
  /** Annual targets by unit, only for units the sheet names. */
  overrides: Map<string, Partial<StageCounts>>;
  issues: Issue[];
}

export function readTargets(values: SheetValues | undefined, profile: Profile): TargetsResult {
  const sink = new IssueSink(TARGETS_SHEET);
  const overrides = new Map<string, Partial<StageCounts>>();
  if (!values) return { found: false, overrides, issues: sink.issues };
  const located = locateHeader(values, TARGET_COLUMNS);
  if (!located || located.columns.unit === undefined) {
    sink.add("error", "header.missing", "header.missing", { sheet: TARGETS_SHEET, column: "单位" });
    return { found: true, overrides, issues: sink.issues };
  }
  for (let i = located.headerIndex + 1; i < values.length; i++) {
    const cells = values[i];
    if (isBlankRow(cells)) continue;
    const r = new RowReader(sink, cells, i + 1, located, SPECS);
    const unitText = r.get("unit", parseText, "");
    const unit = unitText ? resolveUnit(profile, unitText) : null;
    if (unitText && (!unit || !unit.targets)) {
      r.error("unit", "unit.unknown", "unit.unknown", {
        value: unitText,
        ...suggestionParams(suggestUnits(profile, unitText, 3, ["towns", "departments"])),
      });
    }
    const o: Partial<StageCounts> = {};
    for (const k of ["plan", "sign", "start", "commission"] as const) {
      const v = r.get(k, target, null);
      if (v !== null) o[k] = v;
    }
    if (r.errors > 0 || !unit) continue;
    overrides.set(unit.name, { ...(overrides.get(unit.name) ?? {}), ...o });
  }
  return { found: true, overrides, issues: sink.issues };
}
