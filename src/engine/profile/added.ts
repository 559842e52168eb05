// Units a workbook adds (目标任务 with 组别, workbook-format §1): the profile
// this workbook is scored with, the added units ranked like the others and
// listed after the profile's own on ties (they come last in the group's order).
import type { AddedUnit } from "../parse/targets";
import type { Profile } from "./types";

export function withAddedUnits(profile: Profile, added: AddedUnit[]): Profile {
  if (!added.length) return profile;
  return {
    ...profile,
    units: [...profile.units, ...added.map((a) => ({ name: a.name, groups: [a.group], targets: a.targets, aliases: [] }))],
    groups: profile.groups.map((g) => ({
      ...g,
      members: [...g.members, ...added.filter((a) => a.group === g.id).map((a) => a.name)],
    })),
  };
}
