// functions.json per Microsoft's documented rules (checkMetadataRules in
// scripts/build/functions-metadata.ts, which also fails the build): both files
// `npm run build` writes pass, and each rule can fail.
import * as path from "path";
import { checkMetadataRules, METADATA_FILES, type Metadata } from "../../scripts/build/functions-metadata";
import { DIST, ensureBuilt, readJson } from "../functions/support/dist";

let en: Metadata;
beforeAll(() => {
  ensureBuilt();
  en = readJson<Metadata>(path.join(DIST, METADATA_FILES.en));
}, 300_000);

test.each(Object.values(METADATA_FILES))("dist/%s follows the rules", (file) => {
  expect(checkMetadataRules(readJson(path.join(DIST, file)))).toEqual([]);
});

type Mutation = (m: Metadata) => void;
const fn = (m: Metadata, id: string) => m.functions.find((f) => f.id === id)!;
const broken: [string, Mutation, RegExp][] = [
  ["an id with a space", (m) => (fn(m, "AMOUNT").id = "AM OUNT"), /AM OUNT: id must/],
  ["an id of two characters", (m) => (fn(m, "TIER").id = "TI"), /TI: id must/],
  ["a lowercase id", (m) => (fn(m, "TIER").id = "tier"), /tier: id should be uppercase/],
  ["a duplicate id", (m) => (fn(m, "TIER").id = "AMOUNT"), /AMOUNT: duplicate id/],
  ["a name with a digit", (m) => (fn(m, "TIER").name = "TIER2"), /TIER: name must/],
  ["a name that reads as a cell", (m) => Object.assign(fn(m, "TIER"), { id: "ABC123", name: "ABC.X" }), /ABC123: name or id reads as a cell reference/],
  ["an Excel 4.0 macro name", (m) => Object.assign(fn(m, "TIER"), { id: "RUN", name: "RUN" }), /RUN: name or id is an Excel 4.0 macro function/],
  ["a duplicate name", (m) => (fn(m, "TIER").name = "AMOUNT"), /TIER: duplicate name AMOUNT/],
  ["a required parameter after an optional one", (m) => (fn(m, "SCORE").parameters[1].optional = true), /SCORE\.\w+: a required parameter after an optional one/],
  ["a repeating parameter that is not last", (m) => (fn(m, "SCORE").parameters[0].repeating = true), /a repeating parameter must be the last/],
  ["a dimensionality Excel does not know", (m) => ((fn(m, "SCORE").parameters[0] as { dimensionality?: string }).dimensionality = "vector"), /dimensionality must be scalar or matrix/],
  ["a parameter type Excel does not know", (m) => (fn(m, "AMOUNT").parameters[0].type = "date"), /type must be boolean, number, string or any/],
  ["a parameter name with a space", (m) => (fn(m, "AMOUNT").parameters[0].name = "the value"), /parameter name must be non-empty/],
  ["no result", (m) => delete (fn(m, "AMOUNT") as { result?: unknown }).result, /AMOUNT: result is required/],
  ["stream with cancelable", (m) => ((fn(m, "AMOUNT") as { options?: unknown }).options = { stream: true, cancelable: true }), /stream and cancelable/],
];
test.each(broken)("%s is reported", (_name, mutate, expected) => {
  const m = JSON.parse(JSON.stringify(en)) as Metadata;
  mutate(m);
  expect(checkMetadataRules(m).join("\n")).toMatch(expected);
});

test("no functions at all is reported", () => {
  expect(checkMetadataRules({ functions: [] })).toEqual(["functions: must be a non-empty array"]);
});
