// Profile documents (profiles.md §4): the built-in profile's JSON and a user's
// profile file are checked by this one validator before anything is scored.
// A base document (no `extends`) defines every parameter, the groups and the
// units; a file extends a base and may change parameters, add or change units
// and remove units. Every problem names its JSON path; none throws. A value may
// carry its clause (`{ "value": 10, "clause": "附件3 四(一)1(1)" }`); the
// built-in profiles' values all do (builtin.ts checks it).
import { eitherLang, type MessageCode, type MessageParams } from "../messages";
import { normaliseUnitText, resolveUnit, suggestionParams, suggestUnits } from "../parse/units";
import type { GroupId, Lang, Stage, StageCounts } from "../types";
import { expectedForm, parseParamJson } from "./forms";
import { nearestParams } from "./names";
import { ORDERED_PAIRS, PARAMETERS, paramDef, type ParamValue } from "./registry";
import type { Profile } from "./types";

export interface DocProblem {
  /** JSON path, e.g. `parameters["planning.bonusCap"]`, `units[0].group`. */
  path: string;
  code: MessageCode;
  params: MessageParams;
}

export interface UnitEntry {
  name: string;
  group: GroupId | null;
  targets: Partial<StageCounts> | null;
  aliases: string[];
}

export interface GroupEntry {
  id: GroupId;
  zh: string;
  en: string;
  names: string[];
  clause: string;
}

/** A document that passed the checks, values parsed. */
export interface ProfileDocument {
  id: string | null;
  title: string | null;
  extends: string | null;
  /** Each value, with its clause where the document names one. */
  parameters: { id: string; value: ParamValue; clause?: string }[];
  groups: GroupEntry[];
  units: UnitEntry[];
  removeUnits: string[];
}

const GROUP_IDS: GroupId[] = ["towns", "departments", "service"];
const STAGES: Stage[] = ["plan", "sign", "start", "commission"];
const FILE_KEYS = ["id", "extends", "title", "parameters", "units", "removeUnits"];
const BASE_KEYS = ["id", "title", "parameters", "groups", "units"];
const UNIT_KEYS = ["name", "group", "targets", "aliases"];
const GROUP_KEYS = ["id", "zh", "en", "names", "clause"];
const CLAUSED_KEYS = ["value", "clause"];

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === "string" && v.trim() !== "";
const key = (path: string, k: string): string => (path ? `${path}.${k}` : k);
const showJson = (v: unknown): string => {
  const s = typeof v === "string" ? v : JSON.stringify(v);
  return s === undefined ? String(v) : s.length > 60 ? `${s.slice(0, 60)}…` : s;
};

class Problems {
  readonly list: DocProblem[] = [];
  add(path: string, code: MessageCode, params: MessageParams = {}): void {
    this.list.push({ path, code, params });
  }
  /** Unknown keys of an object, each a problem; true when there were none. */
  keys(obj: Record<string, unknown>, allowed: string[], path: string): void {
    for (const k of Object.keys(obj)) if (!allowed.includes(k)) this.add(key(path, k), "profile.unknownKey", { value: k, allowed: allowed.join("、") });
  }
}

/** A value, or `{ "value": …, "clause": "…" }`: the value with the clause it comes from. */
function readClaused(raw: unknown, path: string, problems: Problems): { value: unknown; clause?: string } | null {
  if (!isObject(raw)) return { value: raw };
  problems.keys(raw, CLAUSED_KEYS, path);
  if (raw.value === undefined) {
    problems.add(path, "profile.missingKey", { value: "value" });
    return null;
  }
  if (raw.clause !== undefined && !isText(raw.clause)) problems.add(`${path}.clause`, "profile.text", { value: showJson(raw.clause) });
  return { value: raw.value, ...(isText(raw.clause) ? { clause: raw.clause.trim() } : {}) };
}

function readParameter(id: string, raw: unknown, problems: Problems, base: Profile | null): ProfileDocument["parameters"][number] | null {
  const path = `parameters[${JSON.stringify(id)}]`;
  const def = paramDef(id);
  if (!def) {
    problems.add(path, "param.unknown", { value: id, ...nearestParams(id, true) });
    return null;
  }
  const claused = readClaused(raw, path, problems);
  if (!claused) return null;
  const { value, clause } = claused;
  const parsed = parseParamJson(def, value);
  if (parsed.ok) return { id, value: parsed.value, ...(clause ? { clause } : {}) };
  const example = base ? base.values[id as keyof Profile["values"]] : null;
  problems.add(isObject(raw) ? `${path}.value` : path, "profile.invalid", {
    value: showJson(value),
    label: eitherLang(def.zh, def.en),
    expected: example === null ? def.form : (lang: Lang) => expectedForm(def, example, lang),
  });
  return null;
}

