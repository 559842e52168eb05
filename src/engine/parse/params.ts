// 考评参数: the method's numbers for this workbook (workbook-format §1,
// profiles.md §3). One parameter a row, named by its Chinese label or its id;
// a blank 值 keeps the profile's value; a bad row is an error on its cell and
// is ignored, the others apply.
import { SHEET_NAMES } from "../sheet-names";
import { expectedForm, parseParamCell } from "../profile/forms";
import { findParam, nearestParams } from "../profile/names";
import { ORDERED_PAIRS, paramDef, type ParamValue } from "../profile/registry";
import type { ParamSetting } from "../profile/resolve";
import { eitherLang } from "../messages";
import type { Profile } from "../profile/types";
import type { Issue, Lang, SheetInput, SheetValues } from "../types";
import { display, parseText } from "./cells";
import type { SheetWhere } from "./sheet";
import { IssueSink, readTable, RowReader, specsByKey, type ColumnSpec } from "./table";

export const PARAMS_SHEET = SHEET_NAMES.params;

export type ParamKey = "name" | "value" | "note";

export const PARAM_COLUMNS: ColumnSpec<ParamKey>[] = [
  { key: "name", header: "参数", aliases: ["参数名称"], required: true },
  { key: "value", header: "值", aliases: ["数值", "取值"], required: true },
  { key: "note", header: "说明" },
];
const SPECS = specsByKey(PARAM_COLUMNS);

export interface ParamsResult {
  found: boolean;
  /** The sheet's name as the workbook spells it. */
  sheet: string;
  /** The values the sheet sets, each with its row as source. */
  settings: ParamSetting[];
  issues: Issue[];
}

type Valued = ParamSetting & { reader: RowReader<ParamKey> };

/** Drop the later row of a pair whose values break an order that follows from two parameters. */
function checkOrder(valued: Valued[], profile: Profile): Valued[] {
  let kept = valued;
  for (const [lo, hi] of ORDERED_PAIRS) {
    const a = kept.find((s) => s.id === lo);
    const b = kept.find((s) => s.id === hi);
    if (!a && !b) continue;
    const low = (a?.value ?? profile.values[lo]) as number;
    const high = (b?.value ?? profile.values[hi]) as number;
    if (low <= high) continue;
    const later = !a ? b! : !b ? a : a.source.row! > b.source.row! ? a : b;
    later.reader.error("value", "param.invalid", "param.order", {
      low: eitherLang(paramDef(lo)!.zh, paramDef(lo)!.en),
      high: eitherLang(paramDef(hi)!.zh, paramDef(hi)!.en),
      lowValue: low,
      highValue: high,
    });
    kept = kept.filter((s) => s !== later);
  }
  return kept;
}

export function readParams(input: SheetValues | SheetInput | undefined, profile: Profile, where: SheetWhere = {}): ParamsResult {
  const sheet = where.name ?? PARAMS_SHEET;
  const sink = new IssueSink(sheet);
  const empty = (found: boolean): ParamsResult => ({ found, sheet, settings: [], issues: sink.issues });
  if (!input) return empty(false);
  const table = readTable(
    input,
    {
      columns: PARAM_COLUMNS,
      sectionKeys: ["value"],
      dataKeys: ["name", "value"],
      labelKey: "name",
      markers: ["参数", "参数名称"],
    },
    sink,
  );
  if (!table) return empty(true);
  const firstRow = new Map<string, number>();
  const valued: Valued[] = [];
  for (const dataRow of table.rows) {
    const r = new RowReader(sink, dataRow, table, SPECS);
    const name = r.get("name", parseText, "");
    if (!name) continue; // a 说明-only row: nothing to set
    const def = findParam(name);
    if (!def) {
      r.error("name", "param.unknown", "param.unknown", { value: name, ...nearestParams(name) });
      continue;
    }
    const first = firstRow.get(def.id);
    if (first !== undefined) {
      r.error("name", "row.duplicate", "param.duplicate", { value: name, other: first });
      continue;
    }
    firstRow.set(def.id, r.rowNumber);
    const parsed = parseParamCell(def, r.raw("value"));
    if (parsed === null) continue; // blank 值: the profile's value stays
    if (!parsed.ok) {
      const example = profile.values[def.id as keyof Profile["values"]] as ParamValue;
      r.error("value", "param.invalid", "param.invalid", {
        value: display(r.raw("value")),
        label: eitherLang(def.zh, def.en),
        expected: (lang: Lang) => expectedForm(def, example, lang),
      });
      continue;
    }
    valued.push({ id: def.id, value: parsed.value, source: { kind: "考评参数", row: r.rowNumber }, reader: r });
  }
  const settings = checkOrder(valued, profile).map(({ id, value, source }) => ({ id, value, source }));
  return { found: true, sheet, settings, issues: sink.issues };
}
