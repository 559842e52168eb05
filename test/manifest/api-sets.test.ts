// Every Office.js member src/ uses is within the requirement sets the manifest
// declares, or runs only behind an isSetSupported test; read from the
// `[Api set: …]` doc comments of @types/office-js and
// @types/custom-functions-runtime with the TypeScript compiler API
// (scripts/build/office-api-sets.ts). The fixtures prove each rule can fail.
import * as fs from "fs";
import * as path from "path";
import { declaredSets } from "../../scripts/build/manifest-checks";
import { checkApiSets, compareVersions, highestVersions, sourceFiles, SRC } from "../../scripts/build/office-api-sets";
import { ROOT } from "../functions/support/dist";

jest.setTimeout(120_000);

const declared = declaredSets(fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8"));
const FIXTURES = path.join(__dirname, "fixtures", "api-sets");
const fixture = (name: string) => path.join(FIXTURES, name);
const src = sourceFiles(SRC);

describe("src/ against the manifest's requirement sets", () => {
  const result = checkApiSets({ files: src, declared });

  test("every member is declared or behind a feature test", () => {
    expect(result.problems).toEqual([]);
  });

  test("the checker sees the members: Excel calls, load() strings, object literals, CustomFunctions", () => {
    const members = new Set(result.uses.map((u) => u.member));
    expect(result.uses.length).toBeGreaterThan(100);
    for (const m of ["WorksheetCollection.getItemOrNullObject", "Worksheet.getRangeByIndexes", "NamedItem.formula (load \"items/formula\")", "PageLayout.orientation", "Range.getMergedAreasOrNullObject", "Error", "ErrorCode.notAvailable"]) {
      expect(members).toContain(m);
    }
  });

  test("the manifest declares no more than the code needs without a test, and no less", () => {
    const unguarded = checkApiSets({ files: src, declared: [] }).problems;
    // With nothing declared, what is reported is what runs without a test: the manifest must declare exactly its highest versions.
    const needed = highestVersions(unguarded);
    const excel = declared.find((d) => d.name === "ExcelApi")!;
    expect(needed.ExcelApi).toBe(excel.version);
    const cf = declared.find((d) => d.name === "CustomFunctionsRuntime")!;
    expect(needed.CustomFunctionsRuntime).toBe(cf.version);
    expect(needed.ExcelApi).not.toBe("1.13"); // the merged-areas read is behind its test
  });

  test("the lead's ExcelApi 1.13 read of merged areas passes only through its isSetSupported test", () => {
    const uses = result.uses.filter((u) => u.set === "ExcelApi" && compareVersions(u.version, "1.13") >= 0);
    expect(uses.map((u) => u.file)).toContain("src/excel/merges.ts");
    expect(declared.some((d) => d.name === "ExcelApi" && compareVersions(d.version, "1.13") >= 0)).toBe(false);
  });

  test("without CustomFunctionsRuntime 1.3 declared, CustomFunctions.ErrorCode is reported", () => {
    const fewer = declared.filter((d) => d.name !== "CustomFunctionsRuntime");
    const problems = checkApiSets({ files: src, declared: fewer }).problems;
    expect(problems.map((p) => `${p.member} ${p.set} ${p.version}`)).toEqual(
      expect.arrayContaining(["ErrorCode.notAvailable CustomFunctionsRuntime 1.3", "ErrorCode.invalidValue CustomFunctionsRuntime 1.3", "Error CustomFunctionsRuntime 1.2"]),
    );
  });

  test("with ExcelApi 1.8 declared, the 1.9 page layout calls are reported", () => {
    const lower = declared.map((d) => (d.name === "ExcelApi" ? { ...d, version: "1.8" } : d));
    const problems = checkApiSets({ files: src, declared: lower }).problems;
    expect(problems.some((p) => p.member.startsWith("PageLayout.") && p.version === "1.9")).toBe(true);
  });
});

describe("the fixtures", () => {
  test("a new unguarded call to a 1.13 API in src/ fails, naming where", () => {
    const { problems } = checkApiSets({ files: [...src, fixture("new-unguarded-call.ts")], declared });
    expect(problems.map((p) => `${p.file}:${p.line} ${p.member} ${p.set} ${p.version}`)).toEqual(
      expect.arrayContaining([
        "test/manifest/fixtures/api-sets/new-unguarded-call.ts:12 Range.getMergedAreasOrNullObject ExcelApi 1.13",
        "src/excel/merges.ts:16 Range.getMergedAreasOrNullObject ExcelApi 1.13",
      ]),
    );
    const viaHelper = problems.find((p) => p.file === "src/excel/merges.ts")!;
    expect(viaHelper.reason).toMatch(/queueMergedAreas\(\) at test\/manifest\/fixtures\/api-sets\/new-unguarded-call\.ts:7/);
  });

  test("every accepted guard pattern passes", () => {
    const { problems, uses } = checkApiSets({ files: [fixture("guarded.ts")], declared });
    expect(uses.filter((u) => u.version === "1.13")).toHaveLength(6);
    expect(problems).toEqual([]);
  });

  test("each test that does not cover the set fails", () => {
    const { problems } = checkApiSets({ files: [fixture("wrong-guards.ts")], declared });
    const source = fs.readFileSync(fixture("wrong-guards.ts"), "utf8").split("\n");
    const failing = problems.map((p) => source[p.line - 1].trim());
    expect(failing).toHaveLength(6);
    expect(problems.every((p) => p.set === "ExcelApi" && p.version === "1.13")).toBe(true);
    expect(problems.find((p) => /handlers|read:/.test(source[p.line - 1]))?.reason).toMatch(/cannot be followed/);
  });
});
