// The ledger fingerprint: equal content → equal key whatever array holds it;
// any one changed cell, type or shape → another key. And the LRU's bound.
import * as fc from "fast-check";
import { fingerprint, Lru } from "../../src/functions/cache";

const cell = fc.oneof(fc.double({ noNaN: false }), fc.integer(), fc.string(), fc.boolean(), fc.constant(null), fc.constant(""), fc.date({ noInvalidDate: true }));
const sheet = fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 });

test("the same content in fresh arrays gives the same key", () => {
  fc.assert(fc.property(sheet, (s) => expect(fingerprint(s.map((r) => [...r]))).toBe(fingerprint(s))));
});

test("changing any one cell changes the key", () => {
  fc.assert(
    fc.property(sheet, fc.nat(), fc.nat(), cell, (s, i, j, v) => {
      const r = i % s.length;
      const c = j % s[r].length;
      fc.pre(!Object.is(s[r][c], v) && !(s[r][c] instanceof Date && v instanceof Date && s[r][c].getTime() === v.getTime()));
      const edited = s.map((row) => [...row]);
      edited[r][c] = v;
      expect(fingerprint(edited)).not.toBe(fingerprint(s));
    }),
  );
});

test("types and shapes are part of the key", () => {
  expect(fingerprint([[1]])).not.toBe(fingerprint([["1"]]));
  expect(fingerprint([[true]])).not.toBe(fingerprint([[1]]));
  expect(fingerprint([[null]])).not.toBe(fingerprint([[""]]));
  expect(fingerprint([[1, 2]])).not.toBe(fingerprint([[1], [2]]));
  expect(fingerprint([["ab", "c"]])).not.toBe(fingerprint([["a", "bc"]]));
  expect(fingerprint(null)).not.toBe(fingerprint([]));
});

test("the LRU keeps the most recently used entries", () => {
  const lru = new Lru<number>(2);
  lru.set("a", 1);
  lru.set("b", 2);
  expect(lru.get("a")).toBe(1);
  lru.set("c", 3);
  expect(lru.get("b")).toBeUndefined();
  expect(lru.get("a")).toBe(1);
  expect(lru.size).toBe(2);
});
