// What one scored item of the method is (issue 16 item 1), all in its module
// under score/items/: its id, the clause of the seed it applies, the parameters
// it owns (registry.ts builds the registry from them), the columns it reads (the
// 考核录入 columns are built from them), its explanation texts, and its score
// function in dated versions (`since`: a changed formula is a new version
// beside the old one, chosen by the assessment year).
//
// The list of items is items/index.ts; adding an item is adding a module there.
import type { MessageText } from "../../messages";
import type { LedgerKey } from "../../parse/ledger";
import type { ParamForm, ParamSpec } from "../../profile/schema";
import type { Profile } from "../../profile/types";
import type { ScoreItem } from "../../report";
import type { ColumnOut } from "../../sheets/types";
import type { ItemResult } from "../explain";
import type { UnitQuarter } from "../unit";

/** Where an item's points go: the five base items, the bonus (加分) or the deduction (减分) (rules §4). */
export type ItemKind = "base" | "bonus" | "deduction" | "evaluation";

/** How a 考核录入 cell is read (workbook-format §1): a count ≥ 0, 是/否, points up to a parameter, or 要素保障扣分. */
export type InputCell = { kind: "count" } | { kind: "yesNo"; blankWarns?: boolean } | { kind: "points"; max: string } | { kind: "elementDeduction"; min: string; max: string };

/** How the template formats and explains a column. */
export type ColumnFormat = Omit<ColumnOut, "header">;

/** A 考核录入 column an item reads. */
export interface InputColumn<K extends string = string> {
  key: K;
  header: string;
  /** Its place among the columns of 考核录入 in workbook-format §1 (季度 and 单位 are 0 and 1). */
  position: number;
  cell: InputCell;
  /** The template's help and format for it, from the effective profile. */
  template: (profile: Profile) => ColumnFormat;
}

/**
 * One version of an item's rule: used from the assessment year `since` until a
 * later version starts. `formula` is the rule over plain numbers where a SANPI
 * function computes the item too (PLANNING, SIGNING, GUARANTEE, SERVICE, BONUS):
 * the version's score applies it and the function calls it, so it is written once.
 */
export interface RuleVersion<U = UnitQuarter, F = unknown> {
  since: number;
  /** What changed, for the record (the first version says what it implements). */
  note: string;
  formula?: F;
  score: (unit: U) => ItemResult;
}

/**
 * A scored item; `U` is what its score reads: a unit of groups A and B in a
 * period (`UnitQuarter`), or a service department's quarter (the evaluation).
 */
export interface ScoredItem<P extends Record<string, ParamSpec> = Record<string, ParamSpec>, U = UnitQuarter, I extends readonly InputColumn[] = readonly InputColumn[], F = unknown> {
  /** Unique id, e.g. `planning`, `bonus.praise`. */
  id: string;
  kind: ItemKind;
  /** The report's column the points count in. */
  column: ScoreItem;
  /** The clause(s) of the seed it applies, as written in explanations: `附件3 四(一)2(4)，附件4 第5行`. */
  clause: string;
  /** Section of docs/rules.md. */
  rule: string;
  /** The parameters it owns (id → declaration), in the order of profiles.md §3. */
  params: P;
  /** The ledger columns it reads. */
  ledger: readonly LedgerKey[];
  /** The 考核录入 columns it reads. */
  inputs: I;
  /** Its explanation texts, Chinese and English (`{name}` placeholders). */
  messages: Record<string, MessageText>;
  /** The rule's versions, oldest first. */
  versions: readonly RuleVersion<U, F>[];
}

/** Declare an item (keeps its parameter ids as types, for the profile's values). */
export const defineItem = <P extends Record<string, ParamSpec>, U = UnitQuarter, const I extends readonly InputColumn[] = readonly [], F = unknown>(
  item: ScoredItem<P, U, I, F>,
): ScoredItem<P, U, I, F> => item;

/** Parameter declarations of one section of the rules and one clause. */
export const paramsOf =
  (rule: string, clause: string) =>
  <F extends ParamForm>(zh: string, en: string, form: F): ParamSpec<F> => ({ zh, en, form, rule, clause });

/** The version of an item's rule in force in `year`: the latest whose `since` ≤ year (the first before it starts). */
export function versionFor<U, F = unknown>(item: { versions: readonly RuleVersion<U, F>[] }, year: number): RuleVersion<U, F> {
  let chosen = item.versions[0];
  for (const v of item.versions) if (v.since <= year) chosen = v;
  return chosen;
}

/**
 * A version whose score applies `formula`: a later year's changed formula is
 * `versionWith(2027, note, newFormula, score)`, the explanation reused.
 */
export const versionWith = <U, F>(since: number, note: string, formula: F, score: (unit: U, formula: F) => ItemResult): RuleVersion<U, F> => ({
  since,
  note,
  formula,
  score: (unit) => score(unit, formula),
});

/** The formula of the version in force in `year` (for the SANPI functions); an item whose versions have none is a programming error. */
export function formulaFor<F>(item: { id: string; versions: readonly RuleVersion<never, F>[] }, year: number): F {
  const formula = versionFor(item, year).formula;
  if (formula === undefined) throw new Error(`item ${item.id} has no formula for ${year}`);
  return formula;
}
