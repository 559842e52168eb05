// Built-in profiles (profiles.md §4, issue 16 item 3): a built-in may extend
// another, as a profile file does (a 2024 built-in is its changes over 2023),
// and every value of a built-in names its clause, one the seed has. An unknown
// base, a cycle, a value without its clause: the built-in does not load, and
// the error names its file and key in Chinese and English.
import ruzhou from "../../src/engine/profile/ruzhou-2023.json";
import { builtinFile, builtinProfile, BUILTIN_IDS, loadBuiltin } from "../../src/engine/profile/builtin";
import { citedClauses, SEED_CLAUSES } from "../../src/engine/profile/clauses";
import { profileParameters } from "../../src/engine/profile/describe";
import { PARAMETERS } from "../../src/engine/profile/registry";
import { profileChanges, profileFromFile } from "../../src/engine/profile/resolve";
import { resolveUnit } from "../../src/engine/parse/units";

const BASE = builtinProfile();
const claused = (value: unknown, clause: string) => ({ value, clause });

/** A 2024 built-in over 2023: the year, a bonus cap, a unit removed and one added. */
const Y2024 = {
  id: "t-2024",
  extends: "ruzhou-2023",
  title: "汝州市2024年“三个一批”重大项目建设考评",
  parameters: { year: claused(2024, "附件3 三"), "planning.bonusCap": claused(12, "附件3 四(一)1(1)") },
  units: [{ name: "汝州高新区管委会", group: "towns", targets: { plan: 12, sign: 4, start: 4, commission: 3 } }],
  removeUnits: ["移民局"],
};
const Y2025 = { id: "t-2025", extends: "t-2024", title: "汝州市2025年考评", parameters: { year: claused(2025, "附件3 三"), "bonus.praise": claused(3, "附件3 四(一)2(4)") } };
const DOCS = { "ruzhou-2023": ruzhou, "t-2024": Y2024, "t-2025": Y2025 };

describe("the shipped built-ins", () => {
  test.each(BUILTIN_IDS.map((id) => [id]))("%s loads, and every value names a clause the seed has", (id) => {
    const p = builtinProfile(id);
    expect(Object.keys(p.clauses).sort()).toEqual(PARAMETERS.map((d) => d.id).sort());
    const unknown = Object.entries(p.clauses).flatMap(([param, clause]) =>
      citedClauses(clause)
        .filter((c) => !(c in SEED_CLAUSES))
        .map((c) => `${param}: ${c}`),
    );
    expect(unknown).toEqual([]);
    expect(p.sources).toEqual({});
  });

  test("the clause of each value is what `sanpi profile` shows", () => {
    const rows = profileParameters(BASE);
    expect(rows.find((r) => r.id === "planning.base")!.clause).toBe(ruzhou.parameters["planning.base"].clause);
    expect(rows.find((r) => r.id === "bonus.sizeTiers")!.clauseEn).toBe("附件3 四(一)2(3), 附件4 rows 2–4");
  });
});

