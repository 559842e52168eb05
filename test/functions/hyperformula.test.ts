// The SANPI functions inside a real formula engine: HyperFormula (GPL-3.0, a
// devDependency used only here, never bundled) evaluates formulas over sheets
// with ranges, blanks, nesting, spills and recalculation. The plugin is built
// from the same table as the add-in's metadata and hands each function what
// Excel hands it: ranges as 2-D arrays, blank cells as "", omitted as null.
import { ShimError } from "./support/custom-functions";
import { ArraySize, CellError, EmptyValue, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue, type ImplementedFunctions, type Sheet } from "hyperformula";
import * as F from "../../src/functions/functions";
import { resetLedgerCache } from "../../src/functions/ledger";
import { FUNCTIONS, FUNCTION_IDS, type ParamSpec } from "../../src/functions/table";
import { d, inputsSheet, ledgerSheet, project } from "../support/book";

const ERROR_TEXT: Partial<Record<ErrorType, string>> = {
  [ErrorType.DIV_BY_ZERO]: "#DIV/0!", [ErrorType.NA]: "#N/A", [ErrorType.VALUE]: "#VALUE!", [ErrorType.REF]: "#REF!", [ErrorType.NAME]: "#NAME?", [ErrorType.NUM]: "#NUM!",
};

/** A value as Excel passes it to a custom function. */
function excelShaped(v: unknown): unknown {
  if (v === undefined) return null;
  if (v === EmptyValue) return "";
  if (v instanceof CellError) return ERROR_TEXT[v.type] ?? "#VALUE!";
  if (v instanceof SimpleRangeValue) return v.rawData().map((row) => row.map(excelShaped));
  if (typeof v === "object" && v !== null && "val" in v) return (v as { val: unknown }).val; // HF's typed numbers
  return v;
}

const implemented: ImplementedFunctions = {};
for (const id of FUNCTION_IDS) {
  implemented[`SANPI.${id}`] = {
    method: `call${id}`,
    parameters: (FUNCTIONS[id].params as readonly ParamSpec[]).map((p) => ({ argumentType: p.kind === "range" ? FunctionArgumentType.RANGE : FunctionArgumentType.ANY, optionalArg: Boolean(p.optional) })),
    vectorizationForbidden: true,
    ...(FUNCTIONS[id].result === "row" || FUNCTIONS[id].result === "cell" ? { sizeOfResultArrayMethod: `size${id}` } : {}),
  };
}

class SanpiPlugin extends FunctionPlugin {
  static implementedFunctions = implemented;
}
type Runner = { runFunction: (args: unknown, state: unknown, meta: unknown, f: (...a: unknown[]) => unknown) => unknown; metadata: (n: string) => unknown };
for (const id of FUNCTION_IDS) {
  const fn = (F as unknown as Record<string, (...a: unknown[]) => unknown>)[FUNCTIONS[id].name];
  Object.assign(SanpiPlugin.prototype, {
    [`call${id}`](this: Runner, ast: { args: unknown }, state: unknown) {
      return this.runFunction(ast.args, state, this.metadata(`SANPI.${id}`), (...args: unknown[]) => {
        try {
          const out = fn(...args.map(excelShaped));
          return Array.isArray(out) ? SimpleRangeValue.onlyValues(out as number[][]) : out;
        } catch (e) {
          if (e instanceof ShimError) return new CellError(e.code === "#N/A" ? ErrorType.NA : ErrorType.VALUE, e.message);
          throw e;
        }
      });
    },
    [`size${id}`]: () => (FUNCTIONS[id].result === "cell" ? new ArraySize(1, 1) : new ArraySize(9, 1)),
  });
}
HyperFormula.registerFunctionPlugin(SanpiPlugin, { enGB: Object.fromEntries(FUNCTION_IDS.map((id) => [`SANPI.${id}`, `SANPI.${id}`])) });

// Worked example, rules §8.
const ledger = ledgerSheet([
  project({ 项目名称: "甲", "总投资(万元)": 60000, 先进制造业或战略性新兴产业: "是", 谋划日期: d("2023-01-05"), 签约日期: d("2023-02-10"), 计划开工日期: d("2023-03-20"), 实际开工日期: d("2023-03-15"), 入库: "是", 省三个一批: "是" }),
  project({ 项目名称: "乙", 产业类别: "现代服务业", "总投资(万元)": "2.5亿", 谋划日期: d("2023-02-01") }),
  project({ 项目名称: "丙", 产业类别: "社会民生", "总投资(万元)": 6000, 谋划日期: d("2022-11-01"), 计划投产日期: d("2023-03-31"), "累计完成投资(万元)": 3000 }),
  project({ 项目名称: "丁", 产业类别: "基础设施", "总投资(万元)": 12000, 谋划日期: d("2023-03-01") }),
]);
const inputs = inputsSheet([{ 季度: "2023Q1", 单位: "临汝镇", 现场办公会: "是", 要素保障扣分: 2, 表扬次数: 1 }]);
const L = "'项目台账'!A1:U5";
const I = "'考核录入'!A1:J2";

