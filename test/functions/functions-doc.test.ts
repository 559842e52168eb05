// docs/functions.md is generated from the function table (issue 20 item 9):
// this fails when the file is stale — run `npm run docs:functions`.
import { readFileSync } from "fs";
import path from "path";
import { functionsDoc } from "../../scripts/build/functions-doc";
import { FUNCTION_IDS, FUNCTIONS } from "../../src/functions/table";

const ROOT = path.join(__dirname, "..", "..");
const read = (f: string) => readFileSync(path.join(ROOT, f), "utf8");

describe("docs/functions.md", () => {
  let generated = "";
  beforeAll(async () => {
    generated = await functionsDoc(ROOT);
  }, 60_000);

  test("is what the generator writes from table.ts today (npm run docs:functions)", () => {
    expect(read("docs/functions.md")).toBe(generated);
  });

  test("names every function, each parameter and an example formula with its result", () => {
    for (const id of FUNCTION_IDS) {
      const section = generated.split(`## SANPI.${id}\n`)[1].split("\n## ")[0];
      for (const p of FUNCTIONS[id].params) expect(section).toContain(`\`${p.zhName}\``);
      expect(section).toMatch(new RegExp(`\\n=SANPI\\.${id}\\(`));
      expect(section).toMatch(/结果：(`[^`]+`|\n\n\| )/);
    }
  });

  test("the worked example's 111 (rules §8) is computed, not typed", () => {
    expect(generated.split("## SANPI.SCORE\n")[1]).toMatch(/结果：`111`/);
  });

  test("no hand-written count of the functions is left in the docs", () => {
    expect(generated).toContain(`提供 ${FUNCTION_IDS.length} 个自定义函数`);
    expect(read("docs/excel-addin.md")).not.toMatch(/\d+ 个函数/);
  });
});
