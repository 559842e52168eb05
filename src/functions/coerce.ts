// Argument coercion for every SANPI function, in one place: omitted and blank
// arguments, error values passed in, and each kind of value (table.ts).
import { eitherLang, phraseOf, type MessageCode, type MessageParams, type Phrase } from "../engine/messages";
import { display, foldWidth, isErrorValue, parseAmount, parseBool, parseNumber, parseQuarter, plain, type Plain } from "../engine/parse/cells";
import { parsePeriod, periodProblem } from "../engine/period";
import { resolveUnit, suggestionParams, suggestUnits } from "../engine/parse/units";
import type { Profile } from "../engine/profile/types";
import { isValidElementDeduction } from "../engine/score/rules";
import type { CellValue, Stage } from "../engine/types";
import { ownValue } from "../engine/own";
import { invalidValue, notAvailable } from "./errors";
import type { ArgKind, ArgTypes, ParamSpec } from "./table";

/** What each kind accepts, for the "what is accepted" half of a message, with the profile's numbers. */
function accepts(c: ArgContext): Phrase {
  const v = c.profile.values;
  const params = { year: c.profile.year, min: v["service.deductionMin"], max: v["service.deductionMax"] };
  return phraseOf(`arg.accepts.${c.param.kind}`, params);
}

/** A catalogue hint, for `invalid`: formatted in the error's language. */
export const hint = (key: MessageCode, params: MessageParams = {}): Phrase => phraseOf(key, params);

const STAGES: Record<string, Stage> = {
  谋划: "plan",
  谋划储备: "plan",
  plan: "plan",
  planning: "plan",
  签约: "sign",
  签约落地: "sign",
  sign: "sign",
  signing: "sign",
  开工: "start",
  start: "start",
  投产: "commission",
  投产达效: "commission",
  达效: "commission",
  commission: "commission",
  commissioning: "commission",
};

/** Who is being coerced: the parameter and the profile whose names it resolves against. */
export interface ArgContext {
  param: Pick<ParamSpec, "name" | "zhName" | "kind">;
  profile: Profile;
}

/** The argument by its name in the error's language: the Chinese name, or the English one. */
const names = (c: ArgContext) => ({ arg: eitherLang(c.param.zhName, c.param.name) });

export function invalid(c: ArgContext, raw: unknown, hint?: Phrase) {
  return invalidValue("arg.invalid", { ...names(c), value: shown(raw), hint: hint ?? accepts(c) });
}

export function missing(c: ArgContext) {
  return invalidValue("arg.missing", { ...names(c), hint: accepts(c) });
}

export const errorArg = (c: ArgContext, error: string) => invalidValue("arg.error", { ...names(c), value: error });

/** An Excel error value passed in: "#N/A" text, ExcelJS {error}, a CustomFunctions.Error or an Error. */
export function excelError(raw: unknown): string | null {
  if (raw instanceof Error) {
    const code = (raw as unknown as { code?: unknown }).code;
    return typeof code === "string" && code.startsWith("#") ? code : "#VALUE!";
  }
  if (raw !== null && typeof raw === "object" && !(raw instanceof Date) && !Array.isArray(raw)) {
    const code = (raw as { code?: unknown }).code;
    if (typeof code === "string" && code.startsWith("#")) return code;
  }
  const p = plainOf(raw);
  return isErrorValue(p) ? p.error : null;
}

const plainOf = (raw: unknown): Plain => plain(raw as CellValue);

function shown(raw: unknown): string {
  if (Array.isArray(raw)) return "(区域)";
  return display(raw as CellValue);
}

export const isBlankArg = (raw: unknown): boolean => typeof raw === "string" && foldWidth(raw).trim() === "";

/** A 2-D array from what Excel passes for a range (a lone value becomes 1×1, a flat list one row). */
export function asRange(raw: unknown): CellValue[][] {
  if (!Array.isArray(raw)) return [[raw as CellValue]];
  if (raw.length === 0) return [];
  if (raw.every((r) => Array.isArray(r))) return raw as CellValue[][];
  return [raw as CellValue[]];
}

