// Unit names as clerks type them, resolved to the profile's canonical units (rules §1).
import type { Profile, UnitDef } from "../profile/types";
import type { GroupId } from "../types";
import { phraseOf, quotedList, type Phrase } from "../messages";
import { foldWidth } from "./cells";

/** Trim, fold full-width, `＜＞`/`<>` → `()`, drop white space. */
export function normaliseUnitText(s: string): string {
  return foldWidth(s)
    .replace(/[<＜〈《]/g, "(")
    .replace(/[>＞〉》]/g, ")")
    .replace(/\s+/g, "");
}

export interface UnitIndex {
  profile: Profile;
  byKey: Map<string, UnitDef>;
  order: Map<string, number>;
  /** Names already resolved, as typed (a ledger repeats the same few dozen names). */
  resolved: Map<string, UnitDef | null>;
}

const indexes = new WeakMap<Profile, UnitIndex>();

export function unitIndex(profile: Profile): UnitIndex {
  let idx = indexes.get(profile);
  if (idx) return idx;
  const byKey = new Map<string, UnitDef>();
  const order = new Map<string, number>();
  profile.units.forEach((u, i) => {
    order.set(u.name, i);
    byKey.set(normaliseUnitText(u.name), u);
  });
  // Aliases never shadow a canonical name.
  for (const u of profile.units) {
    for (const a of u.aliases ?? []) {
      const key = normaliseUnitText(a);
      if (!byKey.has(key)) byKey.set(key, u);
    }
  }
  idx = { profile, byKey, order, resolved: new Map() };
  indexes.set(profile, idx);
  return idx;
}

/**
 * Look the name up as it is, then without a leading 汝州市, then without a
 * leading 市 (so 市发展改革委 → 发改委 while 市场监管局 keeps its 市).
 */
export function resolveUnit(profile: Profile, raw: string): UnitDef | null {
  const idx = unitIndex(profile);
  const known = idx.resolved.get(raw);
  if (known !== undefined) return known;
  const unit = lookup(idx, raw);
  if (idx.resolved.size < 10_000) idx.resolved.set(raw, unit);
  return unit;
}

function lookup(idx: UnitIndex, raw: string): UnitDef | null {
  let key = normaliseUnitText(raw);
  if (!key) return null;
  const tries = [key];
  if (key.startsWith("汝州市")) {
    key = key.slice(3);
    tries.push(key);
  }
  if (key.startsWith("市")) tries.push(key.slice(1));
  for (const k of tries) {
    const unit = idx.byKey.get(k);
    if (unit) return unit;
  }
  return null;
}

/** A group's units in the order of rules §1. */
export function unitsOfGroup(profile: Profile, group: GroupId): UnitDef[] {
  const members = profile.groups.find((g) => g.id === group)?.members ?? [];
  const byName = new Map(profile.units.map((u) => [u.name, u]));
  return members.map((m) => byName.get(m)).filter((u): u is UnitDef => u !== undefined);
}

/** Levenshtein distance over code points (also used for the CLI's "did you mean" on options). */
export function editDistance(a: string, b: string): number {
  const A = [...a];
  const B = [...b];
  let prev = Array.from({ length: B.length + 1 }, (_, j) => j);
  for (let i = 1; i <= A.length; i++) {
    const cur = [i];
    for (let j = 1; j <= B.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (A[i - 1] === B[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[B.length];
}

/** Up to `n` canonical names nearest to `raw`, for "did you mean". */
export function suggestUnits(profile: Profile, raw: string, n = 3, groups?: GroupId[]): string[] {
  let key = normaliseUnitText(raw);
  if (key.startsWith("汝州市")) key = key.slice(3);
  const scored = profile.units
    .filter((u) => !groups || u.groups.some((g) => groups.includes(g)))
    .map((u) => {
      const names = [u.name, ...(u.aliases ?? [])].map(normaliseUnitText);
      const d = Math.min(...names.map((nm) => editDistance(key, nm) / Math.max(key.length, nm.length, 1)));
      return { name: u.name, d };
    })
    .sort((x, y) => x.d - y.d);
  return scored
    .filter((s) => s.d < 0.75)
    .slice(0, n)
    .map((s) => s.name);
}

/** The "did you mean" tail of unit.unknown messages, in the message's language. */
export function suggestionParams(names: string[]): { suggest: Phrase } {
  return { suggest: names.length === 0 ? phraseOf("unit.suggestNone") : phraseOf("param.suggest", { names: quotedList(names) }) };
}
