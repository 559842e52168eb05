// Golden test of `sanpi merge` on a copy of the shared returns family
// (test/fixtures/returns, cycle.md §1–2): the --json lists reproduce
// expected.json and expected-into.json; what merge writes scores as
// concat.xlsx (its 项目台账 with concat's other sheets) and as
// master-updated.xlsx (master-updated-2023.json).
import { copyFileSync, readFileSync } from "fs";
import path from "path";
import { readXlsx, readXlsxValues } from "../../src/cli/xlsx-read";
import { ZipArchive } from "../../src/xlsx/zip";
import { builtinProfile, parsePeriod, readWorkbook, reportToJson, scorePeriod, type WorkbookInput } from "../../src/engine";
import { ROOT, sanpi, scratch } from "./helpers";

const DIR = path.join(ROOT, "test", "fixtures", "returns");
const json = (file: string) => JSON.parse(readFileSync(path.join(DIR, file), "utf8"));
const tmp = scratch();

type Row = { unit: string; total: number; rank: number; award?: number };
const groupsOf = (report: { groups: { id: string; rows: unknown[] }[] }) =>
  report.groups.map((g) => ({ id: g.id, rows: (g.rows as Row[]).map((r) => ({ unit: r.unit, total: Math.round(r.total * 100) / 100, rank: r.rank, award: r.award ?? null })) }));
const score = (book: WorkbookInput, period: string) => {
  const base = builtinProfile();
  return reportToJson(scorePeriod(readWorkbook(book, base), parsePeriod(period, base)!));
};

describe("merge returns/ (expected.json)", () => {
  let doc: {
    files: { file: string; rows: number; error: string | null; units: string[]; sheet: string | null }[];
    rows: number;
    missingUnits: string[];
    duplicates: { unit: string; name: string; sources: { file: string; row: number }[]; conflicts: { column: string }[] }[];
    changes: unknown[];
    added: unknown[];
    notReturned: unknown[];
    issues: { code: string; file: string | null }[];
  };
  let code: number;
  const expected = json("expected.json");
  beforeAll(async () => {
    const out = path.join(tmp.dir(), "汇总台账.xlsx");
    const r = await sanpi(["merge", path.join(DIR, "returns"), "--out", out, "--json"], tmp.dir());
    code = r.code;
    doc = JSON.parse(r.stdout);
  });

  test("files in code-point order with their rows; the lock file skipped; the bad file listed, the rest merged", () => {
    const read = doc.files.filter((f) => f.error === null);
    expect(read.map((f) => [f.file, f.rows])).toEqual(expected.files.map((f: { file: string; rows: number }) => [f.file, f.rows]));
    expect(doc.files.filter((f) => f.error !== null).map((f) => f.file)).toEqual(expected.badFiles);
    expect(doc.files.some((f) => f.file.startsWith("~$"))).toBe(false);
    expect(doc.rows).toBe(expected.rows);
    expect(code).toBe(1);
  });

  test("missing units, duplicates with every source, the conflict's column", () => {
    expect(doc.missingUnits).toEqual(expected.missingUnits);
    for (const d of expected.duplicates as { unit: string; name: string; files: string[]; conflicts: string[] }[]) {
      const got = doc.duplicates.find((x) => x.unit === d.unit && x.name === d.name);
      expect(got).toBeDefined();
      expect(got!.sources.map((s) => s.file)).toEqual(d.files);
      expect(got!.conflicts.map((c) => c.column)).toEqual(d.conflicts);
    }
    // Every duplicate listed has a conflict only where a scoring value differs: the copy sent unchanged has none.
    expect(doc.changes).toEqual([]);
    expect(doc.added).toEqual([]);
    expect(doc.notReturned).toEqual([]);
  });

  test.each(["2023", "2023Q2"])("the merged 项目台账 with concat.xlsx's other sheets scores as concat-%s.json", async (period) => {
    const merged = await readXlsx(path.join(tmp.dir(), "汇总台账.xlsx"));
    const concat = await readXlsx(path.join(DIR, "books", "concat.xlsx"));
    const got = score({ ...concat, 项目台账: merged["项目台账"] }, period);
    expect(groupsOf(got)).toEqual(groupsOf(json(`concat-${period}.json`)));
  });

  test("check on the merged workbook finds the errors it finds in concat.xlsx's ledger", async () => {
    const merged = readWorkbook(await readXlsx(path.join(tmp.dir(), "汇总台账.xlsx")));
    const concat = readWorkbook({ 项目台账: (await readXlsx(path.join(DIR, "books", "concat.xlsx")))["项目台账"] });
    const ledgerIssues = (p: typeof merged) => p.ledger.issues.map((i) => [i.severity, i.code, i.row, i.column]);
    expect(ledgerIssues(merged)).toEqual(ledgerIssues(concat));
    expect(merged.ledger.projects.length).toBe(concat.ledger.projects.length);
  });

  test("the merged workbook has the 汇总说明 sheet after the ledger", async () => {
    const { sheetNames } = await readXlsxValues(path.join(tmp.dir(), "汇总台账.xlsx"));
    expect(sheetNames).toEqual(["项目台账", "汇总说明"]);
  });
});

