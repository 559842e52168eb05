// The page's file host (src/web): the pane's workflow over an opened .xlsx
// gives the CLI's report, writes `sanpi rank`'s sheets into a copy (the opened
// bytes untouched), replaces them when ranked again, adds the template's
// missing sheets, and refuses what the CLI refuses with its words.
import fs from "fs";
import path from "path";
import { builtinProfile, describeTemplate, inputSheetNames, readWorkbook, reportToJson, scorePeriod, type Period } from "../../src/engine";
import { readBookValues } from "../../src/xlsx/book";
import { refusalText } from "../../src/xlsx/refusal";
import { readBookFile, type BookFile } from "../../src/web/book-file";
import { fileHost, rankedName } from "../../src/web/file-host";
import { BookReader } from "../../src/web/read-worker";
import { addTemplate, commitGenerate, prepareGenerate, runCheck } from "../../src/taskpane/workflow";
import { run } from "../../src/cli/run";

jest.setTimeout(180_000);

const ROOT = path.join(__dirname, "../..");
const LEDGER = path.join(ROOT, "test/fixtures/ledger-3/ledger-3.xlsx");
const Q2: Period = { year: 2023, kind: "quarter", quarter: 2 };

async function opened(file = LEDGER, name = path.basename(file)): Promise<BookFile> {
  const r = await readBookFile(name, new Uint8Array(fs.readFileSync(file)));
  if (!r.ok) throw new Error(JSON.stringify(r.refusal));
  return r.file;
}

function saver(): { saved: { name: string; bytes: Uint8Array }[]; save: (name: string, bytes: Uint8Array) => void } {
  const saved: { name: string; bytes: Uint8Array }[] = [];
  return { saved, save: (name, bytes) => saved.push({ name, bytes }) };
}

test("the check over the file host is the CLI's report for the same workbook", async () => {
  const file = await opened();
  const outcome = await runCheck(fileHost(file, () => undefined), Q2, null);
  const values = await readBookValues(fs.readFileSync(LEDGER), inputSheetNames);
  const cli = scorePeriod(readWorkbook(values.values, builtinProfile(), { sheetNames: values.sheetNames }), Q2);
  expect(reportToJson(outcome.report)).toEqual(reportToJson(cli));
});

test("生成排名 downloads a copy with sanpi rank's sheets; the opened bytes stay as they were; ranking again replaces them", async () => {
  const file = await opened();
  const before = Buffer.from(file.bytes);
  const { saved, save } = saver();
  const host = fileHost(file, save);
  const prepared = await prepareGenerate(host, Q2, "zh", null);
  const result = await commitGenerate(host, prepared, "replace");
  expect(saved.map((s) => s.name)).toEqual([rankedName("ledger-3.xlsx", "2023Q2")]);
  expect(result.file).toBe("ledger-3-排名-2023Q2.xlsx");
  expect(Buffer.from(file.bytes).equals(before)).toBe(true);
  const original = await readBookValues(before);
  const ranked = await readBookValues(saved[0].bytes);
  expect(ranked.sheetNames).toEqual([...original.sheetNames, ...prepared.specs.map((s) => s.name)]);
  for (const name of original.sheetNames) expect(ranked.values[name]).toEqual(original.values[name]);

  // The same bytes as `sanpi rank`, part for part.
  const out = path.join(fs.mkdtempSync(path.join(require("os").tmpdir(), "sanpi-web-")), "rank.xlsx");
  await run(["rank", LEDGER, "--quarter", "2023Q2", "--out", out], { out: () => undefined, err: () => undefined, errIsTTY: false, cwd: ROOT });
  const cli = await readBookValues(fs.readFileSync(out));
  expect(ranked).toEqual(cli);

  // The ranked copy opened and ranked again: its generated sheets are replaced, none added beside them.
  fs.writeFileSync(out, saved[0].bytes);
  const again = await opened(out, "ledger-3-排名-2023Q2.xlsx");
  const second = saver();
  const host2 = fileHost(again, second.save);
  const p2 = await prepareGenerate(host2, Q2, "zh", null);
  expect(p2.toReplace).toEqual(prepared.specs.map((s) => s.name));
  await commitGenerate(host2, p2, "replace");
  expect((await readBookValues(second.saved[0].bytes)).sheetNames).toEqual(ranked.sheetNames);
});

test("添加模板表 downloads a copy with only the missing input sheets", async () => {
  const file = await opened();
  const { saved, save } = saver();
  const host = fileHost(file, save);
  const result = await addTemplate(host, "zh", builtinProfile(), 2023);
  const names = describeTemplate(builtinProfile(), "zh", 2023).filter((s) => s.kind !== "lists").map((s) => s.name);
  expect(result.present.length + result.added.filter((n) => names.includes(n)).length).toBe(names.length);
  if (result.added.length) {
    expect(saved).toHaveLength(1);
    const copy = await readBookValues(saved[0].bytes);
    for (const n of result.added) expect(copy.sheetNames).toContain(n);
  } else expect(saved).toHaveLength(0);
});

test.each([
  ["not a workbook", new TextEncoder().encode("这不是工作簿")],
  ["empty", new Uint8Array()],
  ["old .xls", fs.readFileSync(path.join(ROOT, "test/cli/files/old.xls"))],
  ["encrypted", fs.readFileSync(path.join(ROOT, "test/cli/files/encrypted.xlsx"))],
  ["cut short", fs.readFileSync(LEDGER).subarray(0, 40_000)],
])("%s: refused with the CLI's words", async (_what, bytes) => {
  const dir = fs.mkdtempSync(path.join(require("os").tmpdir(), "sanpi-web-"));
  const file = path.join(dir, "台账.xlsx");
  fs.writeFileSync(file, bytes);
  const r = await readBookFile("台账.xlsx", new Uint8Array(bytes));
  expect(r.ok).toBe(false);
  let stderr = "";
  const code = await run(["check", "台账.xlsx"], { out: () => undefined, err: (s) => (stderr += s), errIsTTY: false, cwd: dir });
  expect(code).toBe(2);
  if (!r.ok) expect(stderr).toContain(refusalText(r.refusal, "台账.xlsx", "zh"));
});

test("without workers (or where they cannot start) the reader reads on the page", async () => {
  const bytes = new Uint8Array(fs.readFileSync(LEDGER));
  const r = await new BookReader(null).read("ledger-3.xlsx", bytes);
  expect(r.ok && Object.keys(r.file.book).sort()).toEqual(Object.keys((await opened()).book).sort());
});
