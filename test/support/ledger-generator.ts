// A deterministic generator of realistic, messy 2023 ledgers (workbook-format
// §1–§2): a title row, shuffled columns, unit aliases, amounts as numbers and
// 亿/万/元/full-width text, dates as Date cells, serials and four text formats,
// yes/no spellings, blank rows, duplicates and a few invalid cells; plus the
// 考核录入 and 企业评议 sheets. Used by `npm run bench` and the CLI tests.
import ExcelJS from "exceljs";
import { LEDGER_COLUMNS } from "../../src/engine/parse/ledger";
import { dateToSerial, ymdToSerial } from "../../src/engine/parse/dates";
import { builtinProfile } from "../../src/engine/profile/builtin";
import type { CellValue, WorkbookValues, SheetInput } from "../../src/engine/types";

const BUILTIN = builtinProfile();

export interface GeneratorOptions {
  projects: number;
  seed?: number;
  /** Share of rows with a deliberately invalid cell (default 0.005). */
  badRate?: number;
}

/** Cells as a writer holds them: Date objects become date-formatted cells. */
export type GenCell = string | number | boolean | Date | null;
export type GenBook = Record<string, GenCell[][]>;

/** mulberry32: small, fast, and the same sequence on every machine. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Pick {
  constructor(readonly next: () => number) {}
  chance = (p: number): boolean => this.next() < p;
  int = (lo: number, hi: number): number => lo + Math.floor(this.next() * (hi - lo + 1));
  one = <T>(xs: readonly T[]): T => xs[Math.floor(this.next() * xs.length)];
}

const FULL = "０１２３４５６７８９";
const fullWidth = (s: string): string => s.replace(/[0-9]/g, (d) => FULL[Number(d)]);

function amountCell(p: Pick, wan: number): GenCell {
  const r = p.next();
  if (r < 0.6) return wan;
  if (r < 0.7 && wan >= 10000) return `${Math.round(wan / 100) / 100}亿`;
  if (r < 0.75 && wan >= 10000) return `${Math.round(wan / 100) / 100}亿元`;
  if (r < 0.8) return `${wan}万元`;
  if (r < 0.85) return `${wan}万`;
  if (r < 0.9) return fullWidth(String(wan));
  if (r < 0.95) return wan.toLocaleString("en-US");
  return `${wan * 10000}元`;
}

/** A date in one of the forms clerks use; `serial` is a day of the 1900 date system. */
function dateCell(p: Pick, serial: number): GenCell {
  const dt = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
  const [y, m, d] = [dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate()];
  const r = p.next();
  if (r < 0.5) return dt;
  if (r < 0.7) return serial;
  if (r < 0.8) return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  if (r < 0.9) return `${y}/${m}/${d}`;
  if (r < 0.95) return `${y}.${m}.${d}`;
  return `${y}年${m}月${d}日`;
}

const YES = ["是", "是", "是", "Y", "yes", "TRUE", "√", 1, true] as const;
const NO = ["否", "否", "N", "no", 0, false, "×", null] as const;
const boolCell = (p: Pick, v: boolean): GenCell => (v ? p.one(YES) : p.one(NO));

const CATEGORIES = ["制造业", "制造业", "制造业", "现代服务业", "基础设施", "社会民生", "种植养殖", "两新一重", "数字经济", "创新研发平台", "其他"];
const BATCHES = ["是", "签约", "开工", "投产", "开工、投产", "签约,开工", "签约、开工、投产"];

/** Unit names as clerks type them: canonical, an alias, 汝州市/市 prefixes, full-width brackets, stray spaces. */
function unitCell(p: Pick, name: string, aliases: string[]): string {
  const r = p.next();
  if (r < 0.6) return name;
  if (r < 0.75 && aliases.length) return p.one(aliases);
  if (r < 0.85) return `汝州市${name}`;
  if (r < 0.92) return ` ${name} `;
  return name.replace(/\(/g, "（").replace(/\)/g, "）");
}

