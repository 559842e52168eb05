// The ranges a SANPI function is given (项目台账, 考核录入, 企业评议, 目标任务,
// 考评参数) as the engine reads a workbook: the effective profile (profiles.md
// §5) and the parsed workbook, each parsed once per content and cached, and
// its reports by period. SCORE, BREAKDOWN, TARGET and RANKING all go through
// here: `profileOf` (run.ts, before the other arguments are coerced), then
// `workbookOf(profile, ranges)` and `reportFor(entry, period)`.
//
// What is kept per workbook is what the functions read: the parse without its
// issues and the reports without their explanations (both are for the task
// pane and the CLI; a range problem is raised before, and cached as an error).
import { builtinProfile } from "../engine/profile/builtin";
import type { Profile } from "../engine/profile/types";
import type { Report } from "../engine/report";
import { scorePeriod } from "../engine/score/report";
import { periodId } from "../engine/period";
import type { CellValue, Issue, Period, WorkbookInput } from "../engine/types";
import { readWorkbook, SHEETS, workbookProfile, type ParsedWorkbook } from "../engine/workbook";
import { ANY, ContentCache, shapeKey, type Range as AnyRange } from "./cache";
import { invalidFromIssue } from "./errors";
import { FINGERPRINT_PREFIX } from "./fingerprint";

type Range = CellValue[][] | null;

export interface WorkbookRanges {
  ledger?: Range;
  inputs?: Range;
  evaluations?: Range;
  targets?: Range;
  params?: Range;
}

/** The profile functions score by when no 目标任务 or 考评参数 range is given. */
export const BASE_PROFILE: Profile = builtinProfile();

function book(r: WorkbookRanges): WorkbookInput {
  const out: WorkbookInput = {};
  if (r.ledger) out[SHEETS.ledger] = r.ledger;
  if (r.inputs) out[SHEETS.inputs] = r.inputs;
  if (r.evaluations) out[SHEETS.evaluations] = r.evaluations;
  if (r.targets) out[SHEETS.targets] = r.targets;
  if (r.params) out[SHEETS.params] = r.params;
  return out;
}

/** A range-level problem (no header row, a required column missing) makes the range unusable: #VALUE!. */
function rangeProblem(issues: Issue[]): Issue | undefined {
  return issues.find((i) => i.severity === "error" && (i.code === "header.missing" || i.code === "sheet.missing"));
}

function checkRanges(parts: { issues: Issue[]; given: boolean }[]): void {
  for (const p of parts) {
    const problem = p.given ? rangeProblem(p.issues) : undefined;
    if (problem) throw invalidFromIssue(problem);
  }
}

/** A cached result: the value, or the error every call with that content gets. */
type Outcome<T> = { value: T } | { error: unknown };
function attempt<T>(f: () => T): Outcome<T> {
  try {
    return { value: f() };
  } catch (error) {
    return { error };
  }
}
function unwrap<T>(o: Outcome<T>): T {
  if ("error" in o) throw o.error;
  return o.value;
}

/** The snapshots a profile was read from, so the workbook is parsed with the very same 目标任务 and 考评参数. */
interface ProfileSource {
  targets: Range;
  params: Range;
}
const sources = new WeakMap<Profile, ProfileSource>();

export interface Entry {
  parsed: ParsedWorkbook;
  reports: Map<string, Report>;
}

// A workbook may feed the functions from a few ledgers, or one ledger with and without some
// ranges (SCORE without 企业评议, RANKING with it). Memory is bounded by the cells held:
// 1,000,000 (about five 10,000-row ledgers; heap about twice the cells' own, see the bench).
export const MAX_CACHED_CELLS = 1_000_000;
const profiles = new ContentCache<Outcome<Profile>>(4);
const workbooks = new ContentCache<Outcome<Entry>>(8, MAX_CACHED_CELLS);
let parses = 0;

let lookups = 0;

/** How many times a workbook was parsed since the last reset (for tests and the benchmark). */
export const parseCount = (): number => parses;
/** How many full lookups (every cell compared, or a parse) since the last reset. */
export const lookupCount = (): number => lookups;