/** Coerce one argument by its parameter spec; throws a CustomFunctions.Error. */
export function coerceArg(param: ParamSpec, raw: unknown, profile: Profile): unknown {
  const c: ArgContext = { param, profile };
  const omitted = raw === null || raw === undefined;
  if (omitted || isBlankArg(raw)) {
    if (!omitted && param.blank !== undefined) return coerceValue(c, param.blank);
    if (param.optional) return param.default === undefined ? null : coerceValue(c, param.default);
    throw missing(c);
  }
  if (param.kind === "range") return asRange(raw);
  if (Array.isArray(raw)) {
    // A range given where one value is expected: take a single cell, refuse more.
    const cells = asRange(raw).flat();
    if (cells.length !== 1) throw invalid(c, raw);
    return coerceArg(param, cells[0], profile);
  }
  return coerceValue(c, raw);
}

function coerceValue(c: ArgContext, raw: unknown): unknown {
  const err = excelError(raw);
  if (err) throw errorArg(c, err);
  const kind = c.param.kind;
  return COERCE[kind](c, raw);
}

function wholeNumber(c: ArgContext, raw: unknown, min: number): number {
  const n = parseNumber(raw as CellValue);
  if (!n.ok || n.value === null || !Number.isInteger(n.value) || n.value < min) throw invalid(c, raw);
  return n.value;
}

function text(c: ArgContext, raw: unknown): string {
  if (typeof raw !== "string") throw invalid(c, raw);
  return foldWidth(raw).replace(/\s+/g, "");
}

const COERCE: { [K in ArgKind]: (c: ArgContext, raw: unknown) => ArgTypes[K] } = {
  amount(c, raw) {
    const r = parseAmount(raw as CellValue);
    if (!r.ok || r.value === null) throw invalid(c, raw);
    return r.value;
  },
  count: (c, raw) => wholeNumber(c, raw, 0),
  rank: (c, raw) => wholeNumber(c, raw, 1),
  number(c, raw) {
    const r = parseNumber(raw as CellValue);
    if (!r.ok || r.value === null || !Number.isFinite(r.value)) throw invalid(c, raw);
    return r.value;
  },
  bool(c, raw) {
    const r = parseBool(raw as CellValue);
    if (!r.ok) throw invalid(c, raw);
    return r.value;
  },
  deduction(c, raw) {
    const r = parseNumber(raw as CellValue);
    if (!r.ok || r.value === null || !isValidElementDeduction(c.profile, r.value)) throw invalid(c, raw);
    return r.value;
  },
  category(c, raw) {
    const name = text(c, raw);
    const found = c.profile.categories.find((x) => x.name === name);
    if (!found) {
      throw invalid(c, raw, hint("arg.accepts.categoryList", { allowed: c.profile.categories.map((x) => x.name).join("、") }));
    }
    return found;
  },
  unit(c, raw) {
    const name = text(c, raw);
    const unit = resolveUnit(c.profile, name);
    if (!unit) throw notAvailable("arg.unitUnknown", { value: String(raw).trim(), ...suggestionParams(suggestUnits(c.profile, name)) });
    return unit;
  },
  group(c, raw) {
    const name = text(c, raw).toUpperCase();
    const group = c.profile.groups.find((g) => g.names.some((n) => n.toUpperCase() === name));
    if (!group) throw notAvailable("arg.groupUnknown", { value: String(raw).trim() });
    return group;
  },
  quarter(c, raw) {
    if (typeof raw !== "string" && typeof raw !== "number") throw invalid(c, raw);
    const q = parseQuarter(raw, c.profile.year);
    if (!q.ok) throw invalid(c, raw);
    // Any assessment year, unless 考评参数 fixes it (profiles.md §2).
    const problem = periodProblem(c.profile, { year: q.value.year, kind: "quarter", quarter: q.value.quarter });
    if (problem) throw invalidValue(problem.code, { ...problem.params, value: shown(raw) });
    return q.value;
  },
  period(c, raw) {
    if (typeof raw !== "string" && typeof raw !== "number") throw invalid(c, raw);
    const period = parsePeriod(raw, c.profile);
    if (!period) throw invalid(c, raw);
    const problem = periodProblem(c.profile, period);
    if (problem) throw invalidValue(problem.code, { ...problem.params, value: shown(raw) });
    return period;
  },
  stage(c, raw) {
    const stage = ownValue(STAGES, text(c, raw).toLowerCase());
    if (!stage) throw invalid(c, raw);
    return stage;
  },
  range: (_c, raw) => asRange(raw),
};
