// Golden workbooks: every folder of test/fixtures holds one .xlsx and the
// expected `score --json` groups per period (`*-2023Q1.json`, `*-2026.json`),
// optionally `*-bad-rows.json`, and optionally `*.profile.json`: the workbook's
// 考评参数 changes as a profile file, which must score the workbook without its
// 考评参数 sheet the same (profiles.md §4). Expected `year` and `parameters`,
// where given, are compared too. Adding a case is adding a folder.
import * as fs from "fs";
import * as path from "path";
import { readXlsx } from "../../src/cli/xlsx-read";
import { reportToJson } from "../../src/engine/json";
import { parsePeriod } from "../../src/engine/period";
import { profileFromFile } from "../../src/engine/profile/resolve";
import { builtinProfile } from "../../src/engine/profile/builtin";
import { scorePeriod } from "../../src/engine/score/report";
import type { WorkbookInput } from "../../src/engine/types";
import { readWorkbook } from "../../src/engine/workbook";

const BUILTIN = builtinProfile();

const ROOT = path.join(__dirname, "..", "fixtures");
const cases = fs
  .readdirSync(ROOT, { withFileTypes: true })
  .filter((e) => e.isDirectory() && fs.readdirSync(path.join(ROOT, e.name)).some((f) => f.endsWith(".xlsx")))
  .map((e) => e.name);

type Row = Record<string, unknown> & { unit: string };
type ReportJsonOf = ReturnType<typeof reportToJson>;

/** Numbers within 0.01, everything else (ranks, awards, flags) exact. */
function compareRow(expected: Row, got: Row | undefined): string[] {
  if (!got) return [`${expected.unit}: missing`];
  return Object.keys(expected).flatMap((k) => {
    const a = expected[k];
    const b = got[k];
    const same = typeof a === "number" && typeof b === "number" && k !== "rank" ? Math.abs(a - b) <= 0.01 + 1e-9 : a === b;
    return same ? [] : [`${expected.unit}.${k}: expected ${a}, got ${b}`];
  });
}

describe.each(cases)("golden workbook %s", (name) => {
  const dir = path.join(ROOT, name);
  const files = fs.readdirSync(dir);
  const xlsx = files.find((f) => f.endsWith(".xlsx"))!;
  const periods = files.map((f) => /-(\d{4}(?:Q[1-4])?)\.json$/.exec(f)).filter((m): m is RegExpExecArray => !!m);
  let book: WorkbookInput;
  beforeAll(async () => {
    book = await readXlsx(path.join(dir, xlsx));
  });

  const profileFile = files.find((f) => f.endsWith(".profile.json"));
  const score = (b: WorkbookInput, base: typeof BUILTIN, period: string): ReportJsonOf => reportToJson(scorePeriod(readWorkbook(b, base), parsePeriod(period, base)!));
  const variants: [string, (period: string) => ReportJsonOf][] = [["the workbook", (period) => score(book, BUILTIN, period)]];
  if (profileFile) {
    variants.push([`the workbook without 考评参数 and ${profileFile}`, (period) => {
      const { profile, problems } = profileFromFile(fs.readFileSync(path.join(dir, profileFile), "utf8"), profileFile);
      expect(problems).toEqual([]);
      const { 考评参数: _params, ...rest } = book as Record<string, WorkbookInput[string]>;
      return score(rest, profile!, period);
    }]);
  }

  test.each(periods.flatMap((m) => variants.map((v) => [m[1], m.input, v[0], v[1]] as const)))("period %s reproduces %s from %s", (period, file, _what, run) => {
    const expected = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")) as {
      groups: { id: string; rows: Row[] }[];
      year?: number;
      parameters?: { id: string; value: unknown; source: string }[];
    };
    const got = run(period);
    if (expected.year !== undefined) expect(got.year).toBe(expected.year);
    if (expected.parameters) {
      // The same values whichever layer set them; the source says which (考评参数 here, file there).
      const values = (ps: { id: string; value: unknown }[]) => ps.map(({ id, value }) => ({ id, value })).sort((a, b) => a.id.localeCompare(b.id));
      expect(values(got.parameters)).toEqual(values(expected.parameters));
    }
    const diffs: string[] = [];
    for (const g of expected.groups) {
      const gg = got.groups.find((x) => x.id === g.id);
      expect(gg).toBeDefined();
      const rows = gg!.rows as unknown as Row[];
      for (const r of g.rows) diffs.push(...compareRow(r, rows.find((x) => x.unit === r.unit)));
      // Same order: by rank, then by the unit's order in rules §1 (when the case lists the whole group).
      if (g.rows.length === rows.length) expect(rows.map((r) => r.unit)).toEqual(g.rows.map((r) => r.unit));
    }
    expect(diffs).toEqual([]);
  });

  const badFile = files.find((f) => f.endsWith("-bad-rows.json"));
  if (badFile) {
    test("every bad row is an error issue with its row number, and no other row is", () => {
      const bad = JSON.parse(fs.readFileSync(path.join(dir, badFile), "utf8")) as { row: number; bad: string }[];
      const errors = readWorkbook(book).issues.filter((i) => i.severity === "error" && i.sheet === "项目台账");
      for (const b of bad) {
        const codes = errors.filter((e) => e.row === b.row).map((e) => e.code);
        expect({ row: b.row, codes }).toEqual({ row: b.row, codes: expect.arrayContaining([b.bad === "dup" ? "row.duplicate" : b.bad]) });
      }
      expect([...new Set(errors.map((e) => e.row))].sort((x, y) => x! - y!)).toEqual(bad.map((b) => b.row).sort((x, y) => x - y));
    });
  }
});
