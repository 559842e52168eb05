// Our reader against ExcelJS: the same values and merges on every fixture
// workbook, and random grids written by ExcelJS read back as range.values
// would give them (where ExcelJS's own reading is wrong, see xlsx-fast.test.ts).
import { existsSync, readdirSync, readFileSync, statSync } from "fs";
import { createHash } from "crypto";
import path from "path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { readBookValues } from "../../src/xlsx/book";
import type { CellValue, MergedArea, SheetInput } from "../../src/engine";
import { readWithExcelJs } from "../support/exceljs-values";
import { ROOT } from "./helpers";

/** Every .xlsx under test/fixtures and the shared fixtures beside the repository, each content once. */
function fixtureFiles(): string[] {
  const roots = [path.join(ROOT, "test", "fixtures")].filter(existsSync);
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) => {
      const p = path.join(dir, f);
      // A file that only pretends to be a workbook (the returns family's bad.xlsx) is no ZIP: neither reader reads it.
      const isZip = (): boolean => readFileSync(p).subarray(0, 4).toString("latin1") === "PK\x03\x04";
      return statSync(p).isDirectory() ? walk(p) : /\.xlsx$/i.test(f) && isZip() ? [p] : [];
    });
  const seen = new Set<string>();
  return roots.flatMap(walk).filter((f) => {
    const h = createHash("sha1").update(readFileSync(f)).digest("hex");
    return !seen.has(h) && !!seen.add(h);
  });
}

