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
import { commitMerge, prepareMerge, readPicked } from "../../src/taskpane/merge";
import { hasLedger, likelyMaster } from "../../src/web/master";
import { ZipArchive } from "../../src/xlsx/zip";
import { commitInspection, prepareInspection } from "../../src/taskpane/inspect";
import { inspectionToJson } from "../../src/engine/inspect/json";
import { PROBLEMS, withProblems } from "./problems-book";
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

describe("合并报送 into an opened master (decision 91): its ledger patched in place, as sanpi merge --into", () => {
  const DIR = path.join(ROOT, "test/fixtures/returns");
  const MASTER = path.join(DIR, "books/master.xlsx");
  const updates = () => fs.readdirSync(path.join(DIR, "updates")).sort().map((f) => path.join(DIR, "updates", f));
  const picked = (files: string[]) => files.map((f) => ({ name: path.basename(f), arrayBuffer: async () => new Uint8Array(fs.readFileSync(f)).buffer as ArrayBuffer }));
  const parts = (bytes: Uint8Array) => {
    const zip = new ZipArchive(bytes);
    return new Map(zip.entries().map((e) => [e.name, Buffer.from(zip.read(e.name)!)]));
  };
  let saved: { name: string; bytes: Uint8Array }[];
  let cliOut: string;
  let into: boolean;
  let before: Buffer;

  beforeAll(async () => {
    const master = await opened(MASTER, "总台账.xlsx");
    before = Buffer.from(master.bytes);
    const s = saver();
    saved = s.saved;
    const host = fileHost(master, s.save);
    expect(typeof host.patchLedger).toBe("function");
    const prepared = await prepareMerge(host, await readPicked(picked(updates())), "zh");
    into = prepared.into;
    await commitMerge(host, prepared, "replace");
    expect(Buffer.from(master.bytes).equals(before)).toBe(true); // the opened bytes are never changed
    cliOut = path.join(fs.mkdtempSync(path.join(require("os").tmpdir(), "sanpi-web-")), "总台账-更新.xlsx");
    const code = await run(["merge", path.join(DIR, "updates"), "--into", MASTER, "--out", cliOut], { out: () => undefined, err: () => undefined, errIsTTY: false, cwd: ROOT });
    expect(code).toBeLessThan(2);
  });

  test("one download, the master's copy named 总台账-合并报送.xlsx", () => {
    expect(into).toBe(true);
    expect(saved.map((s) => s.name)).toEqual(["总台账-合并报送.xlsx"]);
  });

  test("its ledger worksheet is byte for byte the one sanpi merge --into writes; every part the merge does not touch is the master's", () => {
    const page = parts(saved[0].bytes);
    const cli = parts(new Uint8Array(fs.readFileSync(cliOut)));
    const master = parts(new Uint8Array(before));
    const ledgerPart = "xl/worksheets/sheet2.xml"; // 项目台账 is the master's second sheet
    expect(page.get(ledgerPart)!.equals(master.get(ledgerPart)!)).toBe(false);
    expect(page.get(ledgerPart)!.equals(cli.get(ledgerPart)!)).toBe(true);
    expect(page.get("xl/styles.xml")!.equals(cli.get("xl/styles.xml")!)).toBe(true);
    const touched = new Set([ledgerPart, "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml", "xl/styles.xml", "docProps/app.xml"]);
    for (const [name, bytes] of master) if (!touched.has(name)) expect({ name, same: page.get(name)?.equals(bytes) ?? false }).toEqual({ name, same: true });
  });

  test("read back, it holds the CLI's sheets and values but the 汇总说明's name for the master", async () => {
    const page = await readBookValues(saved[0].bytes);
    const cli = await readBookValues(new Uint8Array(fs.readFileSync(cliOut)));
    expect(page.sheetNames).toEqual(cli.sheetNames);
    for (const name of cli.sheetNames.filter((n) => n !== "汇总说明")) expect({ name, values: page.values[name] }).toEqual({ name, values: cli.values[name] });
  });

  test("a write without a merge before it patches nothing (the patch is used once)", async () => {
    const master = await opened(MASTER, "总台账.xlsx");
    const s = saver();
    const host = fileHost(master, s.save);
    const prepared = await prepareMerge(host, await readPicked(picked(updates())), "zh");
    await commitMerge(host, prepared, "replace");
    const p = await prepareGenerate(host, Q2, "zh", null);
    await commitGenerate(host, p, "replace");
    const ranked = parts(s.saved[1].bytes);
    expect(ranked.get("xl/worksheets/sheet2.xml")!.equals(parts(master.bytes).get("xl/worksheets/sheet2.xml")!)).toBe(true);
  });
});

