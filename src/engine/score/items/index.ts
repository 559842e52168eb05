// The list of scored items (issue 16 item 1), in the order explanations and
// profiles.md §3 list them. Everything else about items is built from it: the
// parameter registry (profile/registry.ts), the 考核录入 columns
// (parse/inputs.ts), the clauses they cite, and the base/bonus/deduction lists
// the quarterly scorer adds up (score/quarter.ts).
import type { ParamSpec } from "../../profile/schema";
import type { UnitQuarter } from "../unit";
import { businessEnvironment } from "./business-environment";
import { commissioning } from "./commissioning";
import { criticism } from "./criticism";
import type { InputColumn, ItemKind, ScoredItem } from "./define";
import { evaluation } from "./evaluation";
import { fundedStart } from "./funded-start";
import { fundingDeclared } from "./funding-declared";
import { introduction } from "./introduction";
import { lateProvincial } from "./late-provincial";
import { planning } from "./planning";
import { praise } from "./praise";
import { provincial } from "./provincial";
import { service } from "./service";
import { signing } from "./signing";
import { size } from "./size";
import { start } from "./start";

export const ITEMS = [
  planning,
  signing,
  start,
  commissioning,
  service,
  fundingDeclared,
  fundedStart,
  provincial,
  size,
  introduction,
  praise,
  lateProvincial,
  businessEnvironment,
  criticism,
  evaluation,
] as const;

type Item = (typeof ITEMS)[number];
type UnionToIntersection<U> = (U extends unknown ? (k: U) => void : never) extends (k: infer I) => void ? I : never;

/** Every item's parameter declarations, by id, in the items' order. */
export type ItemParamSpecs = UnionToIntersection<Item["params"]>;
export const ITEM_PARAMS = Object.assign({}, ...ITEMS.map((item) => item.params)) as ItemParamSpecs;

/** The items of groups A and B of one kind, in order. */
const ofKind = (kind: ItemKind): ScoredItem<Record<string, ParamSpec>, UnitQuarter>[] => ITEMS.filter((item) => item.kind === kind) as ScoredItem<Record<string, ParamSpec>, UnitQuarter>[];

export const BASE_ITEMS = ofKind("base");
export const BONUS_ITEMS = ofKind("bonus");
export const DEDUCTION_ITEMS = ofKind("deduction");
export { evaluation as EVALUATION_ITEM };

/** The 考核录入 columns the items read, in the order of workbook-format §1. */
export const ITEM_INPUT_COLUMNS: readonly (InputColumn<ItemInputKey> & { clause: string })[] = ITEMS.flatMap((item) =>
  (item.inputs as readonly InputColumn<ItemInputKey>[]).map((column) => ({ ...column, clause: item.clause })),
).sort((a, b) => a.position - b.position);
/** The keys of those columns. */
export type ItemInputKey = Item["inputs"][number]["key"];
