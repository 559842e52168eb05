// Parameter value forms (profiles.md §3) and the document validator (§4):
// every form's accepted and refused values, every problem a file can have,
// and the built-in profile passing the same checks as a user's file.
import fc from "fast-check";
import ruzhou from "../../src/engine/profile/ruzhou-2023.json";
import { builtinProfile, BUILTIN_IDS } from "../../src/engine/profile/builtin";
import { validateDocument } from "../../src/engine/profile/document";
import { formatValue, parseFormText, parseParamJson } from "../../src/engine/profile/forms";
import { findParam } from "../../src/engine/profile/names";
import { PARAMETERS, paramDef, type ParamForm } from "../../src/engine/profile/registry";

const BUILTIN = builtinProfile();
const parse = (form: ParamForm, v: unknown) => {
  const r = parseFormText(form, v);
  return r.ok ? r.value : "bad";
};

describe("value forms (profiles.md §3)", () => {
  test.each<[ParamForm, unknown, unknown]>([
    ["number", 10, 10],
    ["number", "1.5", 1.5],
    ["number", "１２", 12],
    ["number", 0, 0],
    ["number", -1, "bad"],
    ["number", "-2", "bad"],
    ["number", "abc", "bad"],
    ["number", "1,000", "bad"],
    ["number", "", "bad"],
    ["amount", "1亿", 10000],
    ["amount", "1.5亿", 15000],
    ["amount", "5000万", 5000],
    ["amount", "800000元", 80],
    ["amount", 12000, 12000],
    ["amount", "一亿", "bad"],
    ["whole", "3", 3],
    ["whole", 2.5, "bad"],
    ["year", 2026, 2026],
    ["year", "2100", 2100],
    ["year", 2022, "bad"],
    ["year", 2101, "bad"],
    ["year", 2026.5, "bad"],
    ["tiers", "1亿:1，3亿:3，5亿:5", [{ min: 50000, points: 5 }, { min: 30000, points: 3 }, { min: 10000, points: 1 }]],
    ["tiers", "５亿：６；１亿：１", [{ min: 50000, points: 6 }, { min: 10000, points: 1 }]],
    ["tiers", "20000:2、50000:4", [{ min: 50000, points: 4 }, { min: 20000, points: 2 }]],
    ["tiers", "1亿:1,1亿:3", "bad"],
    ["tiers", "1亿", "bad"],
    ["tiers", "a:b", "bad"],
    ["tiers", "1亿:-1", "bad"],
    ["tiers", 5, "bad"],
    ["list", "30，20，20，10，10", [30, 20, 20, 10, 10]],
    ["list", "40;30、20", [40, 30, 20]],
    ["list", 50, [50]],
    ["list", "30，x", "bad"],
    ["list", "", "bad"],
  ])("%s %j → %j", (form, input, expected) => {
    expect(parse(form, input)).toEqual(expected);
  });

  test.each<[string, unknown, unknown]>([
    ["bonus.sizeTiers", [[10000, 1], [30000, 3], [50000, 6]], [{ min: 50000, points: 6 }, { min: 30000, points: 3 }, { min: 10000, points: 1 }]],
    ["bonus.sizeTiers", [[10000, 1, 2]], "bad"],
    ["bonus.sizeTiers", [10000, 1], "bad"],
    ["awards.towns", [30, 20], [30, 20]],
    ["awards.towns", [30, "x"], "bad"],
    ["planning.base", [10], "bad"],
    ["planning.base", true, "bad"],
    ["planning.base", null, "bad"],
    ["floor.制造业", "2亿", 20000],
  ])("JSON %s %j → %j", (id, input, expected) => {
    const r = parseParamJson(paramDef(id)!, input);
    expect(r.ok ? r.value : "bad").toEqual(expected);
  });

  test("tiers and lists read back what they write, whatever the order typed", () => {
    const tier = fc.record({ min: fc.integer({ min: 0, max: 2_000_000 }), points: fc.integer({ min: 0, max: 50 }) });
    fc.assert(
      fc.property(fc.uniqueArray(tier, { minLength: 1, maxLength: 6, selector: (t) => t.min }), (tiers) => {
        const text = formatValue({ form: "tiers" }, tiers);
        expect(parseFormText("tiers", text)).toEqual({ ok: true, value: [...tiers].sort((a, b) => b.min - a.min) });
      }),
    );
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 8 }), (list) => {
        expect(parseFormText("list", formatValue({ form: "list" }, list))).toEqual({ ok: true, value: list });
      }),
    );
  });

  test("parameters are named by label or id, spaces and · ignored", () => {
    expect(findParam("谋划储备 · 加分上限")?.id).toBe("planning.bonusCap");
    expect(findParam("谋划储备加分上限")?.id).toBe("planning.bonusCap");
    expect(findParam(" bonus.sizeTiers ")?.id).toBe("bonus.sizeTiers");
    expect(findParam("全市目标·签约·先进制造业或战新")?.id).toBe("cityGoals.sign.advanced");
    expect(findParam("纳入标准·数字经济")?.id).toBe("floor.数字经济");
    expect(findParam("加分上限")).toBeUndefined();
  });

  test("the registry is profiles.md §3: every id unique, every label unique, every form known", () => {
    expect(new Set(PARAMETERS.map((p) => p.id)).size).toBe(PARAMETERS.length);
    expect(new Set(PARAMETERS.map((p) => p.zh)).size).toBe(PARAMETERS.length);
    expect(PARAMETERS.filter((p) => p.id.startsWith("floor."))).toHaveLength(9);
    expect(PARAMETERS.filter((p) => p.id.startsWith("cityGoals."))).toHaveLength(12);
    expect(PARAMETERS.map((p) => p.id)).toEqual(expect.arrayContaining(["year", "planning.tiers", "bonus.sizeTiers", "awards.service", "evaluation.oneSizeFitsAll", "cityGoals.sign.advanced"]));
  });
});