function readParameters(raw: unknown, problems: Problems, base: Profile | null): ProfileDocument["parameters"] {
  const out: ProfileDocument["parameters"] = [];
  if (raw === undefined) {
    if (!base) problems.add("parameters", "profile.missingKey", { value: "parameters" });
    return out;
  }
  if (!isObject(raw)) {
    problems.add("parameters", "profile.notObject", {});
    return out;
  }
  for (const [id, v] of Object.entries(raw)) {
    const entry = readParameter(id, v, problems, base);
    if (entry) out.push(entry);
  }
  if (!base) {
    const missing = PARAMETERS.filter((p) => !(p.id in raw)).map((p) => p.id);
    if (missing.length) problems.add("parameters", "profile.paramsMissing", { value: missing.join("、") });
  }
  // Ranges that follow from two parameters (profiles.md §3).
  const valueOf = (id: string): ParamValue | undefined => out.find((p) => p.id === id)?.value ?? base?.values[id as keyof Profile["values"]];
  for (const [lo, hi] of ORDERED_PAIRS) {
    const a = valueOf(lo);
    const b = valueOf(hi);
    if (typeof a === "number" && typeof b === "number" && a > b) {
      const keys = Object.keys(raw);
      const later = keys.indexOf(lo) > keys.indexOf(hi) ? lo : hi;
      problems.add(`parameters[${JSON.stringify(later)}]`, "profile.order", {
        low: eitherLang(paramDef(lo)!.zh, paramDef(lo)!.en),
        high: eitherLang(paramDef(hi)!.zh, paramDef(hi)!.en),
        lowValue: a,
        highValue: b,
      });
    }
  }
  return out;
}

function readTargets(raw: unknown, path: string, problems: Problems): Partial<StageCounts> | null {
  if (raw === undefined) return null;
  if (!isObject(raw)) {
    problems.add(path, "profile.targets", {});
    return null;
  }
  problems.keys(raw, STAGES, path);
  const out: Partial<StageCounts> = {};
  for (const s of STAGES) {
    const v = raw[s];
    if (v === undefined) continue;
    if (typeof v !== "number" || !Number.isInteger(v) || v < 0) problems.add(key(path, s), "profile.targets", { value: showJson(v) });
    else out[s] = v;
  }
  return out;
}

function readGroup(raw: unknown, path: string, problems: Problems, base: Profile | null): GroupId | null {
  if (raw === undefined) return null;
  const text = typeof raw === "string" ? normaliseUnitText(raw).toLowerCase() : "";
  const groups = base?.groups ?? [];
  const found = GROUP_IDS.find((g) => g === text) ?? groups.find((g) => [g.zh, ...g.names].some((n) => normaliseUnitText(n).toLowerCase() === text))?.id;
  if (!found) problems.add(path, "profile.groupUnknown", { value: showJson(raw) });
  return found ?? null;
}

function readUnits(raw: unknown, problems: Problems, base: Profile | null): UnitEntry[] {
  if (raw === undefined) {
    if (!base) problems.add("units", "profile.missingKey", { value: "units" });
    return [];
  }
  if (!Array.isArray(raw)) {
    problems.add("units", "profile.notList", {});
    return [];
  }
  const out: UnitEntry[] = [];
  raw.forEach((u, i) => {
    const path = `units[${i}]`;
    if (!isObject(u)) return problems.add(path, "profile.notObject", {});
    problems.keys(u, UNIT_KEYS, path);
    if (!isText(u.name)) return problems.add(key(path, "name"), "profile.text", { value: showJson(u.name) });
    const group = readGroup(u.group, key(path, "group"), problems, base);
    const targets = readTargets(u.targets, key(path, "targets"), problems);
    const aliases = Array.isArray(u.aliases) && u.aliases.every(isText) ? (u.aliases as string[]) : [];
    if (u.aliases !== undefined && aliases.length !== (u.aliases as unknown[]).length) problems.add(key(path, "aliases"), "profile.textList", {});
    const known = base ? resolveUnit(base, u.name) : null;
    // A unit the base does not know needs its group (profiles.md §4).
    if (base && !known && group === null && u.group === undefined) {
      problems.add(key(path, "name"), "profile.unitUnknown", { value: u.name, ...suggestionParams(suggestUnits(base, u.name)) });
    }
    if (!base && u.group === undefined) problems.add(key(path, "group"), "profile.missingKey", { value: "group" });
    const groups = [...(known?.groups ?? []), ...(group ? [group] : [])];
    if (targets && groups.length && groups.every((g) => g === "service")) problems.add(key(path, "targets"), "profile.targetsService", { value: u.name });
    if (!base && group && group !== "service" && (!targets || STAGES.some((s) => targets[s] === undefined))) {
      problems.add(key(path, "targets"), "profile.targets", { value: showJson(u.targets) });
    }
    out.push({ name: known?.name ?? normaliseUnitText(u.name), group, targets, aliases });
  });
  return out;
}

