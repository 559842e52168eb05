// The built-in profiles, by id: the one place that names `ruzhou-2023`. Each is
// data (a JSON document) checked by the same validator as a user's profile
// file; hosts ask for the built-in profile here and never import its data.
import ruzhou2023 from "./ruzhou-2023.json";
import { fromBaseDocument } from "./compile";
import { validateDocument } from "./document";
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

/** The display name of a built-in profile (its id for one without a name). */
export function profileName(id: string, lang: Lang = "zh"): string {
  const name = ownValue(NAMES, id);
  return name ? name[lang] : id;
}

/** The profile shipped as the default. */
export const DEFAULT_PROFILE_ID = "ruzhou-2023";

const compiled = new Map<string, Profile>();

/** A built-in profile; its document is validated on first use (a bad one is a build error, caught by the tests). */
export function builtinProfile(id: string = DEFAULT_PROFILE_ID): Profile {
  let p = compiled.get(id);
  if (p) return p;
  const raw = ownValue(DOCUMENTS, id);
  if (raw === undefined) throw new Error(`no built-in profile ${id}`);
  const { doc, problems } = validateDocument(raw, null);
  if (!doc) throw new Error(`built-in profile ${id} is invalid: ${problems.map((x) => `${x.path} ${x.code}`).join("; ")}`);
  p = fromBaseDocument(doc);
  compiled.set(id, p);
  return p;
}

/** Whether a built-in profile exists (for a file's `extends`). */
export const hasBuiltin = (id: string): boolean => hasOwnKey(DOCUMENTS, id);