describe("the document validator (profiles.md §4)", () => {
  const problems = (doc: unknown) => validateDocument(doc, BUILTIN, BUILTIN_IDS).problems.map((p) => `${p.path} ${p.code}`);

  test("the built-in profile passes the same checks as a file, and holds every parameter", () => {
    const r = validateDocument(ruzhou, null);
    expect(r.problems).toEqual([]);
    expect(r.doc!.parameters.map((p) => p.id).sort()).toEqual(PARAMETERS.map((p) => p.id).sort());
  });

  test("a broken built-in document is refused like a file", () => {
    const { "planning.base": _dropped, ...parameters } = ruzhou.parameters;
    const broken = { ...ruzhou, parameters: { ...parameters, "service.deductionMin": 9 }, extra: 1 };
    expect(validateDocument(broken, null).problems.map((p) => `${p.path} ${p.code}`)).toEqual([
      "extra profile.unknownKey",
      "parameters profile.paramsMissing",
      'parameters["service.deductionMax"] profile.order', // the later of the two keys
    ]);
  });

  test.each<[string, unknown, string[]]>([
    ["a valid file", { id: "x", extends: "ruzhou-2023", title: "t", parameters: { year: 2026 }, units: [{ name: "新区", group: "乡镇街道", targets: { plan: 3 } }], removeUnits: ["移民局"] }, []],
    ["not an object", [1], [" profile.notObject"]],
    ["no extends", { parameters: {} }, ["extends profile.missingKey"]],
    ["an unknown base", { extends: "henan" }, ["extends profile.extends"]],
    ["an unknown key", { extends: "ruzhou-2023", year: 2026 }, ["year profile.unknownKey"]],
    ["a title that is not text", { extends: "ruzhou-2023", title: 5 }, ["title profile.text"]],
    ["parameters not an object", { extends: "ruzhou-2023", parameters: [] }, ["parameters profile.notObject"]],
    ["an unknown parameter", { extends: "ruzhou-2023", parameters: { "planning.bonus": 1 } }, ['parameters["planning.bonus"] param.unknown']],
    ["a wrong form", { extends: "ruzhou-2023", parameters: { "awards.towns": "三十" } }, ['parameters["awards.towns"] profile.invalid']],
    ["a range broken by one value", { extends: "ruzhou-2023", parameters: { "service.deductionMax": 1 } }, ['parameters["service.deductionMax"] profile.order']],
    ["units not a list", { extends: "ruzhou-2023", units: {} }, ["units profile.notList"]],
    ["a unit without a name", { extends: "ruzhou-2023", units: [{ group: "towns" }] }, ["units[0].name profile.text"]],
    ["a new unit without a group", { extends: "ruzhou-2023", units: [{ name: "新区" }] }, ["units[0].name profile.unitUnknown"]],
    ["an unknown group", { extends: "ruzhou-2023", units: [{ name: "新区", group: "村" }] }, ["units[0].group profile.groupUnknown"]],
    ["bad targets", { extends: "ruzhou-2023", units: [{ name: "临汝镇", targets: { plan: -1, sign: 1.5, launch: 1 } }] }, ["units[0].targets.launch profile.unknownKey", "units[0].targets.plan profile.targets", "units[0].targets.sign profile.targets"]],
    ["targets for a service department", { extends: "ruzhou-2023", units: [{ name: "统计局", targets: { plan: 1 } }] }, ["units[0].targets profile.targetsService"]],
    ["an unknown key in a unit", { extends: "ruzhou-2023", units: [{ name: "临汝镇", colour: 1 }] }, ["units[0].colour profile.unknownKey"]],
    ["aliases that are not texts", { extends: "ruzhou-2023", units: [{ name: "临汝镇", aliases: [1] }] }, ["units[0].aliases profile.textList"]],
    ["removeUnits not a list", { extends: "ruzhou-2023", removeUnits: "移民局" }, ["removeUnits profile.notList"]],
    ["an unknown unit removed", { extends: "ruzhou-2023", removeUnits: ["不存在局"] }, ["removeUnits[0] profile.unitUnknown"]],
  ])("%s", (_what, doc, expected) => {
    expect(problems(doc)).toEqual(expected);
  });
});
