// The engine's shape (issue 16 items 1, 3, 5, 6): no import cycles, no long
// function, every rule in one module citing a clause of the seed that exists,
// with its table of cases, every parameter read by some rule, dated versions.
import * as fs from "fs";
import * as path from "path";
import ts from "typescript";
import { INPUT_COLUMNS } from "../../src/engine/parse/inputs";
import { LEDGER_COLUMNS } from "../../src/engine/parse/ledger";
import { citedClauses, SEED_CLAUSES } from "../../src/engine/profile/clauses";
import { PARAMETERS } from "../../src/engine/profile/registry";
import { ITEMS } from "../../src/engine/score/items";
import { versionFor } from "../../src/engine/score/items/define";
import { cycles, functionSpans, importGraph, parse, ROOT, sourceFiles } from "../support/source-graph";

const ENGINE = sourceFiles("src/engine");
const rel = (file: string) => path.relative(ROOT, file);

describe("modules", () => {
  test("no import cycle in src/engine (runtime imports; `import type` is erased)", () => {
    expect(cycles(importGraph(ENGINE)).map((cycle) => cycle.map(rel))).toEqual([]);
  });

  test("the cycle finder finds one", () => {
    const graph = new Map([
      ["a", ["b"]],
      ["b", ["c"]],
      ["c", ["a"]],
      ["d", ["a"]],
    ]);
    expect(cycles(graph)).toEqual([["a", "b", "c"]]);
  });

  test("no function in src/engine is longer than 60 lines", () => {
    const long = ENGINE.flatMap(functionSpans).filter((f) => f.lines > 60);
    expect(long.map((f) => `${f.file}:${f.line} ${f.name} (${f.lines} lines)`)).toEqual([]);
    expect(ENGINE.flatMap(functionSpans).length).toBeGreaterThan(300);
  });
});

describe("rules", () => {
  test("item ids are unique; each item is its own module under score/items", () => {
    const ids = ITEMS.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    const modules = fs.readdirSync(path.join(ROOT, "src/engine/score/items")).filter((f) => !["index.ts", "define.ts", "counted.ts", "due.ts"].includes(f));
    expect(modules).toHaveLength(ITEMS.length);
  });

  test("every clause an item or a parameter cites exists in the seed", () => {
    const cited = [...ITEMS.map((item) => [item.id, item.clause]), ...PARAMETERS.map((p) => [p.id, p.clause])];
    const unknown = cited.flatMap(([id, clause]) => citedClauses(clause).filter((c) => !(c in SEED_CLAUSES)).map((c) => `${id}: ${c}`));
    expect(unknown).toEqual([]);
    expect(citedClauses("附件3 四(一)2(2)，附件4 第2–4行")).toEqual(["附件3 四(一)2(2)", "附件4 第2行", "附件4 第3行", "附件4 第4行"]);
  });

  test("every item has its table of cases in items.test.ts", () => {
    const source = fs.readFileSync(path.join(__dirname, "items.test.ts"), "utf8");
    const missing = ITEMS.filter((item) => item.id !== "evaluation" && !source.includes(`${/^\w+$/.test(item.id) ? item.id : `"${item.id}"`}: [`));
    expect(missing.map((item) => item.id)).toEqual([]);
  });

  test("the items own the registry's parameters and the 考核录入 columns", () => {
    const owned = ITEMS.flatMap((item) => Object.keys(item.params));
    expect(PARAMETERS.map((p) => p.id)).toEqual(expect.arrayContaining(owned));
    expect(INPUT_COLUMNS.map((c) => c.key)).toEqual(["quarter", "unit", ...ITEMS.flatMap((item) => item.inputs.map((c) => c.key)).sort((a, b) => INPUT_COLUMNS.findIndex((c) => c.key === a) - INPUT_COLUMNS.findIndex((c) => c.key === b))]);
    const positions = ITEMS.flatMap((item) => item.inputs.map((c) => c.position)).sort((a, b) => a - b);
    expect(positions).toEqual(positions.map((_, i) => i + 2));
    const ledger = new Set(LEDGER_COLUMNS.map((c) => c.key));
    expect(ITEMS.flatMap((item) => item.ledger).filter((key) => !ledger.has(key))).toEqual([]);
  });

  test("a rule version applies from its year; a year before every version takes the first", () => {
    const rule = { versions: [2023, 2027].map((since) => ({ since, note: "", score: () => ({ points: since, lines: [] }) })) };
    expect([2023, 2026, 2027, 2030, 2020].map((year) => versionFor(rule, year).since)).toEqual([2023, 2023, 2027, 2027, 2023]);
    for (const item of ITEMS) {
      const since = item.versions.map((v) => v.since);
      expect(since).toEqual([...since].sort((a, b) => a - b));
      expect(new Set(since).size).toBe(since.length);
    }
  });
});

// ---- every parameter is read -----------------------------------------------------

/**
 * Where src/ names a parameter other than where it is declared: a string
 * literal that is not a property name (`values["planning.base"]`,
 * `max: "start.discretionaryMax"`), or the head of a template literal that
 * builds a family's ids (`floor.${…}`, `awards.${…}`, `cityGoals.${…}`).
 */
function parameterReads(files: string[]): { literals: Set<string>; prefixes: Set<string> } {
  const literals = new Set<string>();
  const prefixes = new Set<string>();
  for (const file of files) {
    const visit = (node: ts.Node): void => {
      if (ts.isStringLiteral(node) && !(ts.isPropertyAssignment(node.parent) && node.parent.name === node)) literals.add(node.text);
      if (ts.isTemplateExpression(node) || ts.isTemplateLiteralTypeNode(node)) prefixes.add(node.head.text);
      ts.forEachChild(node, visit);
    };
    visit(parse(file));
  }
  return { literals, prefixes };
}

test("every parameter is read by some rule", () => {
  const { literals, prefixes } = parameterReads(sourceFiles("src"));
  const isRead = (id: string) => literals.has(id) || [...prefixes].some((prefix) => prefix.length > 0 && id.startsWith(prefix));
  const unread = PARAMETERS.map((p) => p.id).filter((id) => !isRead(id));
  expect(unread).toEqual([]);
  // The scan sees the reads in an item's module.
  expect(isRead("planning.base")).toBe(true);
  expect(parameterReads([path.join(ROOT, "src/engine/score/items/praise.ts")]).literals.has("bonus.praise")).toBe(true);
});
