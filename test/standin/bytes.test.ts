// The stand-in's payload sizes (core.ts bytesOf), counted without building the
// JSON, are exactly the UTF-8 bytes of JSON.stringify, for any value a load returns.
import fc from "fast-check";
import { bytesOf } from "./core";

const exact = (v: unknown): number => new TextEncoder().encode(JSON.stringify(v)).length;

describe("bytesOf", () => {
  it("equals the UTF-8 length of JSON.stringify for cell values, formulas and loaded objects", () => {
    const cell = fc.oneof(
      fc.string({ unit: "binary" }),
      fc.string({ unit: "grapheme" }),
      fc.double(),
      fc.integer(),
      fc.boolean(),
      fc.constant(""),
      fc.constant(null),
      fc.record({ formula: fc.string() }),
    );
    fc.assert(fc.property(fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 8 }), (values) => bytesOf({ values, rowIndex: 3 }) === exact({ values, rowIndex: 3 })));
    fc.assert(fc.property(fc.jsonValue(), (v) => bytesOf(v) === exact(v)));
  });

  it("counts escapes, CJK, emoji and lone surrogates as JSON writes them", () => {
    for (const s of ['a"b\\c', "\n\t\r\b\f\u0001\u001f", "项目台账", "😀", "\ud800", "x\udc00y", "\u2028"]) expect(bytesOf(s)).toBe(exact(s));
    expect(bytesOf([undefined, () => 1, NaN, -0, 1e21])).toBe(exact([undefined, () => 1, NaN, -0, 1e21]));
    expect(bytesOf({ a: undefined, b: 1 })).toBe(exact({ a: undefined, b: 1 }));
  });
});
