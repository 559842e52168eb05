// Effective-profile resolution (profiles.md §1): the built-in profile, then a
// profile file, then the workbook's 考评参数, then its 目标任务; later layers win
// parameter by parameter, and every value keeps the source it came from, so
// reports can say what they used.
import { message, type MessageText } from "../messages";
import type { TargetsResult } from "../parse/targets";
import type { GroupId, StageCounts } from "../types";
import { builtinProfile, BUILTIN_IDS } from "./builtin";
import { addUnitEntry, cloneUnits, unitsWith, withDerived } from "./compile";
import { validateDocument, type ProfileDocument } from "./document";
import { sameValue } from "./forms";
import { paramDef, type ParamValue, type Tier } from "./registry";
import type { Profile, ValueSource } from "./types";

export interface ParamSetting {
  id: string;
  value: ParamValue;
  source: ValueSource;
  /** The clause a profile file names for the value; without one the parameter's own (registry.ts) applies. */
  clause?: string;
}

/** One layer of parameter values (a file's `parameters`, 考评参数 rows). */
export function withParameters(profile: Profile, settings: ParamSetting[]): Profile {
  if (!settings.length) return profile;
  const values = { ...profile.values } as Record<string, ParamValue>;
  const sources = { ...profile.sources };
  const clauses = { ...profile.clauses };
  for (const s of settings) {
    values[s.id] = s.value;
    sources[s.id] = s.source;
    if (s.clause) clauses[s.id] = s.clause;
    else delete clauses[s.id];
  }
  return withDerived({ ...profile, values: values as Profile["values"], sources, clauses, yearFixed: profile.yearFixed || settings.some((s) => s.id === "year") });
}

/** A validated profile file applied to its base (profiles.md §4). */
export function withProfileFile(base: Profile, doc: ProfileDocument, fileName: string): Profile {
  const source: ValueSource = { kind: "file", file: fileName };
  const profile = withParameters(
    base,
    doc.parameters.map((x) => ({ ...x, source })),
  );
  return withDerived({
    ...profile,
    title: doc.title ?? profile.title,
    file: { id: doc.id, name: fileName },
    ...unitsWith(profile, doc, source),
    removed: [...profile.removed, ...doc.removeUnits.map((name) => ({ name, source }))],
  });
}

export interface FileProblem {
  path: string;
  code: string;
  message: string;
  messageEn: string;
}

/**
 * A profile file's text as the effective base for a workbook, or the problems
 * that stop it (each naming its JSON path; the CLI exits 2 with one line each).
 */
export function profileFromFile(text: string, fileName: string): { profile: Profile | null; problems: FileProblem[] } {
  const problem = (path: string, code: Parameters<typeof message>[0], params: Record<string, string | number>): FileProblem => {
    const line = (lang: "zh" | "en") => message("profile.problem", { file: fileName, path: path || message("profile.root", {}, lang), text: message(code, params, lang) }, lang);
    return { path, code, message: line("zh"), messageEn: line("en") };
  };
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    return { profile: null, problems: [problem("", "profile.notJson", { detail: String((e as Error).message ?? e) })] };
  }
  const ext = raw !== null && typeof raw === "object" && typeof (raw as { extends?: unknown }).extends === "string" ? (raw as { extends: string }).extends : undefined;
  const base = builtinProfile(ext && BUILTIN_IDS.includes(ext) ? ext : undefined);
  const { doc, problems } = validateDocument(raw, base, BUILTIN_IDS);
  if (!doc) return { profile: null, problems: problems.map((x) => problem(x.path, x.code, x.params as Record<string, string | number>)) };
  return { profile: withProfileFile(base, doc, fileName), problems: [] };
}

/** 目标任务, the last layer (workbook-format §1): target overrides, then the units it adds. */
export function withTargets(profile: Profile, targets: TargetsResult): Profile {
  if (!targets.overrides.size && !targets.added.length) return profile;
  const { units, groups } = cloneUnits(profile);
  for (const [name, o] of targets.overrides) {
    const unit = units.find((x) => x.name === name);
    if (!unit || !Object.keys(o).length) continue;
    unit.targets = { ...unit.targets!, ...o };
    unit.targetsFrom = { kind: "目标任务", row: targets.rows.get(name) };
  }
  for (const a of targets.added) {
    addUnitEntry(units, groups, { name: a.name, group: a.group, targets: a.targets, aliases: [] }, { kind: "目标任务", row: a.row });
  }
  return withDerived({ ...profile, units, groups });
}

// ---- what changed ---------------------------------------------------------------------

export interface ProfileChange {
  /** A parameter id; `targets.<unit>` for changed targets; `units.<unit>` for an added or removed unit. */
  id: string;
  /** The value in JSON form (tiers as [[start, points]…], smallest first; null for a removed unit). */
  value: unknown;
  source: ValueSource;
  /** The parameter's label in each language, or the unit's name. */
  label: MessageText;
  /** For a unit added to groups: their names, in each language. */
  groups?: MessageText;
}

const jsonValue = (v: ParamValue): unknown => (Array.isArray(v) && v.length && typeof v[0] === "object" ? [...(v as Tier[])].sort((a, b) => a.min - b.min).map((t) => [t.min, t.points]) : v);

const sameTargets = (a: StageCounts | undefined, b: StageCounts | undefined): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Every parameter, target and unit that differs from the built-in profile, with its source (profiles.md §1). */
export function profileChanges(profile: Profile): ProfileChange[] {
  const base = builtinProfile(profile.id);
  const out: ProfileChange[] = [];
  for (const [id, source] of Object.entries(profile.sources)) {
    const v = profile.values[id as keyof Profile["values"]] as ParamValue;
    if (sameValue(v, base.values[id as keyof Profile["values"]] as ParamValue)) continue;
    const def = paramDef(id)!;
    out.push({ id, value: jsonValue(v), source, label: { zh: def.zh, en: def.en } });
  }
  const baseUnits = new Map(base.units.map((u) => [u.name, u]));
  for (const u of profile.units) {
    const b = baseUnits.get(u.name);
    const added = u.groups.filter((g) => !b?.groups.includes(g));
    if (added.length) {
      const names = (lang: "zh" | "en") => added.map((g) => profile.groups.find((x) => x.id === g)![lang]).join(lang === "en" ? ", " : "、");
      out.push({
        id: `units.${u.name}`,
        value: { groups: added as GroupId[], ...(u.targets ? { targets: u.targets } : {}) },
        source: u.addedBy!,
        label: { zh: u.name, en: u.name },
        groups: { zh: names("zh"), en: names("en") },
      });
    } else if (u.targetsFrom && !sameTargets(u.targets, b?.targets)) {
      out.push({ id: `targets.${u.name}`, value: u.targets, source: u.targetsFrom, label: { zh: u.name, en: u.name } });
    }
  }
  for (const r of profile.removed) out.push({ id: `units.${r.name}`, value: null, source: r.source, label: { zh: r.name, en: r.name } });
  return out;
}
