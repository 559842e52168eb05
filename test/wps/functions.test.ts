// The SANPI functions as WPS 表格 runs them (issue 19): dist/wps/index.html's
// script, loaded with a stand-in `wps`, registers every function of the table
// under SANPI; each, called with the golden workbooks' ranges as 2-D arrays or
// as Range-like objects (Value2), returns what the Excel function returns, and
// every form WPS may pass for an omitted argument reads as omitted.
import * as fs from "fs";
import * as path from "path";
import * as excel from "../../src/functions/functions";
import { FUNCTION_IDS, FUNCTIONS, type FunctionId } from "../../src/functions/table";
import { builtinProfile } from "../../src/engine/profile/builtin";
import { readXlsx } from "../../src/cli/xlsx-read";
import { findInputSheet, SHEETS } from "../../src/engine/workbook";
import type { SheetInput } from "../../src/engine/types";
import { loadWpsPage, type LoadedPage } from "./support";

const FIXTURES = path.join(__dirname, "..", "fixtures");
const goldens = fs
  .readdirSync(FIXTURES, { withFileTypes: true })
  .filter((e) => e.isDirectory() && fs.readdirSync(path.join(FIXTURES, e.name)).some((f) => f.endsWith(".xlsx")))
  .map((e) => e.name);

let page: LoadedPage;
beforeAll(() => {
  page = loadWpsPage();
});

/** What a call gives: its value, or the error it throws (code and message, as a cell would show). */
function outcome(f: () => unknown): unknown {
  try {
    return { value: JSON.parse(JSON.stringify(f())) };
  } catch (e) {
    const err = e as { code?: unknown; message?: unknown };
    return { error: String(err.code ?? "#VALUE!"), message: String(err.message) };
  }
}

const wpsCall = (id: FunctionId, args: unknown[]) => outcome(() => page.registered.get(`SANPI.${id}`)!.fn(...args));
const EXCEL: Record<FunctionId, (...a: unknown[]) => unknown> = Object.fromEntries(
  FUNCTION_IDS.map((id) => [id, excel[FUNCTIONS[id].name as keyof typeof excel] as (...a: unknown[]) => unknown]),
) as Record<FunctionId, (...a: unknown[]) => unknown>;
const excelCall = (id: FunctionId, args: unknown[]) => outcome(() => EXCEL[id](...args.map((a) => (a === undefined ? null : a))));

test("the page registers every function of the table under SANPI, with its Chinese help", () => {
  expect([...page.registered.keys()].sort()).toEqual(FUNCTION_IDS.map((id) => `SANPI.${id}`).sort());
  for (const id of FUNCTION_IDS) {
    const meta = page.registered.get(`SANPI.${id}`)!.metadata as { description: string; parameters: { name: string; type: string; description: string }[] };
    expect(meta.description).toBe(FUNCTIONS[id].zh);
    expect(meta.parameters.map((p) => p.name)).toEqual(FUNCTIONS[id].params.map((p) => p.zhName));
    expect(meta.parameters.map((p) => p.description)).toEqual(FUNCTIONS[id].params.map((p) => p.zh));
    FUNCTIONS[id].params.forEach((p, i) => expect(meta.parameters[i].type.endsWith("?")).toBe(!!("optional" in p && p.optional)));
  }
});

/** A sheet's values as the rectangle a reference to its used range gives (blank cells ""). */
function rect(input: SheetInput | undefined): unknown[][] | undefined {
  if (!input) return undefined;
  const rows = input.values;
  let last = rows.length;
  while (last > 0 && rows[last - 1].every((v) => v === null || v === undefined || v === "")) last--;
  const width = Math.max(1, ...rows.slice(0, last).map((r) => r.length));
  return rows.slice(0, last).map((r) => Array.from({ length: width }, (_, c) => (r[c] === null || r[c] === undefined ? "" : r[c])));
}

/** A Range-like object of ET (Value2; an Address and its sheet, as ET's Range has). */
const rangeLike = (values: unknown[][] | undefined, sheet: string) =>
  values && {
    get Value2() {
      return page.into(values.length === 1 && values[0].length === 1 ? values[0][0] : values);
    },
    Address: () => `$A$1:$${String.fromCharCode(64 + Math.min(26, values[0]?.length ?? 1))}$${values.length}`,
    Worksheet: { Name: sheet },
  };

