// The built-in profiles, by id: the one place that names `ruzhou-2023`. Each is
// data (a JSON document) checked by the same validator as a user's profile
// file; hosts ask for the built-in profile here and never import its data.
//
// A built-in may extend another, as a profile file does (profiles.md §4): a
// 2024 built-in is `"extends": "ruzhou-2023"` and its changes. Every value of a
// built-in names the clause it comes from (`{ "value": 10, "clause": "附件3 四(一)1(1)" }`),
// a clause of the seed (clauses.ts). An unknown base, a cycle of `extends`, a
// value without its clause or with a clause the seed lacks: the built-in does
// not load, and the error names its file and key in Chinese and English.
import ruzhou2023 from "./ruzhou-2023.json";
import { message, type MessageCode, type MessageParams } from "../messages";
import { citedClauses, SEED_CLAUSES } from "./clauses";
import { fromBaseDocument, withBuiltinLayer } from "./compile";
import { validateDocument, type DocProblem, type ProfileDocument } from "./document";
import type { Profile } from "./types";
import type { Lang } from "../types";
import { hasOwnKey, ownValue } from "../own";

const DOCUMENTS: Record<string, unknown> = { "ruzhou-2023": ruzhou2023 };

/** The ids a profile file may extend. */
export const BUILTIN_IDS: readonly string[] = Object.keys(DOCUMENTS);

/**
 * Each built-in profile as a clerk names the plan it encodes, for footnotes
 * and messages (issue 20 item 5): never the id, which nobody can look up.
 */
const NAMES: Record<string, { zh: string; en: string }> = {
  "ruzhou-2023": { zh: "汝州市2023年考评办法（内置）", en: "Ruzhou 2023 assessment rules (built in)" },
};

/** The display name of a built-in profile (its title for one without a name; its id for an unknown one). */
export function profileName(id: string, lang: Lang = "zh"): string {
  const name = ownValue(NAMES, id);
  if (name) return name[lang];
  if (!hasOwnKey(DOCUMENTS, id)) return id;
  return message("profile.builtinName", { title: builtinProfile(id).title }, lang);
}

/** The profile shipped as the default. */
export const DEFAULT_PROFILE_ID = "ruzhou-2023";

/** A problem of a built-in document: its file, the key, and the line in both languages. */
export interface BuiltinProblem {
  file: string;
  path: string;
  code: MessageCode;
  message: string;
  messageEn: string;
}

/** Where a built-in's document lives in the source tree. */
export const builtinFile = (id: string): string => `src/engine/profile/${id}.json`;

function builtinProblem(id: string, problem: DocProblem): BuiltinProblem {
  const file = builtinFile(id);
  const line = (lang: Lang) => message("profile.builtinProblem", { file, path: problem.path || message("profile.root", {}, lang), text: message(problem.code, problem.params, lang) }, lang);
  return { file, path: problem.path, code: problem.code, message: line("zh"), messageEn: line("en") };
}

const problem = (path: string, code: MessageCode, params: MessageParams): DocProblem => ({ path, code, params });

/** What a built-in needs beyond a file's checks: its id as registered, a title, and every value's clause, one the seed has. */
function builtinChecks(id: string, raw: Record<string, unknown>, doc: ProfileDocument): DocProblem[] {
  const out: DocProblem[] = [];
  if (doc.id !== id) out.push(problem("id", "profile.builtinId", { value: String(raw.id ?? ""), id }));
  if (doc.title === null) out.push(problem("title", "profile.missingKey", { value: "title" }));
  for (const p of doc.parameters) {
    const path = `parameters[${JSON.stringify(p.id)}]`;
    if (!p.clause) out.push(problem(path, "profile.clauseMissing", { id: p.id }));
    else for (const c of citedClauses(p.clause)) if (!(c in SEED_CLAUSES)) out.push(problem(`${path}.clause`, "profile.clauseUnknown", { value: c }));
  }
  return out;
}

type Loaded = { profile: Profile | null; problems: BuiltinProblem[] };

const extendsOf = (raw: unknown): unknown => (raw !== null && typeof raw === "object" ? (raw as { extends?: unknown }).extends : undefined);

/** The base a built-in extends, loaded (null and the problems when it is unknown, in a cycle, or broken itself). */
function baseOf(documents: Record<string, unknown>, id: string, ext: unknown, chain: readonly string[]): Loaded & { base: Profile | null } {
  const fail = (problem: DocProblem): Loaded & { base: null } => ({ base: null, profile: null, problems: [builtinProblem(id, problem)] });
  if (typeof ext !== "string" || !hasOwnKey(documents, ext)) {
    const value = typeof ext === "string" ? ext : (JSON.stringify(ext) ?? String(ext));
    return fail(
      problem("extends", "profile.extends", {
        value,
        allowed: Object.keys(documents)
          .filter((k) => k !== id)
          .join("、"),
      }),
    );
  }
  if (ext === id || chain.includes(ext)) return fail(problem("extends", "profile.extendsCycle", { value: [...chain, id, ext].join(" → ") }));
  const below = loadBuiltin(documents, ext, [...chain, id]);
  return { base: below.profile, profile: null, problems: below.problems };
}

/**
 * Load the built-in `id` of `documents` (the shipped ones, or a test's): its
 * base first when it extends one. Every problem names its file and key.
 */
export function loadBuiltin(documents: Record<string, unknown>, id: string, chain: readonly string[] = []): Loaded {
  const raw = ownValue(documents, id);
  if (raw === undefined) return { profile: null, problems: [builtinProblem(id, problem("", "profile.extends", { value: id, allowed: Object.keys(documents).join("、") }))] };
  const ext = extendsOf(raw);
  let base: Profile | null = null;
  if (ext !== undefined) {
    const below = baseOf(documents, id, ext, chain);
    if (!below.base) return below;
    base = below.base;
  }
  const { doc, problems } = validateDocument(raw, base, Object.keys(documents));
  const all = doc ? builtinChecks(id, raw as Record<string, unknown>, doc) : problems;
  if (!doc || all.length) return { profile: null, problems: all.map((p) => builtinProblem(id, p)) };
  return { profile: base ? withBuiltinLayer(base, doc) : fromBaseDocument(doc), problems: [] };
}

const compiled = new Map<string, Profile>();

/** A built-in profile; its document is validated on first use (a bad one is a build error, caught by the tests). */
export function builtinProfile(id: string = DEFAULT_PROFILE_ID): Profile {
  let p = compiled.get(id);
  if (p) return p;
  if (!hasOwnKey(DOCUMENTS, id)) throw new Error(`no built-in profile ${id}`);
  const loaded = loadBuiltin(DOCUMENTS, id);
  if (!loaded.profile) throw new Error(loaded.problems.map((x) => `${x.message}\n${x.messageEn}`).join("\n"));
  p = loaded.profile;
  compiled.set(id, p);
  return p;
}

/** Whether a built-in profile exists (for a file's `extends`). */
export const hasBuiltin = (id: string): boolean => hasOwnKey(DOCUMENTS, id);
