// The 通报 draft (cycle.md §3.4 --notice): its parts, fonts and page, and what
// LibreOffice prints from it (the text a clerk reads, the page numbers).
import { execFileSync, spawnSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import * as os from "os";
import * as path from "path";
import { unzipSync, strFromU8 } from "fflate";
import { readXlsx } from "../../src/cli/xlsx-read";
import { inspectMonth, readProblemsOf, type Inspection } from "../../src/engine/inspect/report";
import { readWorkbook } from "../../src/engine/workbook";
import { NEXT_STEPS, NOTICE_FONTS, noticeDocx, noticeTitle } from "../../src/notice";

const have = (cmd: string) => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;

/** LibreOffice prints the draft to PDF (its own profile, so parallel runs never share one). */
function printPdf(docx: Uint8Array): Buffer {
  const dir = mkdtempSync(path.join(os.tmpdir(), "sanpi-notice-"));
  try {
    writeFileSync(path.join(dir, "notice.docx"), docx);
    execFileSync("soffice", [`-env:UserInstallation=file://${dir}/profile`, "--headless", "--convert-to", "pdf", "--outdir", dir, path.join(dir, "notice.docx")], { stdio: "ignore", timeout: 120_000 });
    return readFileSync(path.join(dir, "notice.pdf"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const LEDGER_3 = path.join(__dirname, "..", "fixtures", "ledger-3", "ledger-3.xlsx");

let r: Inspection;
let bytes: Uint8Array;
let documentXml: string;
beforeAll(async () => {
  const book = await readXlsx(LEDGER_3);
  const parsed = readWorkbook(book);
  r = inspectMonth(parsed, { year: 2023, month: 8 }, readProblemsOf(book, parsed));
  bytes = await noticeDocx(r);
  documentXml = strFromU8(unzipSync(bytes)["word/document.xml"]);
});

const text = (xml: string): string => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");

test("the title names the month", () => {
  expect(noticeTitle(r)).toBe("关于2023年8月“三个一批”重大项目督查情况的通报");
  expect(text(documentXml)).toContain(noticeTitle(r));
});

test("has 总体情况, 排名 of both groups, 存在问题, 下步要求, and leaves 落款 and the date to fill", () => {
  const t = text(documentXml);
  const order = ["一、总体情况", "二、排名情况", "（一）乡镇街道", "（二）市直", "三、存在问题", "四、下步要求", "（落款）", "年　　月　　日"].map((s) => t.indexOf(s));
  expect(order.every((i) => i >= 0)).toBe(true);
  expect([...order].sort((a, b) => a - b)).toEqual(order);
  for (const line of NEXT_STEPS) expect(t).toContain(line);
});

test("names every notified unit and each of its red provincial projects with its days late", () => {
  expect(r.notify.length).toBeGreaterThan(0);
  const t = text(documentXml);
  for (const n of r.notify) {
    expect(t).toContain(n.unit);
    for (const e of n.projects) expect(t).toContain(`“${e.name}”${e.kind === "start" ? "开工" : "投产"}逾期${e.daysLate}天`);
  }
});

test("A4 with government margins, 仿宋 body, 黑体 headings, page numbers in the footer", () => {
  expect(documentXml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
  expect(documentXml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1985" w:left="1588"/);
  expect(documentXml).toContain(`w:eastAsia="${NOTICE_FONTS.body}"`);
  expect(documentXml).toMatch(new RegExp(`w:eastAsia="${NOTICE_FONTS.heading}"[^]*?一、总体情况`));
  const footer = strFromU8(unzipSync(bytes)["word/footer1.xml"]);
  expect(footer).toContain("PAGE");
});

(have("soffice") && have("pdftotext") ? test : test.skip)(
  "LibreOffice prints it (skipped where soffice or pdftotext is missing): title, every notified unit, and - 1 - style page numbers on every page",
  () => {
    const pdf = printPdf(bytes);
    const printed = execFileSync("pdftotext", ["-layout", "-", "-"], { input: pdf }).toString();
    const flat = printed.replace(/\s+/g, "");
    expect(flat).toContain(noticeTitle(r).replace(/\s+/g, ""));
    for (const n of r.notify) expect(flat).toContain(n.unit);
    const pages = printed.split("\f").filter((p) => p.trim());
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((p, i) => expect(p.replace(/\s+/g, "")).toContain(`-${i + 1}-`));
  },
  180_000,
);
