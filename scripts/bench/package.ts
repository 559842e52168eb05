// The never-lose issue's measures (issue 15, issue 18), each a whole `sanpi`
// process on generated files, run by `npm run bench` (bundled to lib/):
// - `sanpi score --year` on 10,000 projects ÷ the floor of reading the file
//   (a process that unzips every XML part and finds every cell tag, decoding
//   nothing), median of 5 alternating pairs (issue 18: ≤ 2.5);
// - `rank` on the 10,000-project ledger, time and peak memory: the package
//   writer now, and the ExcelJS copy it replaced (same engine, same values);
// - `check` on one cell at XFD1048576 and on a 400 MB zip bomb (< 1 GB, < 30 s).
// Peak memory is the child's maximum resident set (GNU time); "" where absent.
// `node lib/bench-package.js --floor FILE` and `--exceljs-rank FILE OUT` are
// the two child processes that are not `sanpi` itself.
import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { performance } from "perf_hooks";
import { inflateRawSync, deflateRawSync } from "zlib";
import ExcelJS from "exceljs";
import { describeReport, inputSheetNames, readWorkbook, scorePeriod } from "../../src/engine";
import { readXlsxValues } from "../../src/cli/xlsx-read";
import { placeGenerated } from "../../src/cli/xlsx-place";
import { ZipArchive } from "../../src/xlsx/zip";
import { writeZip } from "../../src/xlsx/write/zip-write";
import { median } from "./stats";
import { generateBook, writeBookXlsx } from "../../test/support/ledger-generator";

export interface PackageBench {
  floor: { scoreMs: number; floorMs: number; ratio: number; target: number };
  rank: { packageMs: number; packageMb: number | null; excelJsMs: number; excelJsMb: number | null };
  xfd: { ms: number; mb: number | null; code: number };
  bomb: { ms: number; mb: number | null; code: number; fileKb: number };
}

const LIB = __dirname;
const SANPI = path.join(LIB, "sanpi.js");
const GNU_TIME = existsSync("/usr/bin/time") ? "/usr/bin/time" : null;

/** One child process: wall time, peak RSS (MB) and exit code. */
function child(args: string[]): { ms: number; mb: number | null; code: number } {
  const t = performance.now();
  const r = GNU_TIME
    ? spawnSync(GNU_TIME, ["-f", "PEAK_KB=%M", process.execPath, ...args], { encoding: "utf8", maxBuffer: 256 << 20 })
    : spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 256 << 20 });
  const ms = performance.now() - t;
  const kb = /PEAK_KB=(\d+)/.exec(r.stderr ?? "");
  return { ms, mb: kb ? Number(kb[1]) / 1024 : null, code: r.status ?? -1 };
}

/** The floor: every XML part inflated (native zlib), every `<c` counted; nothing decoded. */
function floor(file: string): void {
  const b = readFileSync(file);
  let cells = 0;
  const eocd = b.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = b.readUInt32LE(eocd + 16);
  const count = b.readUInt16LE(eocd + 10);
  for (let i = 0; i < count; i++) {
    const nameLen = b.readUInt16LE(at + 28);
    const name = b.toString("utf8", at + 46, at + 46 + nameLen);
    const size = b.readUInt32LE(at + 20);
    const local = b.readUInt32LE(at + 42);
    const method = b.readUInt16LE(at + 10);
    at += 46 + nameLen + b.readUInt16LE(at + 30) + b.readUInt16LE(at + 32);
    if (!name.endsWith(".xml")) continue;
    const start = local + 30 + b.readUInt16LE(local + 26) + b.readUInt16LE(local + 28);
    const raw = b.subarray(start, start + size);
    const xml = method === 8 ? inflateRawSync(raw) : raw;
    for (let j = xml.indexOf("<c"); j >= 0; j = xml.indexOf("<c", j + 2)) cells++;
  }
  process.stdout.write(`${cells}\n`);
}

