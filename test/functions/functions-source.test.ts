// src/functions/functions.ts is generated from the function table (issue 16 item 4:
// the clause texts typed once, in table.ts): this fails when the committed file is
// stale — `npx webpack` (or `npm run build`) rewrites it.
import { readFileSync } from "fs";
import path from "path";
import { functionsFile, functionsSource } from "../../scripts/build/functions-source";
import * as F from "../../src/functions/functions";
import { FUNCTION_IDS, FUNCTIONS, type FunctionSpec } from "../../src/functions/table";

const ROOT = path.join(__dirname, "..", "..");

describe("src/functions/functions.ts", () => {
  test("is what the generator writes from table.ts today", () => {
    expect(readFileSync(functionsFile(ROOT), "utf8")).toBe(functionsSource(FUNCTIONS));
  });

  test("exports one wrapper per table entry, taking the table's parameters in order", () => {
    const exported = F as unknown as Record<string, (...args: unknown[]) => unknown>;
    expect(Object.keys(F).sort()).toEqual(FUNCTION_IDS.map((id) => FUNCTIONS[id].name).sort());
    for (const id of FUNCTION_IDS) {
      const spec: FunctionSpec = FUNCTIONS[id];
      const extra = spec.result === "number" || spec.result === "string" || spec.result === "boolean" ? 0 : 1; // invocation
      expect(exported[spec.name].length).toBe(spec.params.length + extra);
    }
  });

  test("a help or clause text changed in the table changes the generated JSDoc (no second copy to retype)", () => {
    const changed = { ...FUNCTIONS, PLANNING: { ...FUNCTIONS.PLANNING, zh: "谋划储备得分（附件3 四(一)1(1)）：新的说明" } };
    const text = functionsSource(changed);
    expect(text).toContain(" * 谋划储备得分（附件3 四(一)1(1)）：新的说明\n * @customfunction PLANNING PLANNING\n");
    expect(text).not.toContain(FUNCTIONS.PLANNING.zh);
  });

  test("optional parameters are bracketed in the JSDoc and optional in the signature", () => {
    const text = functionsSource(FUNCTIONS);
    for (const id of FUNCTION_IDS) {
      for (const p of FUNCTIONS[id].params as readonly { name: string; optional?: boolean; zh: string }[]) {
        expect(text).toContain(` * @param ${p.optional ? `[${p.name}]` : p.name} ${p.zh}\n`);
      }
    }
    expect(text).toMatch(/export function planning\(target: unknown, planned: unknown, \w+\?: unknown, \w+\?: unknown, investments\?: unknown\[\]\[\]\): number \{/);
  });
});