const Y2023 = ymdToSerial(2023, 1, 1);
const Y2024 = ymdToSerial(2024, 1, 1);

/** One project's cells by canonical header. */
function projectRow(p: Pick, i: number, units: { name: string; aliases: string[] }[], badRate: number): Record<string, GenCell> {
  const u = p.one(units);
  const investment = Math.round(Math.exp(Math.log(2000) + p.next() * (Math.log(300000) - Math.log(2000))));
  const plan = p.chance(0.85) ? Y2023 + p.int(0, 364) : Y2023 - p.int(1, 200);
  const signed = p.chance(0.6) ? Math.min(Y2024 + 30, plan + p.int(10, 200)) : null;
  const planStart = signed !== null && p.chance(0.9) ? signed + p.int(5, 120) : null;
  const started = planStart !== null && p.chance(0.7) ? planStart + p.int(-20, 40) : null;
  const inDb = started !== null && p.chance(0.8);
  const dbDate = inDb && p.chance(0.4) ? started! + p.int(0, 60) : null;
  const planCommission = started !== null && p.chance(0.7) ? started + p.int(60, 300) : null;
  const commissioned = planCommission !== null && p.chance(0.5) ? planCommission + p.int(-30, 60) : null;
  const fund = p.chance(0.15) ? p.one(["中央预算内", "专项债"]) : null;
  const row: Record<string, GenCell> = {
    项目名称: `项目${i + 1}`,
    责任单位: unitCell(p, u.name, u.aliases),
    "总投资(万元)": amountCell(p, investment),
    产业类别: p.one(CATEGORIES),
    先进制造业或战略性新兴产业: boolCell(p, p.chance(0.2)),
    省三个一批: p.chance(0.1) ? p.one(BATCHES) : p.chance(0.5) ? "否" : null,
    特批纳入: p.chance(0.02) ? "是" : null,
    谋划日期: dateCell(p, plan),
    签约日期: signed === null ? null : dateCell(p, signed),
    计划开工日期: planStart === null ? null : dateCell(p, planStart),
    实际开工日期: started === null ? null : dateCell(p, started),
    入库: started === null ? null : boolCell(p, inDb),
    入库日期: dbDate === null ? null : dateCell(p, dbDate),
    计划投产日期: planCommission === null ? null : dateCell(p, planCommission),
    实际投产日期: commissioned === null ? null : dateCell(p, commissioned),
    "累计完成投资(万元)": started === null ? null : amountCell(p, Math.round(investment * p.next())),
    资金类型: fund,
    "资金金额(万元)": fund === null ? null : amountCell(p, p.int(200, 20000)),
    资金下达日期: fund === null ? null : dateCell(p, Y2023 + p.int(0, 300)),
    申报完成日期: fund === null ? null : dateCell(p, Y2023 + p.int(0, 364)),
    备注: p.chance(0.1) ? p.one(["待核实", "=已开工", "属地+行业", "跨年项目"]) : null,
  };
  if (p.chance(badRate)) {
    const r = p.next();
    if (r < 0.3) row["总投资(万元)"] = p.one(["约一亿", "-500", "#N/A", "待定"]);
    else if (r < 0.5) row.签约日期 = p.one(["2023-02-30", "下月", "2023/13/1"]);
    else if (r < 0.7) row.产业类别 = p.one(["工业", "农业", "服务"]);
    else if (r < 0.85) row.责任单位 = p.one(["不存在镇", "市政府", "统计局"]);
    else row.项目名称 = null;
  }
  return row;
}

