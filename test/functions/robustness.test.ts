// Bad input never crashes: any Excel-shaped arguments to any SANPI function
// give a value of the declared type or a CustomFunctions.Error (#VALUE!/#N/A)
// with a Chinese message, never another exception.
import * as fc from "fast-check";
import { hasChinese, ShimError } from "./support/custom-functions";
import * as F from "../../src/functions/functions";
import { FUNCTIONS, FUNCTION_IDS, type FunctionId, type ParamSpec } from "../../src/functions/table";

const cell = fc.oneof(
  fc.constant(null),
  fc.constant(""),
  fc.constant("  "),
  fc.double(),
  fc.integer({ min: -10, max: 200000 }),
  fc.boolean(),
  fc.string(),
  fc.constantFrom("#N/A", "#DIV/0!", "#REF!", "1.5亿", "5000万元", "是", "否", "2023Q1", "2023", "2023Q1-Q3", "Q5", "临汝镇", "发改委", "统计局", "A", "C", "谋划", "投产", "制造业", "种植养殖", "项目名称", "责任单位", "总投资(万元)", "产业类别"),
  fc.date({ noInvalidDate: false }),
);
const range = fc.array(fc.array(cell, { minLength: 0, maxLength: 5 }), { minLength: 0, maxLength: 5 });
const arg = (p: ParamSpec) => (p.kind === "range" ? fc.oneof(range, cell) : fc.oneof(cell, cell, range));

const RESULT = { number: "number", string: "string", boolean: "boolean", cell: "object", row: "object", table: "object" } as const;

test.each(FUNCTION_IDS)("SANPI.%s: a value of its type or a CustomFunctions.Error", (id: FunctionId) => {
  const spec = FUNCTIONS[id];
  const fn = (F as unknown as Record<string, (...a: unknown[]) => unknown>)[spec.name];
  fc.assert(
    fc.property(fc.tuple(...(spec.params as readonly ParamSpec[]).map(arg)), (args) => {
      let out: unknown;
      try {
        out = fn(...args);
      } catch (e) {
        if (!(e instanceof ShimError)) throw e;
        expect(["#VALUE!", "#N/A"]).toContain(e.code);
        expect(hasChinese(e.message)).toBe(true);
        return;
      }
      expect(typeof out).toBe(RESULT[spec.result]);
      if (typeof out === "number") expect(Number.isFinite(out)).toBe(true);
      if (spec.result === "row") {
        expect(out).toHaveLength(1);
        expect((out as number[][])[0]).toHaveLength(9);
      }
      if (spec.result === "table") {
        // A header row and one row per unit, every row as wide as the header, no blank (null) cell.
        const rows = out as unknown[][];
        expect(rows.length).toBeGreaterThan(1);
        for (const r of rows) expect(r).toHaveLength(rows[0].length);
        expect(rows.flat().every((v) => typeof v === "string" || (typeof v === "number" && Number.isFinite(v)))).toBe(true);
      }
    }),
    { numRuns: 300 },
  );
});