describe.each(goldens)("golden workbook %s: WPS = Excel", (name) => {
  const dir = path.join(FIXTURES, name);
  const periods = fs
    .readdirSync(dir)
    .map((f) => /-(\d{4}(?:Q[1-4])?)\.json$/.exec(f)?.[1])
    .filter((p): p is string => !!p);
  let ranges: Record<"ledger" | "inputs" | "targets" | "params" | "evaluations", unknown[][] | undefined>;
  beforeAll(async () => {
    const book = await readXlsx(path.join(dir, fs.readdirSync(dir).find((f) => f.endsWith(".xlsx"))!));
    const sheet = (canonical: string) => {
      const found = findInputSheet(Object.keys(book), canonical);
      return rect(found ? book[found] : undefined);
    };
    ranges = { ledger: sheet(SHEETS.ledger), inputs: sheet(SHEETS.inputs), targets: sheet(SHEETS.targets), params: sheet(SHEETS.params), evaluations: sheet(SHEETS.evaluations) };
  });

  const quarters = () => [...new Set(periods.flatMap((p) => (/Q/.test(p) ? [p] : [1, 2, 3, 4].map((q) => `${p}Q${q}`))))];
  const units = builtinProfile()
    .units.filter((u) => u.groups.includes("towns") || u.groups.includes("departments"))
    .map((u) => u.name);

  test.each([
    ["2-D arrays", "arrays"],
    ["Range-like objects", "ranges"],
  ] as const)("SCORE, BREAKDOWN, RANKING, TARGET with %s", (_label, as) => {
    const r = (k: keyof typeof ranges) => (as === "arrays" ? (ranges[k] ? page.into(ranges[k]) : undefined) : rangeLike(ranges[k], k));
    const plain = (k: keyof typeof ranges) => ranges[k];
    const qs = quarters().slice(0, as === "arrays" ? 4 : 2);
    let compared = 0;
    for (const q of qs) {
      for (const unit of units.slice(0, as === "arrays" ? units.length : 12)) {
        for (const id of ["SCORE", "BREAKDOWN"] as const) {
          const want = excelCall(id, [plain("ledger"), unit, q, plain("inputs"), plain("targets"), plain("params")]);
          expect(wpsCall(id, [r("ledger"), unit, q, r("inputs"), r("targets"), r("params")])).toEqual(want);
          compared++;
        }
      }
    }
    for (const period of [...periods, ...qs]) {
      for (const group of ["A", "B", "C"]) {
        const want = excelCall("RANKING", [plain("ledger"), group, period, plain("inputs"), plain("targets"), plain("params"), plain("evaluations")]);
        expect(wpsCall("RANKING", [r("ledger"), group, period, r("inputs"), r("targets"), r("params"), r("evaluations")])).toEqual(want);
        compared++;
      }
    }
    for (const unit of units.slice(0, 6)) {
      for (const stage of ["谋划", "签约", "开工", "投产"]) {
        expect(wpsCall("TARGET", [unit, stage, qs[0], r("targets"), r("params")])).toEqual(excelCall("TARGET", [unit, stage, qs[0], plain("targets"), plain("params")]));
      }
    }
    expect(compared).toBeGreaterThan(10);
  });
});

// What WPS may pass where an optional argument is left out: each reads as omitted.
const OMITTED: [string, unknown][] = [
  ["undefined", undefined],
  ["null", null],
  ['""', ""],
  ["DISP_E_PARAMNOTFOUND", -2147352572],
  ["an empty object", {}],
  ["a missing-value object", { scode: -2147352572 }],
];

describe.each(OMITTED)("an omitted optional argument passed as %s", (_label, missing) => {
  const ledger = [
    ["项目名称", "责任单位", "总投资(万元)", "产业类别", "谋划日期"],
    ["甲", "临汝镇", 60000, "制造业", 44931],
  ];
  test.each([
    ["SCORE", [ledger, "临汝镇", "2023Q1", missing, missing, missing], [ledger, "临汝镇", "2023Q1"]],
    ["RANKING", [ledger, "A", "2023Q1", missing, missing, missing, missing], [ledger, "A", "2023Q1"]],
    ["BONUS", [60000, missing, missing], [60000]],
    ["PLANNING", [3, 2, missing, missing, missing], [3, 2]],
    ["SIGNING", [4, 3, missing, missing], [4, 3]],
    ["TARGET", ["临汝镇", "签约", missing, missing, missing], ["临汝镇", "签约"]],
    ["SERVICE", [[[18, 19, 20]], missing], [[[18, 19, 20]]]],
    ["AWARD", [1, "A", missing], [1, "A"]],
  ] as [FunctionId, unknown[], unknown[]][])("%s", (id, given, short) => {
    const want = excelCall(id, short);
    expect(want).toHaveProperty("value");
    expect(wpsCall(id, given.map((a) => (Array.isArray(a) ? page.into(a) : a)))).toEqual(want);
    expect(wpsCall(id, short.map((a) => (Array.isArray(a) ? page.into(a) : a)))).toEqual(want);
  });
});

test("a required argument left out, an unknown unit, an error cell: the Excel function's error", () => {
  const ledger = [["项目名称", "责任单位", "总投资(万元)", "产业类别"]];
  for (const [id, args] of [
    ["SCORE", [ledger, undefined, "2023Q1"]],
    ["SCORE", [ledger, "不存在镇", "2023Q1"]],
    ["TIER", [-2146826246]], // an #N/A cell, as ET's Value2 holds it
    ["AMOUNT", [{ Value2: "1.5亿" }]],
    ["RANK", [90, { Value2: [[95], [90], [""]] }]],
  ] as [FunctionId, unknown[]][]) {
    const got = wpsCall(id, args.map((a) => (Array.isArray(a) ? page.into(a) : a)));
    const plain = args.map((a) => (a && typeof a === "object" && "Value2" in a ? (a as { Value2: unknown }).Value2 : a === -2146826246 ? "#N/A" : a));
    expect(got).toEqual(excelCall(id, plain));
  }
});

test("calls in one task over the same ranges share one lookup; the next task looks again and sees an edit", async () => {
  const { lookupCount } = await import("../../src/functions/workbook");
  void lookupCount; // the page's own counters are inside its bundle: measured by results and by the bench
  const ledger = [
    ["项目名称", "责任单位", "总投资(万元)", "产业类别", "谋划日期"],
    ["甲", "临汝镇", 60000, "制造业", 44931],
  ];
  const score = (l: unknown[][]) => wpsCall("SCORE", [page.into(l), "临汝镇", "2023Q1"]);
  const before = score(ledger);
  expect(score(ledger)).toEqual(before);
  await new Promise((r) => setTimeout(r, 0));
  const edited = ledger.map((r) => [...r]);
  edited[1][4] = ""; // no 谋划日期: the project is not planned
  expect(score(edited)).toEqual(excelCall("SCORE", [edited, "临汝镇", "2023Q1"]));
  expect(score(edited)).not.toEqual(before);
  // Two ledgers of one shape in the same task keep their own numbers.
  expect([score(ledger), score(edited)]).toEqual([before, excelCall("SCORE", [edited, "临汝镇", "2023Q1"])]);
});