export function resetWorkbookCache(): void {
  profiles.clear();
  workbooks.clear();
  wave = null;
  parses = 0;
  lookups = 0;
}

// One recalculation wave (decisions 58). A clerk's summary sheet is 245 calls
// over one ledger, each handed its own copy; comparing every copy in full costs
// more than the parse it saves (about 1 ms a call at 10,000 rows). Excel
// delivers a batch of calls in one message and the runtime runs them in one
// task, all from one state of the workbook: so within one task, a range at the
// same address (invocation.parameterAddresses, CustomFunctionsRuntime 1.3) and
// of the same shape as one already looked up in full has the same content, and
// its lookup is trusted. The task ends at the next microtask checkpoint, before
// any later message (an edit) is handled. Without an address (an older Excel,
// a range built by a formula, tests) every call compares in full, as before.
// Two ledgers of one shape at different addresses stay two keys.

/** Where each range argument of the current call is, when Excel told (sheet!A1:U10112), or its fingerprint (fingerprint.ts). */
export interface RangeAddresses {
  ledger?: string;
  inputs?: string;
  evaluations?: string;
}
let current: RangeAddresses | null = null;
let wave: Map<string, Outcome<Entry>> | null = null;

/** Run `f` as a call whose range arguments are at `addresses`. */
export function withRangeAddresses<T>(addresses: RangeAddresses, f: () => T): T {
  const outer = current;
  current = addresses;
  try {
    return f();
  } finally {
    current = outer;
  }
}

const waveMemo = (): Map<string, Outcome<Entry>> => {
  if (!wave) {
    const memo = new Map<string, Outcome<Entry>>();
    wave = memo;
    // The wave ends with this task: the next message Excel sends (an edit, the next recalculation) starts another.
    void Promise.resolve().then(() => {
      if (wave === memo) wave = null;
    });
  }
  return wave;
};

const tagIds = new WeakMap<Profile, number>();
let nextTagId = 0;
const tagId = (p: Profile): number => {
  let id = tagIds.get(p);
  if (id === undefined) tagIds.set(p, (id = ++nextTagId));
  return id;
};

/**
 * A reference Excel resolved (has a sheet): a range built by a formula or typed
 * as a constant has none. Or a host's fingerprint of the range (fingerprint.ts:
 * WPS gives no addresses), which tells ranges apart within one task as an address does.
 */
const isReference = (a: string | undefined): a is string => typeof a === "string" && (a.includes("!") || a.startsWith(FINGERPRINT_PREFIX));

/**
 * The wave key of a lookup: null unless every range given comes with its
 * address. Shapes are part of it (a range and its address change together,
 * but the key never claims more than it checked).
 */
function waveKey(profile: Profile, scope: Scope, ranges: readonly [Range, string | undefined][]): string | null {
  const parts: string[] = [String(tagId(profile)), scope];
  for (const [r, a] of ranges) {
    if (r === null) parts.push("-");
    else if (!isReference(a)) return null;
    else parts.push(`${a}#${shapeKey([r])}`);
  }
  return parts.join("\u0001");
}

/** The effective profile of the 目标任务 and 考评参数 ranges (the built-in one when neither is given). */
export function profileOf(r: Pick<WorkbookRanges, "targets" | "params">): Profile {
  if (!r.targets && !r.params) return BASE_PROFILE;
  const outcome = profiles.getOrMake([r.targets ?? null, r.params ?? null], null, ([t, p]) =>
    attempt(() => {
      const [targets, params] = [t as Range, p as Range];
      const wp = workbookProfile(book({ targets, params }), BASE_PROFILE);
      checkRanges([
        { issues: wp.targets.issues, given: !!targets },
        { issues: wp.params.issues, given: !!params },
      ]);
      sources.set(wp.profile, { targets, params });
      return wp.profile;
    }),
  );
  return unwrap(outcome);
}

const withoutIssues = <T extends { issues: Issue[] }>(x: T): T => ({ ...x, issues: [] });

