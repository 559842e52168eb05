// The SANPI.* functions in WPS 表格 (issue 19): the same table and runner as
// Excel's (src/functions), registered with wps.AddCustomFunction when the
// add-in's page loads. Calls are synchronous (WPS runs no asynchronous custom
// functions). What WPS passes is read here, then each call is Excel's:
//  - a range as a 2-D array, or a Range object (its Value2: a 2-D array, or one
//    value for one cell), whichever the WPS build passes;
//  - an omitted optional argument as undefined, null, "", DISP_E_PARAMNOTFOUND
//    (-2147352572, COM's "missing") or an object standing for it: all omitted;
//  - an error cell as COM's error code (CVErr: #N/A is -2146826246): the error.
// WPS gives no parameter addresses; each range argument is keyed by its
// fingerprint within the task (src/functions/fingerprint.ts, decisions 71).
import { fingerprint } from "../functions/fingerprint";
import { run } from "../functions/run";
import { FUNCTIONS, FUNCTION_IDS, type FunctionId } from "../functions/table";
import { PROFILE } from "../functions/run";

/** The functions' namespace: cells call SANPI.SCORE(…), as in Excel. */
export const NAMESPACE = "SANPI";

/** COM's DISP_E_PARAMNOTFOUND (0x80020004), what a missing optional VARIANT holds. */
export const DISP_E_PARAMNOTFOUND = -2147352572;

/** COM's error values (CVErr codes) of the worksheet errors, as a Value2 holds an error cell. */
export const CVERR: Readonly<Record<number, string>> = {
  [-2146826288]: "#NULL!",
  [-2146826281]: "#DIV/0!",
  [-2146826273]: "#VALUE!",
  [-2146826265]: "#REF!",
  [-2146826259]: "#NAME?",
  [-2146826252]: "#NUM!",
  [-2146826246]: "#N/A",
};

/** What ET's Range offers that the functions read. */
export interface RangeLike {
  Value2: unknown;
  Address?: unknown;
  Worksheet?: { Name?: unknown } | null;
}

export const isRangeLike = (v: unknown): v is RangeLike => v !== null && typeof v === "object" && !Array.isArray(v) && "Value2" in (v as object);

const MISSING_NAME = /missing|empty|omitted|notfound|undefined/i;

/** Whether WPS passed "no argument". */
export function isOmitted(v: unknown): boolean {
  if (v === undefined || v === null || v === DISP_E_PARAMNOTFOUND || v === 0x80020004) return true;
  if (typeof v === "symbol") return true;
  if (typeof v !== "object" || Array.isArray(v) || v instanceof Date || isRangeLike(v)) return false;
  const o = v as Record<string, unknown>;
  if ([o.scode, o.code, o.number, o.value, o.Value, o.hr].some((x) => x === DISP_E_PARAMNOTFOUND || x === 0x80020004)) return true;
  if (o.missing === true || o.isMissing === true || o.IsMissing === true || o.omitted === true) return true;
  const ctor = (Object.getPrototypeOf(o) as { constructor?: { name?: string } } | null)?.constructor?.name ?? "";
  if (MISSING_NAME.test(ctor) || (typeof o.type === "string" && MISSING_NAME.test(o.type))) return true;
  // An object with nothing in it stands for nothing (an error value has its code, a Range its Value2).
  return !(v instanceof Error) && Object.keys(o).length === 0 && (ctor === "Object" || ctor === "");
}

function call<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch {
    return undefined;
  }
}

/** A Range's values (Value2 may be a property or, in some builds, a method). */
function valueOf(r: RangeLike): unknown {
  const v = typeof r.Value2 === "function" ? call(() => (r.Value2 as () => unknown).call(r)) : r.Value2;
  // An empty cell reads as Excel gives it: "".
  return v === undefined || v === null ? "" : v;
}

/** Where a Range is (sheet!$A$1:$U$800), when it says. */
function addressOf(r: RangeLike): string | undefined {
  const a = typeof r.Address === "function" ? call(() => (r.Address as () => unknown).call(r)) : r.Address;
  if (typeof a !== "string" || !a) return undefined;
  const sheet = call(() => r.Worksheet?.Name);
  return typeof sheet === "string" ? `${sheet}!${a}` : a;
}

/** A single value as Excel gives it: an error code as its error text. */
const scalar = (v: unknown): unknown => (typeof v === "number" && CVERR[v] !== undefined ? CVERR[v] : v);

interface Read {
  value: unknown;
  key?: string;
}

/** One argument as the runner takes it (Excel's shapes), and for a range its key within the task. */
export function readArg(raw: unknown, isRange: boolean): Read {
  if (isOmitted(raw)) return { value: null };
  let value = raw;
  let at: string | undefined;
  if (isRangeLike(raw)) {
    value = valueOf(raw);
    at = addressOf(raw);
  }
  if (!isRange) return { value: Array.isArray(value) ? (value as unknown[]).map((r) => (Array.isArray(r) ? r.map(scalar) : scalar(r))) : scalar(value) };
  if (isOmitted(value) && !isRangeLike(raw)) return { value: null };
  const fp = fingerprint(value);
  return { value, key: at ? `${fp}@${at}` : fp };
}

export type WpsFunction = (...args: unknown[]) => unknown;

/** The function WPS calls for `id`: its arguments read as above, then Excel's runner. */
export function wpsFunction(id: FunctionId): WpsFunction {
  const params = FUNCTIONS[id].params;
  const ranges = params.map((p) => p.kind === "range");
  return (...args: unknown[]) => {
    const reads = params.map((_, i) => readArg(args[i], ranges[i]));
    const keys = reads.map((r) => r.key);
    return run(
      id,
      reads.map((r) => r.value),
      PROFILE,
      keys.some((k) => k !== undefined) ? (keys as string[]) : undefined,
    );
  };
}

/** Every SANPI function by its name in cells (SCORE, RANKING…). */
export const WPS_FUNCTIONS: Readonly<Record<FunctionId, WpsFunction>> = Object.fromEntries(FUNCTION_IDS.map((id) => [id, wpsFunction(id)])) as Record<FunctionId, WpsFunction>;

/** The part of WPS's `wps` global this registers with (et-jsapi-declare: WPS.EtAddonRoot.AddCustomFunction). */
export interface CustomFunctionHost {
  AddCustomFunction?: (namespace: string, name: string, callback: WpsFunction, metadata?: unknown) => void;
}

/**
 * Register every SANPI function with WPS (12.1.0.20540 and later); `metadata`
 * gives each its help (metadata.ts). Returns the names registered: none where
 * this WPS has no AddCustomFunction (an older build, or WPS 文字).
 */
export function registerFunctions(host: CustomFunctionHost | undefined, metadata: Partial<Record<FunctionId, unknown>> = {}): FunctionId[] {
  if (!host || typeof host.AddCustomFunction !== "function") return [];
  const done: FunctionId[] = [];
  for (const id of FUNCTION_IDS) {
    host.AddCustomFunction(NAMESPACE, id, WPS_FUNCTIONS[id], metadata[id]);
    done.push(id);
  }
  return done;
}