describe("a built-in that extends another", () => {
  test("2024 is 2023 with its changes, all built-in: no source, each value with its clause", () => {
    const { profile, problems } = loadBuiltin(DOCS, "t-2024");
    expect(problems).toEqual([]);
    const p = profile!;
    expect([p.id, p.title, p.year, p.baseYear]).toEqual(["t-2024", Y2024.title, 2024, 2024]);
    expect(p.values["planning.bonusCap"]).toBe(12);
    expect(p.values["planning.base"]).toBe(BASE.values["planning.base"]);
    expect(p.sources).toEqual({});
    expect(p.clauses["planning.bonusCap"]).toBe("附件3 四(一)1(1)");
    expect(p.clauses["bonus.praise"]).toBe(BASE.clauses["bonus.praise"]);
    expect(resolveUnit(p, "移民局")).toBeNull();
    expect(p.removed).toEqual([]);
    expect(p.groups.find((g) => g.id === "towns")!.members).toContain("汝州高新区管委会");
    expect(resolveUnit(BASE, "移民局")).not.toBeNull();
  });

  test("a chain: 2025 over 2024 over 2023", () => {
    const p = loadBuiltin(DOCS, "t-2025").profile!;
    expect([p.year, p.values["planning.bonusCap"], p.values["bonus.praise"], p.values["bonus.provincial"]]).toEqual([2025, 12, 3, BASE.values["bonus.provincial"]]);
    expect(p.clauses["bonus.praise"]).toBe("附件3 四(一)2(4)");
  });

  const bad = (doc: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ ...DOCS, ...extra, "t-bad": { id: "t-bad", extends: "ruzhou-2023", title: "t", ...doc } });
  test.each<[string, Record<string, unknown>, string[]]>([
    ["an unknown base", bad({ extends: "ruzhou-2022" }), ["t-bad extends profile.extends"]],
    ["a base that is not text", bad({ extends: 2023 }), ["t-bad extends profile.extends"]],
    ["extends itself", bad({ extends: "t-bad" }), ["t-bad extends profile.extendsCycle"]],
    ["a cycle of two", bad({ extends: "t-loop" }, { "t-loop": { id: "t-loop", extends: "t-bad", title: "t" } }), ["t-loop extends profile.extendsCycle"]],
    ["a value without its clause", bad({ parameters: { "planning.bonusCap": 12 } }), ['t-bad parameters["planning.bonusCap"] profile.clauseMissing']],
    ["a clause the seed lacks", bad({ parameters: { "planning.bonusCap": claused(12, "附件9 一") } }), ['t-bad parameters["planning.bonusCap"].clause profile.clauseUnknown']],
    ["a clause that is not text", bad({ parameters: { "planning.bonusCap": { value: 12, clause: 5 } } }), ['t-bad parameters["planning.bonusCap"].clause profile.text']],
    ["a claused value without its value", bad({ parameters: { "planning.bonusCap": { clause: "附件3 四(一)1(1)" } } }), ['t-bad parameters["planning.bonusCap"] profile.missingKey']],
    ["a wrong form", bad({ parameters: { "planning.bonusCap": claused("十二", "附件3 四(一)1(1)") } }), ['t-bad parameters["planning.bonusCap"].value profile.invalid']],
    [
      "an unknown key beside value and clause",
      bad({ parameters: { "planning.bonusCap": { ...claused(12, "附件3 四(一)1(1)"), note: "" } } }),
      ['t-bad parameters["planning.bonusCap"].note profile.unknownKey'],
    ],
    ["an id other than its registered one", bad({ id: "t-other" }), ["t-bad id profile.builtinId"]],
    ["no title", bad({ title: undefined }), ["t-bad title profile.missingKey"]],
    ["a broken base: its own file is named", bad({ extends: "t-2024b" }, { "t-2024b": { ...Y2024, id: "t-2024b", parameters: { year: 2024 } } }), ['t-2024b parameters["year"] profile.clauseMissing']],
  ])("%s", (_name, documents, expected) => {
    const { profile, problems } = loadBuiltin(documents, "t-bad");
    expect(profile).toBeNull();
    expect(problems.map((p) => `${p.file.replace(/^src\/engine\/profile\/(.*)\.json$/, "$1")} ${p.path} ${p.code}`)).toEqual(expected);
    for (const p of problems) {
      expect(p.file).toBe(builtinFile(p.file.replace(/^.*\/(.*)\.json$/, "$1")));
      expect(p.message).toContain(`内置方案“${p.file}” ${p.path}：`);
      expect(p.messageEn).toContain(`Built-in profile “${p.file}” ${p.path}: `);
      expect(p.message).not.toMatch(/\{\w+\}/);
      expect(p.messageEn).not.toMatch(/\{\w+\}/);
    }
  });

  test("the messages say what is wrong in both languages", () => {
    const [cycle] = loadBuiltin(bad({ extends: "t-loop" }, { "t-loop": { id: "t-loop", extends: "t-bad", title: "t" } }), "t-bad").problems;
    expect(cycle.message).toContain("t-bad → t-loop → t-bad");
    expect(cycle.messageEn).toMatch(/cycle: t-bad → t-loop → t-bad/);
    const [missing] = loadBuiltin(bad({ parameters: { "planning.bonusCap": 12 } }), "t-bad").problems;
    expect(missing.message).toMatch(/planning\.bonusCap 缺少条款/);
    expect(missing.messageEn).toMatch(/planning\.bonusCap has no clause/);
    const [unknown] = loadBuiltin(bad({ extends: "ruzhou-2022" }), "t-bad").problems;
    expect(unknown.message).toMatch(/ruzhou-2022 不是内置的考评方案：可用 ruzhou-2023、t-2024/);
  });
});

describe("a profile file's values may name their clause too", () => {
  test("a named clause is shown; a value without one shows the parameter's own; the file is listed as before", () => {
    const file = { extends: "ruzhou-2023", parameters: { "planning.bonusCap": claused(12, "附件3 四(一)1(1)（2026年方案）"), "bonus.praise": 3 } };
    const { profile, problems } = profileFromFile(JSON.stringify(file), "f.json");
    expect(problems).toEqual([]);
    const rows = profileParameters(profile!);
    expect(rows.find((r) => r.id === "planning.bonusCap")!.clause).toBe("附件3 四(一)1(1)（2026年方案）");
    expect(rows.find((r) => r.id === "bonus.praise")!.clause).toBe(PARAMETERS.find((d) => d.id === "bonus.praise")!.clause);
    expect(profileChanges(profile!).map((c) => [c.id, c.value])).toEqual([
      ["planning.bonusCap", 12],
      ["bonus.praise", 3],
    ]);
  });
});