/** The parse the functions keep: every sheet's issues dropped (4,800 at 10,000 rows, more heap than the cells). */
function keptParse(p: ParsedWorkbook): ParsedWorkbook {
  return {
    ...p,
    ledger: withoutIssues(p.ledger),
    inputs: withoutIssues(p.inputs),
    evaluations: withoutIssues(p.evaluations),
    targets: withoutIssues(p.targets),
    params: withoutIssues(p.params),
    issues: [],
  };
}

/** The report the functions keep: the numbers, without explanation lines, progress and goal rows. */
function keptReport(r: Report): Report {
  return {
    ...r,
    issues: [],
    cityGoals: r.cityGoals.map((g) => ({ ...g, rows: [] })),
    groups: r.groups.map((g) => ({ ...g, rows: g.rows.map((u) => (u.kind === "project" ? { ...u, explanation: [], progress: [] } : { ...u, explanation: [] })) })),
  };
}

/**
 * What a caller reads: `projects` (SCORE, BREAKDOWN: groups A and B, which no
 * 企业评议 range changes, so a workbook parsed with any of them serves), or
 * `all` (RANKING: the ranges exactly as given, their errors included).
 */
export type Scope = "projects" | "all";

/**
 * The parsed workbook of the ranges, read with `profile` (from `profileOf`,
 * whose 目标任务 and 考评参数 it is read with), as the ranking sheet reads the
 * same sheets.
 */
export function workbookOf(profile: Profile, r: Pick<WorkbookRanges, "ledger" | "inputs" | "evaluations">, scope: Scope = "all"): Entry {
  const source = profile === BASE_PROFILE ? { targets: null, params: null } : sources.get(profile);
  if (!source) throw new Error("workbookOf: the profile must come from profileOf");
  const [ledger, inputs] = [r.ledger ?? null, r.inputs ?? null];
  const evaluations = scope === "projects" ? null : (r.evaluations ?? null);
  const at = current;
  const key = at
    ? waveKey(profile, scope, [
        [ledger, at.ledger],
        [inputs, at.inputs],
        [evaluations, at.evaluations],
      ])
    : null;
  if (key === null) return lookUp(profile, source, ledger, inputs, evaluations, scope);
  const memo = waveMemo();
  let outcome = memo.get(key);
  if (!outcome) {
    outcome = attempt(() => lookUp(profile, source, ledger, inputs, evaluations, scope));
    memo.set(key, outcome);
  }
  return unwrap(outcome);
}

/** The full lookup: every cell of the ranges compared with the cached entries', or a parse. */
function lookUp(profile: Profile, source: ProfileSource, ledger: Range, inputs: Range, evaluations: Range, scope: Scope): Entry {
  lookups++;
  if (scope === "projects") {
    const parsed = workbooks.get([ledger, inputs, ANY], profile, (o) => "value" in o);
    if (parsed) return unwrap(parsed);
  }
  const ranges: (AnyRange | null)[] = [ledger, inputs, evaluations];
  const outcome = workbooks.getOrMake(ranges, profile, ([l, i, e]) =>
    attempt(() => {
      const [ledger, inputs, evaluations] = [l, i, e] as Range[];
      const parsed = readWorkbook(book({ ledger, inputs, evaluations, ...source }), BASE_PROFILE);
      parses++;
      checkRanges([
        { issues: parsed.ledger.issues, given: true },
        { issues: parsed.inputs.issues, given: !!inputs },
        { issues: parsed.evaluations.issues, given: !!evaluations },
        { issues: parsed.targets.issues, given: !!source.targets },
        { issues: parsed.params.issues, given: !!source.params },
      ]);
      return { parsed: keptParse(parsed), reports: new Map<string, Report>() };
    }),
  );
  return unwrap(outcome);
}

/** The report of a period over a cached workbook, computed once per period. */
export function reportFor(entry: Entry, period: Period): Report {
  const id = periodId(period);
  let report = entry.reports.get(id);
  if (!report) {
    report = keptReport(scorePeriod(entry.parsed, period));
    entry.reports.set(id, report);
  }
  return report;
}
