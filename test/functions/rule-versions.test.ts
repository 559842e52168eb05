// The SANPI functions compute with the formula of their item's rule version in
// force in the profile's year (issue 16 item 3): a test-only version from 2027,
// added beside the 2023 one, is what PLANNING, SIGNING, GUARANTEE, SERVICE and
// BONUS compute for 2027, and not for 2023 or 2026. The ranking's items score
// through the same version (its score applies the version's formula).
import { builtinProfile } from "../../src/engine/profile/builtin";
import { withParameters } from "../../src/engine/profile/resolve";
import type { Profile } from "../../src/engine/profile/types";
import { formulaFor, versionFor, versionWith, type RuleVersion } from "../../src/engine/score/items/define";
import { evaluation } from "../../src/engine/score/items/evaluation";
import { planning } from "../../src/engine/score/items/planning";
import { service } from "../../src/engine/score/items/service";
import { signing } from "../../src/engine/score/items/signing";
import { size } from "../../src/engine/score/items/size";
import { run } from "../../src/functions/run";
import type { FunctionId } from "../../src/functions/table";

const inYear = (year: number): Profile => withParameters(builtinProfile(), [{ id: "year", value: year, source: { kind: "考评参数", row: 3 } }]);

type Versioned = { id: string; versions: readonly RuleVersion<never, unknown>[] };

/** A 2027 formula for each item (each adds 100 to the 2023 result), the function that computes it, its raw arguments and the 2023 result. */
const CASES: [FunctionId, Versioned, unknown, unknown[], number][] = [
  [
    "PLANNING",
    planning,
    { ...formulaFor(planning, 2023), points: (p: Profile, target: number, planned: number, bonus: number) => formulaFor(planning, 2023).points(p, target, planned, bonus) + 100 },
    [4, 5, 1, 1, null],
    16 + 100,
  ],
  ["SIGNING", signing, { ...formulaFor(signing, 2023), startPart: () => 100 }, [4, 2, 2, 1], 5 + 100],
  ["GUARANTEE", service, (p: Profile, ok: boolean, d: number) => formulaFor(service, 2023)(p, ok, d) + 100, [true, 4], 16 + 100],
  ["SERVICE", evaluation, (p: Profile, totals: number[], flag: boolean) => formulaFor(evaluation, 2023)(p, totals, flag) + 100, [[[20, 40, 30]], false], 90 + 100],
  ["BONUS", size, () => 100, [30000, "制造业", true], 100],
];

const EXPECTED_2023: Record<string, number> = { PLANNING: 16, SIGNING: 10, GUARANTEE: 16, SERVICE: 90, BONUS: 5 };

describe.each(CASES)("SANPI.%s", (id, item, formula, args, in2027) => {
  const versions = item.versions as RuleVersion<never, unknown>[];
  const later = versionWith(2027, "test only: a changed formula", formula, () => ({ points: 0, lines: [] }));

  test("2023's formula without a later version", () => {
    for (const year of [2023, 2027]) expect(run(id, args, inYear(year))).toBeCloseTo(EXPECTED_2023[id], 9);
  });

  test("the 2027 version for 2027 and later, the 2023 one before", () => {
    versions.push(later);
    try {
      expect(versionFor(item, 2027)).toBe(later);
      expect(run(id, args, inYear(2027))).toBeCloseTo(in2027, 9);
      expect(run(id, args, inYear(2030))).toBeCloseTo(in2027, 9);
      expect(run(id, args, inYear(2023))).toBeCloseTo(EXPECTED_2023[id], 9);
      expect(run(id, args, inYear(2026))).toBeCloseTo(EXPECTED_2023[id], 9);
    } finally {
      versions.pop();
    }
    expect(versions).toHaveLength(1);
  });
});

test("every version of an item a function computes has its formula (formulaFor never fails for a year)", () => {
  for (const [, item] of CASES) expect(item.versions.filter((v) => v.formula === undefined).map((v) => `${item.id} ${v.since}`)).toEqual([]);
  expect(() => formulaFor({ id: "x", versions: [{ since: 2023, note: "", score: () => ({ points: 0, lines: [] }) }] }, 2023)).toThrow(/item x has no formula/);
});

test("an item's score applies its version's formula (one formula for the function and the ranking)", () => {
  const scored: number[] = [];
  const version = versionWith(2027, "test only", 7, (unit: number, formula: number) => {
    scored.push(unit * formula);
    return { points: unit * formula, lines: [] };
  });
  expect(version.score(3).points).toBe(21);
  expect(version.formula).toBe(7);
  expect(scored).toEqual([21]);
});
