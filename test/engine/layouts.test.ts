// The layouts clerks use (workbook-format §1.1) score exactly like the flat
// template. Golden folders: every folder of test/fixtures/layouts holds a
// family member as generated for the spec (clerk.xlsx + flat.xlsx,
// targets-pasted.xlsx + targets-flat.xlsx, meta.json): adding a case is adding
// a folder. Then a property: any print layout of a generated ledger scores
// like the ledger itself, in memory and through an .xlsx.
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { readXlsx } from "../../src/cli/xlsx-read";
import { reportToJson, type ReportJson } from "../../src/engine/json";
import { parsePeriod } from "../../src/engine/period";
import { builtinProfile } from "../../src/engine/profile/builtin";
import { scorePeriod } from "../../src/engine/score/report";
import type { Issue, SheetInput, WorkbookInput } from "../../src/engine/types";
import { readWorkbook } from "../../src/engine/workbook";
import { toClerkLayout, type ClerkOptions } from "../support/clerk-layout";
import { generateBook, toSheetInputs } from "../support/ledger-generator";
import { scratch } from "../cli/helpers";

const BUILTIN = builtinProfile();

const ROOT = path.join(__dirname, "..", "fixtures", "layouts");
const PERIODS = ["2023Q1", "2023Q2", "2023Q3", "2023Q4", "2023"];
const cases = fs.readdirSync(ROOT).filter((d) => fs.existsSync(path.join(ROOT, d, "meta.json")));

interface SheetMeta {
  sheet: string;
  projects: { row: number }[];
  incomplete?: { row: number; code: string }[];
  nonProject?: { row: number; kind: string }[];
}
type Meta = { workbooks: Record<string, Record<string, SheetMeta>>; targets?: { newUnit?: { name: string } } };

const score = (book: WorkbookInput, period: string): ReportJson => reportToJson(scorePeriod(readWorkbook(book), parsePeriod(period, BUILTIN)!));
const errorCount = (issues: Issue[] | ReportJson["issues"]) => issues.filter((i) => i.severity === "error").length;

describe.each(cases)("layout family member %s", (name) => {
  const dir = path.join(ROOT, name);
  const meta = JSON.parse(fs.readFileSync(path.join(dir, "meta.json"), "utf8")) as Meta;
  const books: Record<string, WorkbookInput> = {};
  beforeAll(async () => {
    for (const f of Object.keys(meta.workbooks)) books[f] = await readXlsx(path.join(dir, f));
  });

  test.each(PERIODS)("%s: clerk.xlsx gives the groups and the error count of flat.xlsx", (period) => {
    const clerk = score(books["clerk.xlsx"], period);
    const flat = score(books["flat.xlsx"], period);
    expect(clerk.groups).toEqual(flat.groups);
    expect(errorCount(clerk.issues)).toBe(errorCount(flat.issues));
  });

  test.each(PERIODS)("%s: targets-pasted.xlsx (附件2 as printed) gives the groups of targets-flat.xlsx", (period) => {
    const pasted = score(books["targets-pasted.xlsx"], period);
    expect(pasted.groups).toEqual(score(books["targets-flat.xlsx"], period).groups);
    const added = meta.targets?.newUnit?.name;
    if (added) expect(pasted.groups.find((g) => g.id === "towns")!.rows.map((r) => r.unit)).toContain(added);
  });

  test("every row meta marks as not a project is info only; every project row is read; the half-typed row is an error", () => {
    for (const [file, sheets] of Object.entries(meta.workbooks)) {
      const issues = readWorkbook(books[file]).issues;
      for (const s of Object.values(sheets)) {
        const on = (row: number) => issues.filter((i) => i.sheet === s.sheet && i.row === row);
        for (const np of s.nonProject ?? []) expect([file, np.row, on(np.row).map((i) => i.severity)]).toEqual([file, np.row, ["info"]]);
        for (const p of s.projects ?? []) expect([file, p.row, on(p.row).filter((i) => i.severity === "info")]).toEqual([file, p.row, []]);
        for (const bad of s.incomplete ?? []) expect(on(bad.row).map((i) => i.code)).toContain(bad.code);
      }
    }
  });
});

describe("property: a print layout of a ledger scores like the ledger (workbook-format §1.1)", () => {
  const options = fc.record<ClerkOptions>({
    seed: fc.integer({ min: 1, max: 1_000_000 }),
    band: fc.boolean(),
    sections: fc.constantFrom("unit", "stage", "none"),
    mergeUnits: fc.boolean(),
    subtotals: fc.boolean(),
    notes: fc.boolean(),
    secondTable: fc.boolean(),
    mergesKnown: fc.boolean(),
  });
  const groupsAndErrors = (book: WorkbookInput) => {
    const r = score(book, "2023");
    return { groups: r.groups, errors: errorCount(r.issues) };
  };

  test("inserting section, subtotal and notes rows, splitting the header into a band and merging unit cells never changes groups", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), options, (bookSeed, o) => {
        const flat = toSheetInputs(generateBook({ projects: 80, seed: bookSeed }));
        // Without the merged areas a merged 责任单位 is an error by design (§1.1), so only unmerged units then.
        const opts = { ...o, mergeUnits: o.mergeUnits && o.mergesKnown };
        const clerk = toClerkLayout(flat["项目台账"].values, opts);
        const book = { ...flat, 项目台账: clerk.input };
        expect(groupsAndErrors(book)).toEqual(groupsAndErrors(flat));
        const info = new Set(readWorkbook(book).ledger.issues.filter((i) => i.code === "row.skipped").map((i) => i.row));
        expect(clerk.nonProject.filter((r) => !info.has(r))).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  const tmp = scratch();
  test("the same through an .xlsx written with the merged areas (the CLI host)", async () => {
    for (const seed of [11, 12, 13]) {
      const flat = toSheetInputs(generateBook({ projects: 60, seed }));
      const clerk = toClerkLayout(flat["项目台账"].values, {
        seed, band: true, sections: seed % 2 ? "unit" : "stage", mergeUnits: true, subtotals: true, notes: true, secondTable: seed === 13, mergesKnown: true,
      });
      const file = path.join(tmp.dir(), `clerk-${seed}.xlsx`);
      await writeLayout({ ...flat, 项目台帐: clerk.input }, file);
      const fromFile = await readXlsx(file);
      expect(groupsAndErrors(fromFile)).toEqual(groupsAndErrors(flat));
    }
  });
});

/** Writes sheets as Excel stores them: a merged area's value in its top-left cell only. */
async function writeLayout(book: Record<string, SheetInput>, file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const [name, s] of Object.entries(book)) {
    if (name === "项目台账") continue;
    const ws = wb.addWorksheet(name);
    s.values.forEach((r, i) => r.forEach((v, c) => {
      if (v !== "" && v !== null && v !== undefined) ws.getCell(i + 1, c + 1).value = v as ExcelJS.CellValue;
    }));
    for (const m of s.merges ?? []) ws.mergeCells(m.row0 + 1, m.col0 + 1, m.row1 + 1, m.col1 + 1);
  }
  await wb.xlsx.writeFile(file);
}
