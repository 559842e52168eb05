// Cell parsers (workbook-format §2). Each takes what Excel's `range.values`
// or ExcelJS gives and returns a value or a failure as data; none throws.
import type { MessageCode, MessageParams } from "../messages";
import type { CellValue } from "../types";
import { dateToSerial, isValidYmd, ymdToSerial } from "./dates";
import { ownValue } from "../own";

export type Parsed<T> = { ok: true; value: T } | { ok: false; code: string; key: MessageCode; params: MessageParams };

export const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
// Shared results for the commonest outcomes (blank cells, yes/no): no allocation per cell.
const OK_NULL: Parsed<null> = Object.freeze({ ok: true as const, value: null });
const OK_TRUE: Parsed<boolean> = Object.freeze({ ok: true as const, value: true });
const OK_FALSE: Parsed<boolean> = Object.freeze({ ok: true as const, value: false });
const okBool = (b: boolean): Parsed<boolean> => (b ? OK_TRUE : OK_FALSE);
export const fail = <T>(code: string, key: MessageCode, params: MessageParams): Parsed<T> => ({
  ok: false,
  code,
  key,
  params,
});

const EXCEL_ERRORS = /^#(N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NULL!|NUM!|SPILL!|CALC!|GETTING_DATA|BUSY!|FIELD!|BLOCKED!|CONNECT!|UNKNOWN!|EXTERNAL!|PYTHON!|TIMEOUT!)$/;

/** A cell reduced to a primitive: rich text joined, formula results taken, errors marked. */
export type Plain = string | number | boolean | Date | null | { error: string };

export function plain(cell: CellValue): Plain {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === "string") {
    // Error values are rare: only text that starts with "#" (after spaces) is tested.
    const t = cell.charCodeAt(0) === 35 ? cell : cell.charCodeAt(0) === 32 ? cell.trim() : "";
    return t.charCodeAt(0) === 35 && EXCEL_ERRORS.test(t.trim()) ? { error: t.trim() } : cell;
  }
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : { error: "#NUM!" };
  if (typeof cell === "boolean") return cell;
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? { error: "#VALUE!" } : cell;
  if (typeof cell === "object") {
    const o = cell as Record<string, unknown>;
    if (typeof o.error === "string") return { error: o.error };
    if (Array.isArray(o.richText)) {
      return (o.richText as unknown[]).map((r) => (r && typeof r === "object" ? String((r as { text?: unknown }).text ?? "") : "")).join("");
    }
    if ("formula" in o || "sharedFormula" in o || "result" in o) {
      const r = o.result;
      if (r && typeof r === "object" && !(r instanceof Date) && typeof (r as { error?: unknown }).error === "string") {
        return { error: (r as { error: string }).error };
      }
      return plain(r as CellValue);
    }
    if (typeof o.text === "string") return plain(o.text);
    if (o.text && typeof o.text === "object") return plain(o.text as CellValue);
  }
  return { error: "#VALUE!" };
}

export const isErrorValue = (p: Plain): p is { error: string } => p !== null && typeof p === "object" && !(p instanceof Date);

export function isBlank(cell: CellValue): boolean {
  const value = plain(cell);
  return value === null || (typeof value === "string" && value.trim() === "");
}

/** Fold full-width ASCII and the ideographic space to half-width (rules §1). */
const WIDE = /[\uff01-\uff5e\u3000]/;

export function foldWidth(s: string): string {
  if (!WIDE.test(s)) return s; // most cells: nothing to fold
  let out = "";
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000) out += " ";
    else out += ch;
  }
  return out;
}