/** The ledger, inputs and evaluations of one generated workbook. */
export function generateBook(opts: GeneratorOptions): GenBook {
  const p = new Pick(rng(opts.seed ?? 20230101));
  const badRate = opts.badRate ?? 0.005;
  const units = BUILTIN.units
    .filter((u) => u.groups.includes("towns") || u.groups.includes("departments"))
    .map((u) => ({ name: u.name, aliases: u.aliases ?? [] }));
  const headers = LEDGER_COLUMNS.map((c) => c.header);
  for (let i = headers.length - 1; i > 0; i--) {
    const j = p.int(0, i);
    [headers[i], headers[j]] = [headers[j], headers[i]];
  }
  const ledger: GenCell[][] = [[`${BUILTIN.title}：项目台账（生成数据）`], headers];
  const rows: Record<string, GenCell>[] = [];
  for (let i = 0; i < opts.projects; i++) {
    if (p.chance(0.01)) ledger.push([]); // a blank row, skipped silently
    let row = projectRow(p, i, units, badRate);
    if (rows.length > 10 && p.chance(0.005)) row = { ...p.one(rows) }; // a duplicate row
    rows.push(row);
    ledger.push(headers.map((h) => row[h] ?? null));
  }

  const quarterText = (q: number) => p.one([`2023Q${q}`, `2023-Q${q}`, q, `2023年第${"一二三四"[q - 1]}季度`]);
  const inputs: GenCell[][] = [["季度", "单位", "现场办公会", "要素保障扣分", "开工酌情分", "投产酌情分", "表扬次数", "通报约谈次数", "营商环境次数", "环保一刀切"]];
  for (const q of [1, 2, 3, 4]) {
    for (const u of BUILTIN.units) {
      inputs.push([
        quarterText(q),
        unitCell(p, u.name, u.aliases ?? []),
        boolCell(p, p.chance(0.7)),
        p.one([0, 0, 0, 2, 3, 4, 6]),
        p.chance(0.2) ? p.int(0, 10) : 0,
        p.chance(0.2) ? p.int(0, 10) : 0,
        p.chance(0.2) ? p.int(1, 2) : 0,
        p.chance(0.1) ? 1 : 0,
        p.chance(0.05) ? 1 : 0,
        u.groups.includes("service") && p.chance(0.03) ? "是" : "否",
      ]);
    }
  }
  const evaluations: GenCell[][] = [["季度", "被评单位", "评议企业", "服务态度", "工作效率", "服务质量"]];
  for (const q of [1, 2, 3, 4]) {
    for (const u of BUILTIN.units.filter((x) => x.groups.includes("service"))) {
      const n = p.chance(0.1) ? p.int(25, 32) : 30;
      for (let k = 1; k <= n; k++) {
        evaluations.push([`2023Q${q}`, unitCell(p, u.name, u.aliases ?? []), `企业${k}`, p.int(12, 20), p.int(24, 40), p.int(24, 40)]);
      }
    }
  }
  return { 项目台账: ledger, 考核录入: inputs, 企业评议: evaluations };
}

/** What Excel's range.values would give for the book: rectangular, "" for blanks, dates as serials. */
export function toRangeValues(book: GenBook): WorkbookValues {
  const out: WorkbookValues = {};
  for (const [name, rows] of Object.entries(book)) {
    const width = Math.max(0, ...rows.map((r) => r.length));
    out[name] = rows.map((r) => {
      const cells: CellValue[] = new Array(width);
      for (let c = 0; c < width; c++) {
        const v = r[c];
        cells[c] = v === null || v === undefined ? "" : v instanceof Date ? dateToSerial(v) : v;
      }
      return cells;
    });
  }
  return out;
}

/** The same sheets as a host that knows the merged areas hands them over (an .xlsx via the CLI: none here). */
export function toSheetInputs(book: GenBook): Record<string, SheetInput> {
  return Object.fromEntries(Object.entries(toRangeValues(book)).map(([name, values]) => [name, { values, merges: [] }]));
}

/** Writes the book as an .xlsx: Date cells with a date format, "=…" text as text. */
export async function writeBookXlsx(book: GenBook, file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(book)) {
    const ws = wb.addWorksheet(name);
    rows.forEach((r, i) => {
      if (r.length === 0) return;
      const row = ws.getRow(i + 1);
      r.forEach((v, c) => {
        if (v === null) return;
        const cell = row.getCell(c + 1);
        cell.value = v;
        if (v instanceof Date) cell.numFmt = "yyyy-mm-dd";
      });
    });
  }
  await wb.xlsx.writeFile(file);
}