describe("merge updates/ --into master.xlsx (expected-into.json)", () => {
  const expected = json("expected-into.json");
  let doc: { changes: Record<string, unknown>[]; added: Record<string, unknown>[]; notReturned: Record<string, unknown>[]; missingUnits: string[] };
  let out: string;
  let master: string;
  beforeAll(async () => {
    // The master is copied: the test shows it is left as it was.
    master = path.join(tmp.dir(), "总台账.xlsx");
    copyFileSync(path.join(DIR, "books", "master.xlsx"), master);
    out = path.join(tmp.dir(), "总台账-更新.xlsx");
    const r = await sanpi(["merge", path.join(DIR, "updates"), "--into", master, "--out", out, "--json"], tmp.dir());
    expect(r.stderr).toBe("");
    doc = JSON.parse(r.stdout);
  });

  test("changes, additions, the project not returned and the missing units", () => {
    const pick = (o: Record<string, unknown>, keys: string[]) => Object.fromEntries(keys.map((k) => [k, o[k] ?? null]));
    for (const e of expected.changes) expect(doc.changes.map((c) => pick(c, Object.keys(e)))).toContainEqual(pick(e, Object.keys(e)));
    expect(doc.changes).toHaveLength(expected.changes.length);
    expect(doc.added.map((a) => [a.unit, a.name])).toEqual(expected.added.map((a: Record<string, string>) => [a.unit, a.name]));
    expect(doc.notReturned).toEqual(expected.notReturned);
    expect(doc.missingUnits).toEqual(expected.missingUnits);
  });

  test("the updated master scores as master-updated-2023.json; the master file is untouched", async () => {
    const got = score(await readXlsx(out), "2023");
    expect(groupsOf(got)).toEqual(groupsOf(json("master-updated-2023.json")));
    expect(readFileSync(master).equals(readFileSync(path.join(DIR, "books", "master.xlsx")))).toBe(true);
  });

  test("the master's other sheets and rows stay; the 汇总说明 is added", async () => {
    const before = await readXlsxValues(path.join(DIR, "books", "master.xlsx"));
    const after = await readXlsxValues(out);
    expect(after.sheetNames.slice(0, before.sheetNames.length)).toEqual(before.sheetNames);
    expect(after.sheetNames).toContain("汇总说明");
    for (const name of before.sheetNames.filter((n) => n !== "项目台账")) expect(after.values[name].values).toEqual(before.values[name].values);
    const names = (v: unknown[][]) => v.map((r) => r[13]);
    const b = names(before.values["项目台账"].values);
    expect(names(after.values["项目台账"].values).slice(0, b.length)).toEqual(b);
  });

  test("the master's other parts are copied byte for byte (only its ledger sheet and the package's lists change)", () => {
    const raw = (file: string) => {
      const zip = new ZipArchive(new Uint8Array(readFileSync(file)));
      return new Map(zip.entries().map((e) => [e.name, zip.read(e.name)]));
    };
    const before = raw(path.join(DIR, "books", "master.xlsx"));
    const after = raw(out);
    const ledgerPart = "xl/worksheets/sheet2.xml"; // 项目台账 is the master's second sheet
    const touched = new Set([ledgerPart, "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml", "xl/styles.xml", "docProps/app.xml"]);
    expect(before.has(ledgerPart)).toBe(true);
    for (const [name, bytes] of before) {
      if (touched.has(name)) continue;
      expect({ name, same: after.get(name) !== undefined && Buffer.from(after.get(name)!).equals(Buffer.from(bytes!)) }).toEqual({ name, same: true });
    }
  });

  test("reconciling again with the updated master changes nothing", async () => {
    const again = path.join(tmp.dir(), "again.xlsx");
    const r = await sanpi(["merge", path.join(DIR, "updates"), "--into", out, "--out", again, "--json"], tmp.dir());
    const d = JSON.parse(r.stdout);
    expect(d.changes).toEqual([]);
    expect(d.added).toEqual([]);
  });
});