/** Text shown for a cell in messages. */
export function display(cell: CellValue): string {
  const value = plain(cell);
  if (value === null) return "";
  if (isErrorValue(value)) return value.error;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

const errorOf = <T>(p: { error: string }): Parsed<T> => fail("cell.error", "cell.error", { value: p.error });

// ---- amounts (万元) ----------------------------------------------------------
const AMOUNT_RE = /^([0-9]+(?:\.[0-9]+)?|\.[0-9]+)(亿元|亿|万元|万|元)?$/;
const UNIT_FACTOR: Record<string, number> = { 亿元: 10000, 亿: 10000, 万元: 1, 万: 1, 元: 1 / 10000, "": 1 };

/** Amount in 万元: a number, or text like 12000, 1,200, １２０００, 1.5亿, 5000万元, 800000元. */
export function parseAmount(cell: CellValue): Parsed<number | null> {
  const p = plain(cell);
  if (p === null) return OK_NULL;
  if (isErrorValue(p)) return errorOf(p);
  if (typeof p === "boolean" || p instanceof Date) return fail("amount.invalid", "amount.invalid", { value: display(cell) });
  if (typeof p === "number") {
    if (p < 0) return fail("amount.invalid", "amount.negative", { value: p });
    return ok(p);
  }
  const text = foldWidth(p).replace(/[\s,，]/g, "");
  if (text === "") return OK_NULL;
  if (/^[-−]/.test(text)) return fail("amount.invalid", "amount.negative", { value: p.trim() });
  const match = AMOUNT_RE.exec(text);
  if (!match) return fail("amount.invalid", "amount.invalid", { value: p.trim() });
  const n = Number(match[1]) * UNIT_FACTOR[match[2] ?? ""];
  // 310 digits make Infinity: not an amount anyone typed.
  if (!Number.isFinite(n)) return fail("amount.invalid", "amount.invalid", { value: p.trim() });
  // 万元 amounts from 亿 or 元 keep a clean decimal (1.2亿 = 12000, not 11999.999…).
  return ok(Math.round(n * 1e6) / 1e6);
}

// ---- dates (day serials of the 1900 date system) ----------------------------
const DATE_RES = [/^(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/, /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?$/];

/** A date as an Excel day serial (integer), from a serial, a Date (read as UTC) or text. */
export function parseDate(cell: CellValue): Parsed<number | null> {
  const p = plain(cell);
  if (p === null) return OK_NULL;
  if (isErrorValue(p)) return errorOf(p);
  if (p instanceof Date) return ok(dateToSerial(p));
  if (typeof p === "number") {
    if (p >= 1 && p < 2958466) return ok(Math.floor(p));
    return fail("date.invalid", "date.invalid", { value: p });
  }
  if (typeof p === "boolean") return fail("date.invalid", "date.invalid", { value: display(cell) });
  const text = foldWidth(p).trim();
  if (text === "") return OK_NULL;
  for (const re of DATE_RES) {
    const match = re.exec(text);
    if (match) {
      const [y, mo, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
      if (!isValidYmd(y, mo, d)) return fail("date.invalid", "date.invalid", { value: p.trim() });
      return ok(ymdToSerial(y, mo, d));
    }
  }
  return fail("date.invalid", "date.invalid", { value: p.trim() });
}

// ---- yes / no -----------------------------------------------------------------
const YES = new Set(["是", "y", "yes", "true", "1", "√", "✓", "✔", "t"]);
const NO = new Set(["否", "n", "no", "false", "0", "×", "✗", "✘", "x", "f"]);

/** Yes/no: 是/否, Y/N, yes/no, TRUE/FALSE, 1/0, √/×; blank = 否. */
export function parseBool(cell: CellValue): Parsed<boolean> {
  const p = plain(cell);
  if (p === null) return OK_FALSE;
  if (isErrorValue(p)) return errorOf(p);
  if (typeof p === "boolean") return okBool(p);
  if (typeof p === "number") {
    if (p === 1) return OK_TRUE;
    if (p === 0) return OK_FALSE;
    return fail("bool.invalid", "bool.invalid", { value: p });
  }
  if (p instanceof Date) return fail("bool.invalid", "bool.invalid", { value: display(cell) });
  const text = foldWidth(p).trim().toLowerCase();
  if (text === "") return OK_FALSE;
  if (YES.has(text)) return OK_TRUE;
  if (NO.has(text)) return OK_FALSE;
  return fail("bool.invalid", "bool.invalid", { value: p.trim() });
}

// ---- provincial batches (rules §2) ------------------------------------------
export interface Batches {
  sign: boolean;
  start: boolean;
  commission: boolean;
}
export const NO_BATCHES: Batches = Object.freeze({ sign: false, start: false, commission: false });
const ALL_BATCHES: Batches = Object.freeze({ sign: true, start: true, commission: true });
const BATCH_WORDS: Record<string, keyof Batches> = { 签约: "sign", 开工: "start", 投产: "commission", 投产达效: "commission", 达效: "commission" };

/** 省三个一批: yes = all three batches; or the batches named (签约、开工、投产 in any combination). */
export function parseBatches(cell: CellValue): Parsed<Batches> {
  const parsed = parseBool(cell);
  if (parsed.ok) return ok(parsed.value ? ALL_BATCHES : NO_BATCHES);
  const p = plain(cell);
  if (typeof p !== "string") return parsed.code === "cell.error" ? (parsed as Parsed<Batches>) : fail("bool.invalid", "batch.invalid", { value: display(cell) });
  const parts = foldWidth(p)
    .trim()
    .split(/[、,，/\s;；]+/)
    .filter(Boolean);
  const out: Batches = { sign: false, start: false, commission: false };
  for (const part of parts) {
    const k = ownValue(BATCH_WORDS, part);
    if (!k) return fail("bool.invalid", "batch.invalid", { value: p.trim() });
    out[k] = true;
  }
  return ok(out);
}

// ---- quarters -------------------------------------------------------------------
const CN_DIGIT: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, "1": 1, "2": 2, "3": 3, "4": 4 };

/**
 * A quarter: 2023Q1, 2023-Q1, 2023年Q1, 2023年第一季度, 2023年1季度, 2023第一季度, 2023一季度,
 * Q1, 第一季度, or 1–4 meaning `defaultYear` (issue 20 item 13: the forms clerks type).
 */
export function parseQuarter(cell: CellValue, defaultYear: number): Parsed<{ year: number; quarter: 1 | 2 | 3 | 4 }> {
  const p = plain(cell);
  if (p === null) return fail("quarter.invalid", "quarter.invalid", { value: "", year: defaultYear });
  if (isErrorValue(p)) return errorOf(p);
  if (typeof p === "number") {
    if (Number.isInteger(p) && p >= 1 && p <= 4) return ok({ year: defaultYear, quarter: p as 1 | 2 | 3 | 4 });
    return fail("quarter.invalid", "quarter.invalid", { value: p, year: defaultYear });
  }
  if (typeof p !== "string") return fail("quarter.invalid", "quarter.invalid", { value: display(cell), year: defaultYear });
  const text = foldWidth(p).replace(/\s+/g, "").toUpperCase();
  const match =
    /^(\d{4})(?:年|-|_|\/|\.)?Q([1-4])$/.exec(text) ??
    /^()Q([1-4])$/.exec(text) ??
    /^(?:(\d{4})年度?)?第?([1-4一二三四])季度?$/.exec(text) ??
    // A year without 年 needs 第 or 季 after it: 20231 is no quarter.
    /^(\d{4})[-_/.]?(?=第|[1-4一二三四]季)第?([1-4一二三四])季度?$/.exec(text) ??
    /^()([1-4])$/.exec(text);
  if (!match) return fail("quarter.invalid", "quarter.invalid", { value: p.trim(), year: defaultYear });
  const year = match[1] ? Number(match[1]) : defaultYear;
  return ok({ year, quarter: CN_DIGIT[match[2]] as 1 | 2 | 3 | 4 });
}

// ---- plain numbers ------------------------------------------------------------
/** A number (numeric text and full-width digits accepted); blank = null. */
export function parseNumber(cell: CellValue): Parsed<number | null> {
  const p = plain(cell);
  if (p === null) return OK_NULL;
  if (isErrorValue(p)) return errorOf(p);
  if (typeof p === "number") return ok(p);
  if (typeof p === "boolean" || p instanceof Date) return fail("number.invalid", "number.invalid", { value: display(cell) });
  const text = foldWidth(p).replace(/[\s,，]/g, "");
  if (text === "") return OK_NULL;
  if (!/^[-+]?(\d+(\.\d+)?|\.\d+)$/.test(text) || !Number.isFinite(Number(text))) return fail("number.invalid", "number.invalid", { value: p.trim() });
  return ok(Number(text));
}

/** Plain text of a cell (trimmed); numbers as typed; errors as failures. */
export function parseText(cell: CellValue): Parsed<string> {
  const value = plain(cell);
  if (value === null) return ok("");
  if (isErrorValue(value)) return errorOf(value);
  if (value instanceof Date) return ok(value.toISOString().slice(0, 10));
  return ok(String(value).trim());
}
