// The formulajs checklist for every SANPI function of the table (SCORE and
// BREAKDOWN in score.test.ts): omitted, blank, error value passed in, wrong
// type, a range where one value is expected.
import { hasChinese, ShimError, thrown } from "./support/custom-functions";
import * as F from "../../src/functions/functions";
import { FUNCTIONS, type ArgKind, type FunctionId, type ParamSpec } from "../../src/functions/table";
import { d, inputsSheet, ledgerSheet, project } from "../support/book";

const LEDGER = ledgerSheet([project({ "总投资(万元)": 60000, 谋划日期: d("2023-01-05"), 签约日期: d("2023-02-10") })]);
const INPUTS = inputsSheet([{ 季度: "2023Q1", 单位: "临汝镇", 现场办公会: "是", 要素保障扣分: 2, 表扬次数: 1 }]);

type Fn = (...args: unknown[]) => unknown;
const call = (id: FunctionId, args: unknown[]) => (F as unknown as Record<string, Fn>)[FUNCTIONS[id].name](...args);

/** One valid call of each function, Excel-shaped. */
const VALID: Partial<Record<FunctionId, unknown[]>> = {
  AMOUNT: [12000],
  TIER: ["1.2亿"],
  ELIGIBLE: [12000, "制造业"],
  BONUS: [60000, "制造业", "是"],
  PLANNING: [3, 3, 1, 1],
  SIGNING: [2, 1, 1, 0],
  GUARANTEE: ["是", 2],
  SERVICE: [[["服务态度", "工作效率", "服务质量"], [18, 36, 38]], "否"],
  TARGET: ["临汝镇", "谋划", "2023Q1"],
  RANKING: [LEDGER, "A", "2023Q1", INPUTS],
  RANK: [90, [[95], [90], [80]]],
  AWARD: [1, "A", 1],
};

/** Values of the wrong type or outside what each kind accepts, and the error each must give. */
const WRONG: Record<ArgKind, [unknown, "#VALUE!" | "#N/A"][]> = {
  amount: [[true, "#VALUE!"], ["abc", "#VALUE!"], [-5, "#VALUE!"], ["-1亿", "#VALUE!"], [new Date(0), "#VALUE!"]],
  count: [[true, "#VALUE!"], ["x", "#VALUE!"], [-1, "#VALUE!"], [2.5, "#VALUE!"], [Number.NaN, "#VALUE!"]],
  number: [[true, "#VALUE!"], ["高分", "#VALUE!"], [Number.POSITIVE_INFINITY, "#VALUE!"]],
  rank: [[0, "#VALUE!"], [-1, "#VALUE!"], [1.5, "#VALUE!"], [false, "#VALUE!"]],
  bool: [["也许", "#VALUE!"], [2, "#VALUE!"], [new Date(0), "#VALUE!"]],
  deduction: [[1, "#VALUE!"], [7, "#VALUE!"], [-2, "#VALUE!"], ["很多", "#VALUE!"], [true, "#VALUE!"]],
  category: [["钢铁", "#VALUE!"], [5, "#VALUE!"], [true, "#VALUE!"]],
  unit: [["不存在镇", "#N/A"], [42, "#VALUE!"], [true, "#VALUE!"]],
  group: [["D组", "#N/A"], ["乡镇街道办", "#N/A"], [5, "#VALUE!"]],
  quarter: [["2023Q5", "#VALUE!"], [5, "#VALUE!"], [true, "#VALUE!"], ["2022Q1", "#VALUE!"], [1.5, "#VALUE!"]],
  stage: [["建设", "#VALUE!"], [1, "#VALUE!"]],
  period: [["2023Q5", "#VALUE!"], [5, "#VALUE!"], [0, "#VALUE!"], [true, "#VALUE!"], ["2022", "#VALUE!"], ["2101", "#VALUE!"], [1.5, "#VALUE!"], ["全年", "#VALUE!"], [new Date(0), "#VALUE!"]],
  range: [],
};

const ids = (Object.keys(VALID) as FunctionId[]).filter((id) => VALID[id]);
const withArg = (id: FunctionId, i: number, v: unknown): unknown[] => VALID[id]!.map((a, k) => (k === i ? v : a));
const params = (id: FunctionId): readonly ParamSpec[] => FUNCTIONS[id].params;

