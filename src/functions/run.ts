// The runner: coerce the raw arguments Excel passes by the table, then call
// the implementation. Every function goes through here, so the checklist
// (omitted, blank, error value, wrong type) is handled once. A function with
// `targets` and `params` ranges resolves its arguments (a unit added by
// 目标任务, a bare quarter of 考评年度) against the workbook's effective profile.
import type { Profile } from "../engine/profile/types";
import type { CellValue } from "../engine/types";
import { coerceArg } from "./coerce";
import { IMPLEMENTATIONS } from "./impl";
import { FUNCTIONS, type ArgsOf, type FunctionId, type ParamSpec, type ResultOf } from "./table";
import { BASE_PROFILE, profileOf, withRangeAddresses } from "./workbook";

/** The profile the functions score by when no 考评参数 or 目标任务 range is given. */
export const PROFILE: Profile = BASE_PROFILE;

/** A range argument by name, coerced (null when the function has none or it was omitted). */
const rangeArg = (params: readonly ParamSpec[], raw: readonly unknown[], name: string, profile: Profile): CellValue[][] | null => {
  const i = params.findIndex((p) => p.name === name);
  return i < 0 ? null : (coerceArg(params[i], raw[i], profile) as CellValue[][] | null);
};

/**
 * Call a function by the table. `addresses` are Excel's parameter addresses
 * (`invocation.parameterAddresses`, for the functions that ask for them): the
 * ledger's cache trusts a range it has verified at the same address in the
 * same recalculation (workbook.ts).
 */
export function run<K extends FunctionId>(id: K, raw: readonly unknown[], profile: Profile = PROFILE, addresses?: readonly string[]): ResultOf<K> {
  const spec = FUNCTIONS[id];
  if (addresses) {
    const at = (name: string): string | undefined => addresses[spec.params.findIndex((p) => p.name === name)];
    return withRangeAddresses({ ledger: at("ledger"), inputs: at("inputs"), evaluations: at("evaluations") }, () => call(id, raw, profile));
  }
  return call(id, raw, profile);
}

function call<K extends FunctionId>(id: K, raw: readonly unknown[], profile: Profile): ResultOf<K> {
  const spec = FUNCTIONS[id];
  const targets = rangeArg(spec.params, raw, "targets", profile);
  const params = rangeArg(spec.params, raw, "params", profile);
  const effective = targets || params ? profileOf({ targets, params }) : profile;
  const args = spec.params.map((param, i) => coerceArg(param, raw[i], effective)) as unknown as ArgsOf<K>;
  const impl = IMPLEMENTATIONS[id] as (p: Profile, ...a: ArgsOf<K>) => ResultOf<K>;
  return impl(effective, ...args);
}