/** The cells where two readings differ; numbers within 1e-9 are equal (ExcelJS goes through Date, rounding to the millisecond). */
function differences(ours: CellValue[][], theirs: CellValue[][]): string[] {
  const out: string[] = [];
  const same = (a: CellValue, b: CellValue) =>
    typeof a === "number" && typeof b === "number" ? Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a)) : JSON.stringify(a) === JSON.stringify(b);
  for (let r = 0; r < Math.max(ours.length, theirs.length); r++) {
    for (let c = 0; c < Math.max(ours[r]?.length ?? 0, theirs[r]?.length ?? 0); c++) {
      const [a, b] = [ours[r]?.[c], theirs[r]?.[c]];
      if (!same(a, b)) out.push(`R${r + 1}C${c + 1}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
    }
  }
  return out;
}

const sorted = (m: MergedArea[] | null | undefined) => [...(m ?? [])].sort((a, b) => a.row0 - b.row0 || a.col0 - b.col0);

describe("every fixture workbook reads as ExcelJS reads it", () => {
  const files = fixtureFiles();
  it("finds the fixtures", () => {
    expect(files.length).toBeGreaterThanOrEqual(6);
  });

  it.each(files.map((f) => [path.relative(ROOT, f), f]))("%s", async (_, file) => {
    const ours = await readBookValues(readFileSync(file));
    const theirs = await readWithExcelJs(file);
    expect(ours.sheetNames).toEqual(Object.keys(theirs));
    for (const name of ours.sheetNames) {
      // No fixture holds a cell ExcelJS reads wrong (a formula cached as 0 and the rest of xlsx-fast.test.ts).
      expect(differences(ours.values[name].values, theirs[name].values)).toEqual([]);
      expect(ours.values[name].values.length).toBe(theirs[name].values.length);
      expect(sorted(ours.values[name].merges)).toEqual(sorted(theirs[name].merges));
    }
  });
});

// ---- random grids written by ExcelJS ----

const XML_SAFE = /^[\t\n\u0020-\ud7ff\ue000-\ufffd]*$/u;
const CHARS = [..."ab Z09 ._-&<>\"'\t\n汝州临汝镇项目（）、", "一", "😀"];
/** Text as a clerk types it; not Excel's own `_x000D_` escape (ExcelJS writes that unescaped), nor a CR (XML reads it as LF). */
const text = fc.string({ unit: fc.constantFrom(...CHARS), maxLength: 12 }).filter((s) => XML_SAFE.test(s) && !/_x[0-9A-Fa-f]{4}_/.test(s));
const nonEmpty = text.filter((s) => s.length > 0);
const number = fc.oneof(fc.integer({ min: -1e9, max: 1e9 }), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constant(0)).filter((n) => !Object.is(n, -0));
const error = fc.constantFrom("#N/A", "#REF!", "#DIV/0!", "#VALUE!", "#NAME?", "#NUM!", "#NULL!").map((e) => ({ error: e }));
const date = fc.date({ min: new Date(Date.UTC(1950, 0, 1)), max: new Date(Date.UTC(2100, 0, 1)), noInvalidDate: true });

const cell: fc.Arbitrary<ExcelJS.CellValue> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 3, arbitrary: number },
  { weight: 3, arbitrary: text },
  fc.boolean(),
  error,
  date,
  fc.array(fc.record({ text: nonEmpty, font: fc.constant({ bold: true }) }), { minLength: 1, maxLength: 3 }).map((richText) => ({ richText })),
  nonEmpty.map((t) => ({ text: t, hyperlink: "https://example.org/?a=1&b=2" })),
  fc.oneof(number, text, fc.boolean(), error).map((result) => ({ formula: "1+1", result }) as ExcelJS.CellValue),
  fc.constant({ formula: "SUM(A1:A2)" } as ExcelJS.CellValue),
);

/** What range.values gives for a value ExcelJS wrote. */
function asRangeValue(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return 25569 + v.getTime() / 86_400_000;
  if (typeof v !== "object") return v;
  const o = v as unknown as Record<string, unknown>;
  if (typeof o.error === "string") return o.error;
  if (Array.isArray(o.richText)) return (o.richText as { text: string }[]).map((r) => r.text).join("");
  if ("formula" in o) return o.result === undefined ? { formula: o.formula as string } : asRangeValue(o.result as ExcelJS.CellValue);
  return o.text as string;
}

const sheetName = fc
  .string({ unit: fc.constantFrom(..."项目台账 考核 ab1&'\"（）-"), minLength: 1, maxLength: 31 })
  .filter((s) => !/^'|'$/.test(s) && s !== "History");

const grid = fc.record({
  name: sheetName,
  cells: fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 }),
  merge: fc.option(fc.record({ row0: fc.nat(6), col0: fc.nat(4), rows: fc.nat(2), cols: fc.integer({ min: 1, max: 2 }) })),
});

function expectedSheet(cells: ExcelJS.CellValue[][], merge: MergedArea | null): SheetInput {
  const values = cells.map((r) => r.map(asRangeValue));
  if (merge) {
    for (let r = merge.row0; r <= merge.row1; r++) for (let c = merge.col0; c <= merge.col1; c++) if ((r !== merge.row0 || c !== merge.col0) && values[r]) values[r][c] = "";
  }
  const filled = (v: CellValue | undefined) => v !== undefined && v !== "";
  const height = values.reduce((h, r, i) => (r.some(filled) ? i + 1 : h), 0);
  const width = values.reduce((w, r) => Math.max(w, r.reduce<number>((x, v, i) => (filled(v) ? i + 1 : x), 0)), 0);
  return {
    values: values.slice(0, height).map((r) => Array.from({ length: width }, (_, i) => (r[i] === undefined ? "" : r[i]))),
    merges: merge ? [merge] : [],
  };
}

it("property: a random grid written by ExcelJS reads back as range.values gives it", async () => {
  await fc.assert(
    fc.asyncProperty(grid, async ({ name, cells, merge }) => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet(name);
      cells.forEach((r, i) => r.forEach((v, j) => v !== null && (ws.getCell(i + 1, j + 1).value = v)));
      const area = merge ? { row0: merge.row0, col0: merge.col0, row1: merge.row0 + merge.rows, col1: merge.col0 + merge.cols } : null;
      if (area) ws.mergeCells(area.row0 + 1, area.col0 + 1, area.row1 + 1, area.col1 + 1);
      const bytes = Buffer.from(await wb.xlsx.writeBuffer());
      const book = await readBookValues(bytes);
      expect(book.sheetNames).toEqual([name]);
      expect(book.values[name]).toEqual(expectedSheet(cells, area));
    }),
    { numRuns: 150 },
  );
});