test("likelyMaster: the one workbook with a 项目台账 and data in 考核录入 or 企业评议; none when unclear", async () => {
  const DIR = path.join(ROOT, "test/fixtures/returns");
  const master = await opened(path.join(DIR, "books/master.xlsx"));
  const returns = await Promise.all(["05-临汝镇.xlsx", "07-小屯镇.xlsx"].map((f) => opened(path.join(DIR, "updates", f))));
  expect(likelyMaster([returns[0], master, returns[1]])).toBe(1);
  expect(likelyMaster(returns)).toBe(-1);
  expect(likelyMaster([master, returns[0], master])).toBe(-1);
  // Only a sheet named 项目台账 can be a master's (a return's Sheet1 is found by the merge's reader alone).
  expect(returns.map(hasLedger)).toEqual([true, false]);
});

test("月度督查 over the file host: sanpi inspect's result with the 问题台账; the copy, named after the month, holds its --out sheets", async () => {
  const dir = fs.mkdtempSync(path.join(require("os").tmpdir(), "sanpi-web-"));
  const ledger = path.join(dir, "台账.xlsx");
  fs.writeFileSync(ledger, withProblems(new Uint8Array(fs.readFileSync(LEDGER)), PROBLEMS));
  const file = await opened(ledger);
  const { saved, save } = saver();
  const host = fileHost(file, save);
  const prepared = await prepareInspection(host, "2023-08", "zh");
  let stdout = "";
  const io = { out: (s: string) => (stdout += s), err: () => undefined, errIsTTY: false, cwd: dir };
  expect(await run(["inspect", "台账.xlsx", "--month", "2023-08", "--json", "--out", "cli.xlsx"], io)).toBeLessThan(2);
  const cli = JSON.parse(stdout);
  expect(JSON.parse(JSON.stringify(inspectionToJson(prepared.inspection)))).toEqual(cli);
  expect(cli.notify.map((n: { unit: string }) => n.unit)).toContain("临汝镇");

  const written = await commitInspection(host, prepared, "replace");
  expect(saved.map((s) => s.name)).toEqual(["台账-督查-2023年8月.xlsx"]);
  expect(written.file).toBe("台账-督查-2023年8月.xlsx");
  expect(await readBookValues(saved[0].bytes)).toEqual(await readBookValues(fs.readFileSync(path.join(dir, "cli.xlsx"))));

  // The copy opened again: "keep both" writes the month's sheets beside the earlier ones.
  fs.writeFileSync(path.join(dir, "copy.xlsx"), saved[0].bytes);
  const again = fileHost(await opened(path.join(dir, "copy.xlsx")), save);
  const p2 = await prepareInspection(again, "2023-08", "zh");
  expect(p2.toReplace).toEqual(["督查-2023年8月", "督查排名-2023年8月"]);
  await commitInspection(again, p2, "keepBoth");
  const both = (await readBookValues(saved[1].bytes)).sheetNames;
  expect(both.length).toBe((await readBookValues(saved[0].bytes)).sheetNames.length + 2);
  expect(both.filter((n) => n.startsWith("督查-2023年8月"))).toHaveLength(2);
});
