// Reading and writing parameter values in their forms (profiles.md §3): from a
// 考评参数 cell, from a profile file's JSON, and back to the text a clerk types.
// One reader per form, so the sheet and the file accept exactly the same values.
import { message, type MessageParams } from "../messages";
import { parseAmount, parseNumber, plain, isErrorValue } from "../parse/cells";
import type { CellValue, Lang } from "../types";
import { YEAR_RANGE, type ParamDef, type ParamForm, type ParamValue, type Tier } from "./schema";

export type FormResult = { ok: true; value: ParamValue } | { ok: false };

/** Item separators of tiers and lists: `,` `，` `、` `;` `；` (a `,` always separates, so no thousands separators). */
const ITEM_SEP = /[,，、;；]/;
const PAIR_SEP = /[:：]/;

const bad: FormResult = { ok: false };
const good = (value: ParamValue): FormResult => ({ ok: true, value });

/** A number ≥ 0 from a cell or JSON value; amounts accept 1亿, 5000万 … (workbook-format §2). */
function scalar(raw: unknown, amount: boolean): number | null {
  if (typeof raw === "number") return Number.isFinite(raw) && raw >= 0 ? raw : null;
  if (typeof raw !== "string") return null;
  const text = raw.trim();
  if (!text) return null;
  // No thousands separators in parameters: "1,000" would be two items of a list.
  if (/[,，]/.test(text)) return null;
  const r = amount ? parseAmount(text) : parseNumber(text);
  return r.ok && r.value !== null && r.value >= 0 ? r.value : null;
}

function fromScalar(form: ParamForm, n: number | null): FormResult {
  if (n === null) return bad;
  if ((form === "whole" || form === "positiveWhole" || form === "year") && !Number.isInteger(n)) return bad;
  if (form === "positiveWhole" && n < 1) return bad;
  if (form === "year" && (n < YEAR_RANGE.min || n > YEAR_RANGE.max)) return bad;
  return good(n);
}

/** Tiers highest first (the order tierPoints reads), with distinct starts. */
function tiersOf(pairs: [unknown, unknown][]): FormResult {
  const tiers: Tier[] = [];
  for (const [start, points] of pairs) {
    const min = scalar(start, true);
    const pts = scalar(points, false);
    if (min === null || pts === null || tiers.some((t) => t.min === min)) return bad;
    tiers.push({ min, points: pts });
  }
  return good(tiers.sort((a, b) => b.min - a.min));
}

function listOf(items: unknown[]): FormResult {
  const out: number[] = [];
  for (const item of items) {
    const n = scalar(item, true);
    if (n === null) return bad;
    out.push(n);
  }
  return good(out);
}

const items = (text: string): string[] =>
  text
    .split(ITEM_SEP)
    .map((s) => s.trim())
    .filter((s) => s !== "");

/** A value typed in the §3 text form (or a number where the form is one). */
export function parseFormText(form: ParamForm, raw: unknown): FormResult {
  if (form === "tiers") {
    if (typeof raw !== "string") return bad;
    const pairs = items(raw).map((item) => item.split(PAIR_SEP));
    if (!pairs.length || pairs.some((p) => p.length !== 2)) return bad;
    return tiersOf(pairs as [string, string][]);
  }
  if (form === "list") {
    if (typeof raw === "number") return listOf([raw]);
    if (typeof raw !== "string" || !items(raw).length) return bad;
    return listOf(items(raw));
  }
  return fromScalar(form, scalar(raw, form === "amount"));
}

/** A 考评参数 cell: null when blank (the profile's value is kept), else the value or a failure. */
export function parseParamCell(def: ParamDef, cell: CellValue): FormResult | null {
  const value = plain(cell);
  if (value === null || (typeof value === "string" && value.trim() === "")) return null;
  if (isErrorValue(value) || typeof value === "boolean" || value instanceof Date) return bad;
  return parseFormText(def.form, value);
}

/** A profile file's value: a JSON number, the §3 text, or an array (tiers `[[10000,1],…]`, lists `[30,20,…]`). */
export function parseParamJson(def: ParamDef, raw: unknown): FormResult {
  if (Array.isArray(raw)) {
    if (def.form === "list") return listOf(raw);
    if (def.form === "tiers") {
      if (!raw.every((pair) => Array.isArray(pair) && pair.length === 2)) return bad;
      return tiersOf(raw as [unknown, unknown][]);
    }
    return bad;
  }
  return parseFormText(def.form, raw);
}

// ---- writing values back --------------------------------------------------------

/** 万元 as a clerk writes it in a tier: 1亿, 1.5亿, 5000万, 0; in English 50M, 200M, 1B (1 万元 = 10,000 yuan). */
export function amountText(wan: number, lang: Lang = "zh"): string {
  if (lang === "en") return wan >= 100000 ? `${Math.round((wan / 100000) * 1e6) / 1e6}B` : `${Math.round((wan / 100) * 1e6) / 1e6}M`;
  if (wan === 0) return "0";
  if (wan >= 10000) return `${Math.round((wan / 10000) * 1e6) / 1e6}亿`;
  return `${wan}万`;
}

/** The value in its §3 text form: `1亿:1，3亿:3，5亿:5`, `30，20，20，10，10`, or the number. */
export function formatValue(def: Pick<ParamDef, "form">, value: ParamValue): string | number {
  if (def.form === "tiers") {
    return [...(value as Tier[])]
      .sort((a, b) => a.min - b.min)
      .map((t) => `${amountText(t.min)}:${t.points}`)
      .join("，");
  }
  if (def.form === "list") return (value as number[]).join("，");
  return value as number;
}

/** The value as text, for lists of parameters (`sanpi profile`, footnotes). */
export const valueText = (def: Pick<ParamDef, "form">, value: ParamValue): string => String(formatValue(def, value));

/** Two values of one parameter are the same (tiers compared as sets). */
export function sameValue(a: ParamValue, b: ParamValue): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** What a form expects, for `param.invalid` and the file problems: "不小于0的数值", "档次，如 …". */
export function expectedForm(def: ParamDef, example: ParamValue, lang: Lang): string {
  const params: MessageParams = { min: YEAR_RANGE.min, max: YEAR_RANGE.max, example: valueText(def, example) };
  return message(`param.form.${def.form}`, params, lang);
}
