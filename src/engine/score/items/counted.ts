// Bonuses and deductions that are a count times a parameter (rules §4.6–§4.7):
// events of the period's projects, or counts typed in 考核录入. A count of
// nothing earns no line.
import type { Project } from "../../parse/ledger";
import { SHEET_NAMES } from "../../sheet-names";
import type { Stage } from "../../types";
import { fmt, paramsOf, rowsOf, whenEarned, type ItemResult, type LineSpec } from "../explain";
import type { UnitQuarter } from "../unit";
import type { ColumnFormat } from "./define";
import type { Profile } from "../../profile/types";

export type EventStage = Exclude<Stage, "plan">;
export const EVENT_STAGES: readonly EventStage[] = ["sign", "start", "commission"];

/** The unit's eligible projects with the stage's event in the period. */
export const eventsOf = (unit: UnitQuarter, stage: EventStage): Project[] => (stage === "sign" ? unit.signedInPeriod : stage === "start" ? unit.startedInPeriod : unit.commissionedInPeriod);

export const NOTHING: ItemResult = Object.freeze({ points: 0, lines: [] }) as ItemResult;

type CountSpec = Omit<LineSpec, "item" | "points">;

/** `count × per` points with its line (negative points on the line of a deduction). */
export function perEvent(unit: UnitQuarter, item: "bonus" | "deduction", counted: Project[] | number, per: number, spec: CountSpec): ItemResult {
  const count = typeof counted === "number" ? counted : counted.length;
  const points = count * per;
  if (points === 0) return NOTHING;
  const result = whenEarned(unit.context.quarter, {
    ...spec,
    item,
    points: item === "deduction" ? -points : points,
    params: () => ({ count, per: fmt(per), ...paramsOf(spec.params) }),
    rows: spec.rows ?? (typeof counted === "number" ? [] : rowsOf(counted)),
  });
  return { points, lines: result.lines };
}

type Inputs = NonNullable<UnitQuarter["inputs"]>;

/** Points per count typed in 考核录入 for the unit and quarter (praise, criticism …), with the row as the reason. */
export function perInput(unit: UnitQuarter, item: "bonus" | "deduction", count: (inputs: Inputs) => number, per: number, spec: Pick<LineSpec, "clause" | "text">): ItemResult {
  if (!unit.inputs) return NOTHING;
  return perEvent(unit, item, count(unit.inputs), per, { ...spec, params: {}, rows: [unit.inputs.row], sheet: SHEET_NAMES.inputs });
}

/** The results of several lines of one item, added up. */
export const sumResults = (results: ItemResult[]): ItemResult => ({
  points: results.reduce((sum, r) => sum + r.points, 0),
  lines: results.flatMap((r) => r.lines),
});

/** A 考核录入 column of points up to a parameter (开工/投产酌情分), with the template's note for that maximum. */
export function pointsColumn<K extends string>(key: K, header: string, position: number, max: string, note: (max: number) => string) {
  return {
    key,
    header,
    position,
    cell: { kind: "points", max } as const,
    template: (profile: Profile): ColumnFormat => {
      const most = profile.values[max as "start.discretionaryMax"];
      return { width: 11, input: "number", numFmt: "0.0", min: 0, max: most, note: note(most) };
    },
  };
}

/** The template's format of a count column of 考核录入. */
export const countColumn = (note: string) => (): ColumnFormat => ({ width: 12, input: "int", numFmt: "0", min: 0, note });
