// The ledger cache: equal content is a hit whatever arrays hold it; any one
// changed cell, type or shape is a miss; later edits to the caller's arrays
// cannot reach the cached copy; the least recently used entry goes first.
import * as fc from "fast-check";
import { ContentCache, sameContent, shapeKey } from "../../src/functions/cache";

const cell = fc.oneof(fc.double(), fc.integer(), fc.string(), fc.boolean(), fc.constant(null), fc.constant(""), fc.date(), fc.constant({ error: "#N/A" }));
const sheet = fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 });
const copy = (s: unknown[][]) => s.map((r) => r.map((c) => (c instanceof Date ? new Date(c.getTime()) : typeof c === "string" ? ` ${c}`.slice(1) : c)));
const same = (x: unknown, y: unknown) => Object.is(x, y) || (x instanceof Date && y instanceof Date && Object.is(x.getTime(), y.getTime())) || (typeof x === "number" && x === y);

test("the same content in fresh arrays (fresh strings and Dates) is the same", () => {
  fc.assert(fc.property(sheet, (s) => expect(sameContent(copy(s), s)).toBe(true)));
});

test("changing any one cell makes it different", () => {
  fc.assert(
    fc.property(sheet, fc.nat(), fc.nat(), cell, (s, i, j, v) => {
      const r = i % s.length;
      const c = j % s[r].length;
      fc.pre(!same(s[r][c], v) && JSON.stringify(s[r][c]) !== JSON.stringify(v));
      const edited = copy(s);
      edited[r][c] = v;
      expect(sameContent(edited, s)).toBe(false);
    }),
  );
});

test("types and shapes count", () => {
  expect(sameContent([[1]], [["1"]])).toBe(false);
  expect(sameContent([[true]], [[1]])).toBe(false);
  expect(sameContent([[null]], [[""]])).toBe(false);
  expect(sameContent([[1, 2]], [[1], [2]])).toBe(false);
  expect(sameContent(null, [])).toBe(false);
  expect(sameContent(null, null)).toBe(true);
  expect(shapeKey([[[1, 2]], null])).toBe("1x2|-");
});

test("a hit needs every range equal; the cached copy ignores later in-place edits", () => {
  const cache = new ContentCache<string>(4);
  const ledger = [["项目名称", "总投资"], ["甲", 12000]];
  const inputs = [["季度"], ["2023Q1"]];
  cache.set([ledger, inputs], "parsed");
  expect(cache.get([copy(ledger), copy(inputs)])).toBe("parsed");
  expect(cache.get([ledger, null])).toBeUndefined();
  ledger[1][1] = 13000; // the caller's array changes after the call
  expect(cache.get([ledger, inputs])).toBeUndefined();
});

test("the least recently used entry is dropped first", () => {
  const cache = new ContentCache<number>(2);
  const a = [[1]];
  const b = [[2]];
  const c = [[3]];
  cache.set([a], 1);
  cache.set([b], 2);
  expect(cache.get([[[1]]])).toBe(1);
  cache.set([c], 3);
  expect(cache.get([b])).toBeUndefined();
  expect(cache.get([a])).toBe(1);
  expect(cache.size).toBe(2);
});

test("swapped cells, a type change that reads the same, and a row replaced at the same count are all misses", () => {
  const base = [["项目名称", "总投资"], ["甲", 12000], ["乙", 5000]];
  const cache = new ContentCache<string>(4);
  cache.set([base], "base");
  const variants: unknown[][][] = [
    [["项目名称", "总投资"], ["乙", 5000], ["甲", 12000]], // rows swapped
    [["项目名称", "总投资"], ["甲", 5000], ["乙", 12000]], // two cells swapped
    [["项目名称", "总投资"], ["甲", "12000"], ["乙", 5000]], // number → numeric text
    [["项目名称", "总投资"], ["甲", 12000], ["丙", 5000]], // a row replaced, same count
    [["项目名称", "总投资"], ["甲", 12000], ["乙", 5000, ""]], // a row one cell wider
  ];
  for (const v of variants) expect(cache.get([v])).toBeUndefined();
  expect(cache.get([copy(base)])).toBe("base");
});

test("the tag is part of the key: the same ranges read with another profile are another entry", () => {
  const cache = new ContentCache<string>(4);
  const r = [[1]];
  const [p, q] = [{}, {}];
  expect(cache.getOrMake([r], p, () => "p")).toBe("p");
  expect(cache.getOrMake([copy(r)], q, () => "q")).toBe("q");
  expect(cache.get([copy(r)], p)).toBe("p");
});

test("getOrMake hands the maker snapshots: the value never holds the caller's arrays", () => {
  const cache = new ContentCache<unknown[][]>(4);
  const mine = [["a", 1]];
  const made = cache.getOrMake([mine], null, ([s]) => s as unknown[][]);
  expect(made).toEqual(mine);
  expect(made).not.toBe(mine);
  expect(made[0]).not.toBe(mine[0]);
});

test("error cells: the same error is a hit, another error (even with JSON '{}') a miss", () => {
  class CellError extends Error {
    constructor(readonly code: string) {
      super(code);
    }
  }
  const cache = new ContentCache<string>(4);
  cache.set([[[new CellError("#N/A")]]], "na");
  expect(cache.get([[[new CellError("#N/A")]]])).toBe("na");
  expect(cache.get([[[new CellError("#DIV/0!")]]])).toBeUndefined();
  expect(cache.get([[[{ error: "#N/A" }]]])).toBeUndefined();
});