/** `rank` as it was before the package writer: values from our reader, the copy through ExcelJS's model. */
async function excelJsRank(file: string, out: string): Promise<void> {
  const { values, sheetNames } = await readXlsxValues(file, "zh", file, inputSheetNames);
  const report = scorePeriod(readWorkbook(values, undefined, { sheetNames }), { year: 2023, kind: "year", quarter: 4 });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as unknown as ExcelJS.Buffer);
  placeGenerated(wb, describeReport(report, "zh"));
  writeFileSync(out, new Uint8Array(await wb.xlsx.writeBuffer()));
}

/** A copy of `file` whose first worksheet part gets one more cell at XFD1048576. */
function withFarCell(file: string): Buffer {
  const zip = new ZipArchive(readFileSync(file));
  return Buffer.from(
    writeZip(
      zip.entries().map((e) => {
        const bytes = zip.read(e.name)!;
        if (e.name !== "xl/worksheets/sheet1.xml") return { name: e.name, bytes };
        const xml = new TextDecoder().decode(bytes).replace("</sheetData>", '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>');
        return { name: e.name, bytes: new TextEncoder().encode(xml) };
      }),
    ),
  );
}

/** 400 MB of cells in one part (declared as 1 KB, so only the streaming cap stops it), five sheets pointing at it. */
function bomb(): Buffer {
  const enc = new TextEncoder();
  const data = new Uint8Array(deflateRawSync(Buffer.alloc(400 << 20, "<c/>"), { level: 9 }));
  const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const five = [1, 2, 3, 4, 5];
  const part = (name: string, xml: string) => ({ name, bytes: enc.encode(xml) });
  const name = "xl/worksheets/sheet1.xml";
  return Buffer.from(
    writeZip([
      part("[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
      part(
        "_rels/.rels",
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
      part(
        "xl/workbook.xml",
        `<workbook xmlns:r="${REL}"><sheets>${five.map((i) => `<sheet name="${i === 1 ? "项目台账" : `项目台账${i}`}" sheetId="${i}" r:id="rId${i}"/>`).join("")}</sheets></workbook>`,
      ),
      part(
        "xl/_rels/workbook.xml.rels",
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${five.map((i) => `<Relationship Id="rId${i}" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>`).join("")}</Relationships>`,
      ),
      {
        name,
        raw: data,
        copy: {
          name,
          nameBytes: enc.encode(name),
          versionMadeBy: 20,
          flags: 0,
          method: 8,
          time: 0,
          date: 33,
          crc32: 0,
          compressedSize: data.length,
          uncompressedSize: 1024,
          internalAttrs: 0,
          externalAttrs: 0,
          localOffset: 0,
        },
      },
    ]),
  );
}

export async function benchPackage(given?: string): Promise<PackageBench> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "sanpi-bench-pkg-"));
  try {
    const ledger10k = given ?? path.join(dir, "ledger-10000.xlsx");
    if (!given) await writeBookXlsx(generateBook({ projects: 10_000, seed: 2023 }), ledger10k);
    // Floor vs score, whole processes, in alternating pairs.
    const score = () => child([SANPI, "score", ledger10k, "--year", "2023", "--json"]).ms;
    const fl = () => child([path.join(LIB, "bench-package.js"), "--floor", ledger10k]).ms;
    score();
    fl();
    const scores: number[] = [];
    const floors: number[] = [];
    for (let i = 0; i < 5; i++) {
      if (i % 2 === 0) {
        scores.push(score());
        floors.push(fl());
      } else {
        floors.push(fl());
        scores.push(score());
      }
    }
    const ratio = median(scores.map((s, i) => s / floors[i]));

    const rankNow = child([SANPI, "rank", ledger10k, "--year", "2023", "--out", path.join(dir, "now.xlsx")]);
    const rankBefore = child([path.join(LIB, "bench-package.js"), "--exceljs-rank", ledger10k, path.join(dir, "before.xlsx")]);

    const xfdFile = path.join(dir, "xfd.xlsx");
    writeFileSync(xfdFile, withFarCell(ledger10k));
    const xfd = child([SANPI, "check", xfdFile]);
    const bombFile = path.join(dir, "bomb.xlsx");
    const bombBytes = bomb();
    writeFileSync(bombFile, bombBytes);
    const b = child([SANPI, "check", bombFile]);
    return {
      floor: { scoreMs: median(scores), floorMs: median(floors), ratio, target: 2.5 },
      rank: { packageMs: rankNow.ms, packageMb: rankNow.mb, excelJsMs: rankBefore.ms, excelJsMb: rankBefore.mb },
      xfd,
      bomb: { ...b, fileKb: bombBytes.length / 1024 },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const mb = (x: number | null) => (x === null ? "?" : `${Math.round(x)} MB`);
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

export function packageLines(b: PackageBench, lang: "zh" | "en"): string[] {
  const met = (yes: boolean) => (lang === "zh" ? (yes ? "达标" : "未达标") : yes ? "met" : "not met");
  const hostileOk = (r: { ms: number; mb: number | null; code: number }) => r.ms < 30_000 && (r.mb === null || r.mb < 1024) && r.code !== 134;
  return lang === "zh"
    ? [
        `- \`sanpi score --year\`（10,000 个项目，整个进程）为读取下限（解压全部 XML 部件、找出每个单元格标签、不解码）的 ${b.floor.ratio.toFixed(2)} 倍（${s(b.floor.scoreMs)} ÷ ${s(b.floor.floorMs)}，5 对交替运行的中位数；目标 ≤ ${b.floor.target}，${met(b.floor.ratio <= b.floor.target)}）。`,
        `- \`rank\`（10,000 个项目）：包写入器 ${s(b.rank.packageMs)}、峰值内存 ${mb(b.rank.packageMb)}；原 ExcelJS 副本 ${s(b.rank.excelJsMs)}、${mb(b.rank.excelJsMb)}（原有部件按原压缩数据复制，不再整体重写）。`,
        `- 恶意文件：XFD1048576 一个单元格的台账 \`check\` ${s(b.xfd.ms)}、${mb(b.xfd.mb)}（${met(hostileOk(b.xfd))}）；${Math.round(b.bomb.fileKb)} KB 的 400 MB 解压炸弹 \`check\` ${s(b.bomb.ms)}、${mb(b.bomb.mb)}，退出码 ${b.bomb.code}（“文件过大或已损坏”；目标 < 30 s、< 1 GB，${met(hostileOk(b.bomb) && b.bomb.code === 2)}）。`,
      ]
    : [
        `- \`sanpi score --year\` on 10,000 projects, whole process: ${b.floor.ratio.toFixed(2)}× the floor of reading the file (every XML part unzipped, every cell tag found, nothing decoded; ${s(b.floor.scoreMs)} ÷ ${s(b.floor.floorMs)}, median of 5 alternating pairs; target ≤ ${b.floor.target}, ${met(b.floor.ratio <= b.floor.target)}).`,
        `- \`rank\` on 10,000 projects: package writer ${s(b.rank.packageMs)}, peak ${mb(b.rank.packageMb)}; the former ExcelJS copy ${s(b.rank.excelJsMs)}, ${mb(b.rank.excelJsMb)} (the user's parts are copied as they are compressed, not rewritten).`,
        `- Hostile files: \`check\` on a ledger with one cell at XFD1048576 ${s(b.xfd.ms)}, ${mb(b.xfd.mb)} (${met(hostileOk(b.xfd))}); on a ${Math.round(b.bomb.fileKb)} KB zip bomb of 400 MB ${s(b.bomb.ms)}, ${mb(b.bomb.mb)}, exit ${b.bomb.code} ("too large or damaged"; target < 30 s, < 1 GB, ${met(hostileOk(b.bomb) && b.bomb.code === 2)}).`,
      ];
}

export function printPackageBench(b: PackageBench): void {
  console.log("\n" + packageLines(b, "zh").join("\n"));
}

if (require.main === module) {
  const [mode, file, out] = process.argv.slice(2);
  if (mode === "--floor") floor(file);
  else if (mode === "--exceljs-rank") void excelJsRank(file, out);
  else if (mode === "--run") void benchPackage(file).then(printPackageBench);
}
