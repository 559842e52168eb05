// The runner: coerce the raw arguments Excel passes by the table, then call
// the implementation. Every function goes through here, so the checklist
// (omitted, blank, error value, wrong type) is handled once.
import { builtinProfile } from "../engine/profile/builtin";
import type { Profile } from "../engine/profile/types";
import { coerceArg } from "./coerce";
import { IMPLEMENTATIONS } from "./impl";
import { FUNCTIONS, type ArgsOf, type FunctionId, type ResultOf } from "./table";

/** The profile the functions score by (the add-in ships one). */
export const PROFILE: Profile = builtinProfile();

export function run<K extends FunctionId>(id: K, raw: readonly unknown[], profile: Profile = PROFILE): ResultOf<K> {
  const spec = FUNCTIONS[id];
  const args = spec.params.map((param, i) => coerceArg(param, raw[i], profile)) as unknown as ArgsOf<K>;
  const impl = IMPLEMENTATIONS[id] as (p: Profile, ...a: ArgsOf<K>) => ResultOf<K>;
  return impl(profile, ...args);
}
