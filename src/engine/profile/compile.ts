// From parameter values to the views the rules read, in one place: category
// floors, group awards, city goals and evaluation maxima all follow the values,
// so a changed parameter changes every reader, scorer and sheet at once.
import type { GroupId } from "../types";
import type { GroupEntry, ProfileDocument, UnitEntry } from "./document";
import type { ParamValues } from "./registry";
import { bandLabel, CATEGORIES, EVALUATION_PARTS, FUNDS, GOAL_BANDS, GOAL_CELLS, goalId, STAGE_NAMES } from "./schema";
import type { CityGoal, GroupDef, Profile, UnitDef, ValueSource } from "./types";

function cityGoals(values: ParamValues): CityGoal[] {
  return GOAL_CELLS.map(({ stage, band }): CityGoal => {
    const named = STAGE_NAMES[stage];
    const advanced = band === "advanced";
    return {
      id: goalId(stage, band),
      stage,
      // The advanced-manufacturing goal counts signed rows of the smallest band (rules §7).
      min: advanced ? GOAL_BANDS[0] : band,
      ...(advanced ? { advancedOnly: true } : {}),
      goal: values[goalId(stage, band)],
      label: advanced ? `${named.goalZh} 先进制造业或战略性新兴产业` : `${named.goalZh} ${bandLabel(band)}`,
      labelEn: advanced ? `${named.goalEn}, advanced manufacturing / strategic emerging` : `${named.goalEn} ${bandLabel(band, "en")}`,
    };
  });
}

/** The profile with its views recomputed from `values`, `units` and the groups' membership. */
export function withDerived(profile: Omit<Profile, "categories" | "cityGoals" | "evaluation" | "fundTypes" | "year">): Profile {
  const v = profile.values;
  return {
    ...profile,
    year: v.year,
    categories: CATEGORIES.map((c) => ({ ...c, floor: v[`floor.${c.name}`] })),
    fundTypes: FUNDS.map((f) => f.name),
    cityGoals: cityGoals(v),
    evaluation: { parts: EVALUATION_PARTS.map((e) => ({ key: e.key, header: e.header, max: v[e.max] as number })) },
    groups: profile.groups.map((g) => ({ ...g, awards: v[`awards.${g.id}`] })),
  };
}

/** Add `entry` to the units and its group's members (the order of the entries is the order of rules §1). */
export function addUnitEntry(units: UnitDef[], groups: GroupDef[], entry: UnitEntry, source?: ValueSource): void {
  let unit = units.find((x) => x.name === entry.name);
  if (!unit) {
    unit = { name: entry.name, groups: [], aliases: [], ...(source ? { addedBy: source } : {}) };
    units.push(unit);
  }
  const group = entry.group;
  if (group && !unit.groups.includes(group)) {
    unit.groups.push(group);
    if (source) unit.addedBy ??= source;
    groups.find((g) => g.id === group)!.members.push(unit.name);
    // A new member of a group with targets scores 0 where none are given.
    if (group !== "service" && !unit.targets) unit.targets = { plan: 0, sign: 0, start: 0, commission: 0 };
  }
  if (entry.targets && Object.keys(entry.targets).length) {
    unit.targets = { ...(unit.targets ?? { plan: 0, sign: 0, start: 0, commission: 0 }), ...entry.targets };
    if (source && !unit.addedBy) unit.targetsFrom = source;
  }
  for (const a of entry.aliases) if (!unit.aliases!.includes(a)) unit.aliases!.push(a);
}

const groupDef = (g: GroupEntry): GroupDef => ({ ...g, awards: [], members: [] });

/** The clauses a document's values name, by parameter id. */
const clausesOf = (doc: ProfileDocument): Record<string, string> => Object.fromEntries(doc.parameters.flatMap((p) => (p.clause ? [[p.id, p.clause]] : [])));

/** Copies of the units and groups a layer may change (the profile below stays as it was). */
export function cloneUnits(profile: Profile): { units: UnitDef[]; groups: GroupDef[] } {
  return {
    units: profile.units.map((u) => ({ ...u, groups: [...u.groups], aliases: [...(u.aliases ?? [])], ...(u.targets ? { targets: { ...u.targets } } : {}) })),
    groups: profile.groups.map((g) => ({ ...g, members: [...g.members] })),
  };
}

/** The profile a base document (the built-in one) defines. */
export function fromBaseDocument(doc: ProfileDocument): Profile {
  const values = Object.fromEntries(doc.parameters.map((p) => [p.id, p.value])) as ParamValues;
  const groups = doc.groups.map(groupDef);
  const order: GroupId[] = ["towns", "departments", "service"];
  groups.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  const units: UnitDef[] = [];
  for (const e of doc.units) addUnitEntry(units, groups, e);
  return withDerived({
    id: doc.id!,
    title: doc.title!,
    baseYear: values.year,
    yearFixed: false,
    values,
    sources: {},
    clauses: clausesOf(doc),
    file: null,
    units,
    removed: [],
    groups,
  });
}

/** The units and groups of `p` with a document's units added or changed and its removed units taken out. */
export function unitsWith(profile: Profile, doc: Pick<ProfileDocument, "units" | "removeUnits">, source?: ValueSource): { units: UnitDef[]; groups: GroupDef[] } {
  const { units, groups } = cloneUnits(profile);
  for (const entry of doc.units) addUnitEntry(units, groups, entry, source);
  const removed = new Set(doc.removeUnits);
  return { units: units.filter((u) => !removed.has(u.name)), groups: groups.map((g) => ({ ...g, members: g.members.filter((m) => !removed.has(m)) })) };
}

/**
 * A built-in profile that extends another (profiles.md §4): the base with the
 * document's values, units and removals, all built-in (no source, each value
 * with its clause); its own id, title and year.
 */
export function withBuiltinLayer(base: Profile, doc: ProfileDocument): Profile {
  const values = { ...base.values, ...Object.fromEntries(doc.parameters.map((p) => [p.id, p.value])) } as ParamValues;
  return withDerived({
    ...base,
    id: doc.id ?? base.id,
    title: doc.title ?? base.title,
    baseYear: values.year,
    values,
    clauses: { ...base.clauses, ...clausesOf(doc) },
    ...unitsWith(base, doc),
  });
}