function readRemoved(raw: unknown, problems: Problems, base: Profile | null): string[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    problems.add("removeUnits", "profile.notList", {});
    return [];
  }
  const out: string[] = [];
  raw.forEach((n, i) => {
    const path = `removeUnits[${i}]`;
    if (!isText(n)) return problems.add(path, "profile.text", { value: showJson(n) });
    const u = base ? resolveUnit(base, n) : null;
    if (!u) return problems.add(path, "profile.unitUnknown", { value: n, ...(base ? suggestionParams(suggestUnits(base, n)) : { suggest: "" }) });
    out.push(u.name);
  });
  return out;
}

function readGroups(raw: unknown, problems: Problems): GroupEntry[] {
  if (!Array.isArray(raw)) {
    problems.add("groups", raw === undefined ? "profile.missingKey" : "profile.notList", { value: "groups" });
    return [];
  }
  const out: GroupEntry[] = [];
  raw.forEach((g, i) => {
    const path = `groups[${i}]`;
    if (!isObject(g)) return problems.add(path, "profile.notObject", {});
    problems.keys(g, GROUP_KEYS, path);
    if (!GROUP_IDS.includes(g.id as GroupId)) return problems.add(key(path, "id"), "profile.groupUnknown", { value: showJson(g.id) });
    const texts = ["zh", "en", "clause"].filter((k) => !isText(g[k]));
    for (const k of texts) problems.add(key(path, k), "profile.text", { value: showJson(g[k]) });
    if (!Array.isArray(g.names) || !g.names.every(isText)) problems.add(key(path, "names"), "profile.textList", {});
    out.push({ id: g.id as GroupId, zh: String(g.zh), en: String(g.en), names: (g.names as string[]) ?? [], clause: String(g.clause) });
  });
  for (const id of GROUP_IDS) if (!out.some((g) => g.id === id)) problems.add("groups", "profile.groupMissing", { value: id });
  return out;
}

/**
 * Check a profile document. `base` is the profile a file extends (null for a
 * base document, such as the built-in one). Returns the parsed document when
 * there is no problem.
 */
export function validateDocument(raw: unknown, base: Profile | null, builtinIds: readonly string[] = []): { doc: ProfileDocument | null; problems: DocProblem[] } {
  const problems = new Problems();
  if (!isObject(raw)) {
    problems.add("", "profile.notObject", {});
    return { doc: null, problems: problems.list };
  }
  problems.keys(raw, base ? FILE_KEYS : BASE_KEYS, "");
  for (const k of ["id", "title"]) {
    if (raw[k] !== undefined && !isText(raw[k])) problems.add(k, "profile.text", { value: showJson(raw[k]) });
    else if (!base && raw[k] === undefined) problems.add(k, "profile.missingKey", { value: k });
  }
  let ext: string | null = null;
  if (base) {
    if (raw.extends === undefined) problems.add("extends", "profile.missingKey", { value: "extends" });
    else if (!builtinIds.includes(raw.extends as string)) problems.add("extends", "profile.extends", { value: showJson(raw.extends), allowed: builtinIds.join("、") });
    else ext = raw.extends as string;
  }
  const doc: ProfileDocument = {
    id: isText(raw.id) ? raw.id : null,
    title: isText(raw.title) ? raw.title : null,
    extends: ext,
    parameters: readParameters(raw.parameters, problems, base),
    groups: base ? [] : readGroups(raw.groups, problems),
    units: readUnits(raw.units, problems, base),
    removeUnits: base ? readRemoved(raw.removeUnits, problems, base) : [],
  };
  return { doc: problems.list.length ? null : doc, problems: problems.list };
}