describe.each(ids)("SANPI.%s", (id) => {
  const spec = FUNCTIONS[id];
  const ok = call(id, VALID[id]!);

  test("a valid call returns its result type", () => {
    const expected = spec.result === "cell" || spec.result === "row" || spec.result === "table" ? "object" : spec.result;
    expect(typeof ok).toBe(expected);
  });

  const required = params(id).map((p, i) => [p.zhName, p, i] as const).filter(([, p]) => !p.optional);
  const optional = params(id).map((p, i) => [p.zhName, p, i] as const).filter(([, p]) => p.optional);
  const scalars = params(id).map((p, i) => [p.zhName, p, i] as const).filter(([, p]) => p.kind !== "range");

  test.each(required)("required %s: omitted (undefined or null) → #VALUE! naming it", (_n, p, i) => {
    for (const v of [undefined, null]) {
      const e = thrown(() => call(id, withArg(id, i, v)));
      expect(e.code).toBe("#VALUE!");
      expect(e.message).toContain(`缺少参数“${p.zhName}”`);
      expect(e.messageEn).toContain(p.name);
    }
    // Fewer arguments than parameters, as a direct call may give.
    const e = thrown(() => call(id, VALID[id]!.slice(0, i)));
    expect(e.code).toBe("#VALUE!");
  });

  test.each(required)("required %s: a blank cell is missing unless the rules give blank a meaning", (_n, p, i) => {
    if (p.blank !== undefined) {
      expect(call(id, withArg(id, i, ""))).toEqual(call(id, withArg(id, i, p.blank)));
    } else {
      const e = thrown(() => call(id, withArg(id, i, "")));
      expect(e.code).toBe("#VALUE!");
      expect(e.message).toContain(p.zhName);
    }
  });

  if (optional.length) {
    test.each(optional)("optional %s: null (Excel's omitted) and blank mean the default", (_n, p, i) => {
      const explicit = p.default === undefined ? null : p.default;
      const expected = call(id, withArg(id, i, explicit));
      expect(call(id, withArg(id, i, null))).toEqual(expected);
      expect(call(id, withArg(id, i, ""))).toEqual(expected);
      // Trailing omitted arguments may also be absent altogether.
      expect(call(id, VALID[id]!.slice(0, i).concat(params(id).slice(i).map(() => undefined)))).toEqual(
        call(id, VALID[id]!.slice(0, i).concat(params(id).slice(i).map((q) => q.default ?? null))),
      );
    });
  }

  test.each(scalars)("%s: an error value passed in → #VALUE! saying so", (_n, p, i) => {
    for (const [v, code] of [
      ["#N/A", "#N/A"],
      [new ShimError("#DIV/0!", "x"), "#DIV/0!"],
      [{ error: "#REF!" }, "#REF!"],
    ] as const) {
      const e = thrown(() => call(id, withArg(id, i, v)));
      expect(e.code).toBe("#VALUE!");
      expect(e.message).toContain(p.zhName);
      expect(e.message).toContain(code);
      expect(hasChinese(e.message)).toBe(true);
    }
  });

  test.each(scalars)("%s: wrong type or value → an error naming what is accepted", (_n, p, i) => {
    for (const [v, code] of WRONG[p.kind]) {
      const e = thrown(() => call(id, withArg(id, i, v)));
      expect(e.code).toBe(code);
      expect(hasChinese(e.message)).toBe(true);
      expect(e.messageEn.length).toBeGreaterThan(0);
    }
  });

  test.each(scalars)("%s: a 1×1 range is its value; a larger range is refused", (_n, _p, i) => {
    const v = VALID[id]![i];
    if (v === null || v === undefined) return;
    expect(call(id, withArg(id, i, [[v]]))).toEqual(ok);
    expect(thrown(() => call(id, withArg(id, i, [[v, v]]))).code).toBe("#VALUE!");
  });
});

test("every function of the table but SCORE and BREAKDOWN is covered here", () => {
  expect(ids.sort()).toEqual(Object.keys(FUNCTIONS).filter((k) => k !== "SCORE" && k !== "BREAKDOWN").sort());
});