let hf: HyperFormula;
const sheetId = (name: string) => hf.getSheetId(name)!;
const value = (sheet: string, a1: string) => hf.getCellValue(hf.simpleCellAddressFromString(a1, sheetId(sheet))!);

beforeEach(() => {
  resetLedgerCache();
  hf = HyperFormula.buildFromSheets(
    {
      项目台账: ledger as Sheet,
      考核录入: inputs as Sheet,
      // A: investment, B: category, C: advanced, D: BONUS; a blank category means the default (制造业).
      加分: [
        [60000, "制造业", true, "=SANPI.BONUS(A1,B1,C1)"],
        ["3亿", "", "否", "=SANPI.BONUS(A2,B2,C2)"],
        [50000, "种植养殖", "是", "=SANPI.BONUS(A3,B3,C3)"],
        [9999, null, null, "=SANPI.BONUS(A4)"],
      ],
      排名: [[111], [95.5], [null], [111], [80], ["=SANPI.RANK(A1,A$1:A$5)"], ["=SANPI.RANK(A2,A$1:A$5)"], ["=SANPI.AWARD(A6,\"A\",2)"], ["=SANPI.RANK(A5,A$1:A$5)"]],
      计算: [
        [`=SANPI.SCORE(${L},"临汝镇","2023Q1",${I})`],
        [`=SANPI.BREAKDOWN(${L},"临汝镇","2023Q1",${I})`],
        [`=SANPI.SCORE(${L},"临汝镇",1)`],
        ['=SANPI.TIER(SANPI.AMOUNT("1.5亿"))'],
        ['=SANPI.TARGET("经开区","签约",B5)', "Q3"],
        ['=SANPI.TARGET("火星","谋划")'],
        ["=SANPI.AMOUNT(1/0)"],
        ["=SANPI.GUARANTEE(X1,X2)"],
        ['=SANPI.SERVICE({20,40,40;10,20,30},"是")'],
        [`=SANPI.SCORE(${L},"临汝镇","2023Q7",${I})`],
      ],
    },
    { licenseKey: "gpl-v3" },
  );
});
afterEach(() => hf.destroy());

test("SCORE over the ledger and inputs ranges: the worked example's 111", () => {
  expect(value("计算", "A1")).toBe(111);
});

test("BREAKDOWN spills one row of nine cells", () => {
  const row = ["A", "B", "C", "D", "E", "F", "G", "H", "I"].map((c) => value("计算", `${c}2`));
  expect(row).toEqual([16, 20, 20, 10, 18, 84, 27, 0, 111]);
});

test("an omitted optional range (no 考核录入): service scores 否 / 0", () => {
  expect(value("计算", "A3")).toBe(111 - 18 + 10 - 2);
});

test("BONUS over cells, blanks meaning the defaults", () => {
  expect(["D1", "D2", "D3", "D4"].map((a) => value("加分", a))).toEqual([7, 3, 0, 0]);
});

test("RANK over a column with a blank, AWARD of a shared first place", () => {
  expect(value("排名", "A6")).toBe(1);
  expect(value("排名", "A7")).toBe(3);
  expect(value("排名", "A8")).toBe(25);
  expect(value("排名", "A9")).toBe(4);
});

test("nesting, cell references and array literals", () => {
  expect(value("计算", "A4")).toBe("亿元以上");
  expect(value("计算", "A5")).toBe(6); // roundHalfUp(8 × 3/4)
  expect(value("计算", "A8")).toBe(10); // two empty cells: 否, deduction 0
  expect(value("计算", "A9")).toBe((100 + 60) / 2 - 5);
});

test("errors come back as #N/A / #VALUE! with the Chinese message", () => {
  const na = value("计算", "A6") as { type: string; message: string };
  expect(na.type).toBe("NA");
  expect(na.message).toContain("火星");
  const bad = value("计算", "A10") as { type: string; message: string };
  expect(bad.type).toBe("VALUE");
  expect(bad.message).toContain("季度");
  expect((value("计算", "A7") as { type: string }).type).toMatch(/DIV_BY_ZERO|VALUE/);
});

test("editing a cell of the ledger or inputs recalculates SCORE (the cache never serves stale numbers)", () => {
  expect(value("计算", "A1")).toBe(111);
  hf.setCellContents(hf.simpleCellAddressFromString("G2", sheetId("考核录入"))!, [[2]]); // 表扬次数 1 → 2
  expect(value("计算", "A1")).toBe(113);
  hf.setCellContents(hf.simpleCellAddressFromString("K2", sheetId("项目台账"))!, [[d("2023-03-25")]]); // started after plan: late
  expect(value("计算", "A1")).toBeLessThan(113);
});
