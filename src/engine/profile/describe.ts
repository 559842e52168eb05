// What a report says about the profile it used (profiles.md §1): the base
// profile, the year and the changed parameters with their sources, as one line
// for the footnotes of generated sheets and the CLI, and item by item for the
// task pane's panel and `sanpi profile`.
import { message } from "../messages";
import type { Lang } from "../types";
import { profileName } from "./builtin";
import { clauseText } from "./clauses";
import { valueText } from "./forms";
import { paramDef, PARAMETERS, type ParamDef, type ParamValue, type Tier } from "./registry";
import type { ProfileChange } from "./resolve";
import { sourceText } from "./source";
import type { Profile } from "./types";

const countsText = (t: unknown, lang: Lang): string => (t ? message("profile.targetCounts", t as Record<string, number>, lang) : "");

/** A change's value as text: tiers and lists in their §3 form, targets as 谋划8、签约4、开工4、投产4. */
export function changeValueText(change: ProfileChange, lang: Lang = "zh"): string {
  const def = paramDef(change.id);
  if (def) {
    const v = def.form === "tiers" ? (change.value as [number, number][]).map(([min, points]): Tier => ({ min, points })) : (change.value as ParamValue);
    return valueText(def, v);
  }
  if (change.id.startsWith("targets.")) return countsText(change.value, lang);
  const unit = change.value as { targets?: unknown } | null;
  return unit ? countsText(unit.targets, lang) : "";
}

/** One change as a phrase: `谋划储备·加分上限 = 12（考评参数 第5行）`. */
export function changeText(change: ProfileChange, profileId: string, lang: Lang): string {
  const source = sourceText(change.source, { id: profileId }, lang);
  const value = changeValueText(change, lang);
  if (change.id.startsWith("targets.")) return message("profile.changeBare", { label: message("profile.targetsChange", { unit: change.label[lang], value }, lang), source }, lang);
  if (change.id.startsWith("units.")) {
    const key = change.value === null ? "profile.unitRemoved" : "profile.unitAdded";
    return message("profile.changeBare", { label: message(key, { unit: change.label[lang], group: change.groups?.[lang] ?? "" }, lang), source }, lang);
  }
  return message("profile.change", { label: change.label[lang], value, source }, lang);
}

/**
 * The footnote (profiles.md §1): base profile, year and how many changes, then
 * one line per change, so every line stays short enough to read in a cell.
 */
export function profileNotes(profileId: string, year: number, changes: ProfileChange[], lang: Lang): string[] {
  const summary = changes.length ? message("profile.changes", { count: changes.length }, lang) : message("profile.noChanges", {}, lang);
  return [
    message("profile.footnote", { profile: profileName(profileId, lang), year, changes: summary }, lang),
    ...changes.map((c) => message("profile.changeLine", { change: changeText(c, profileId, lang) }, lang)),
  ];
}

/** One parameter of the effective profile, as `sanpi profile` lists it. */
export interface ParameterRow {
  id: string;
  label: string;
  labelEn: string;
  /** JSON form (tiers as [[start, points]…], smallest first). */
  value: unknown;
  /** The §3 text form, as typed in 考评参数. */
  text: string;
  /** `built-in`, `file`, `考评参数` or `目标任务`. */
  source: string;
  sourceText: string;
  sourceTextEn: string;
  /** Section of docs/rules.md, Chinese (§4.6 第1项) and English (§4.6 item 1). */
  rule: string;
  ruleEn: string;
  clause: string;
  clauseEn: string;
}

/** The clause a parameter's value comes from: the one its data names (every built-in value), else the parameter's own. */
export const valueClause = (profile: Pick<Profile, "clauses">, def: ParamDef): string => profile.clauses[def.id] ?? def.clause;

/** Every parameter of the effective profile with its value, source and clause (profiles.md §1, `sanpi profile`). */
export function profileParameters(profile: Profile): ParameterRow[] {
  return PARAMETERS.map((p) => {
    const value = profile.values[p.id as keyof Profile["values"]] as ParamValue;
    const source = profile.sources[p.id];
    return {
      id: p.id,
      label: p.zh,
      labelEn: p.en,
      value: p.form === "tiers" ? [...(value as Tier[])].sort((a, b) => a.min - b.min).map((t) => [t.min, t.points]) : value,
      text: valueText(p, value),
      source: source ? source.kind : "built-in",
      sourceText: sourceText(source, profile),
      sourceTextEn: sourceText(source, profile, "en"),
      rule: p.rule,
      ruleEn: clauseText(p.rule, "en"),
      clause: valueClause(profile, p),
      clauseEn: clauseText(valueClause(profile, p), "en"),
    };
  });
}
