// Parameter names as clerks type them (profiles.md §3): the Chinese label or
// the id, spaces and `·` ignored; the nearest names for "did you mean".
import { phraseOf, type Phrase } from "../messages";
import type { Lang } from "../types";
import { foldWidth } from "../parse/cells";
import { editDistance } from "../parse/units";
import { PARAMETERS, type ParamDef } from "./registry";

/** A name as compared: full-width folded, spaces and middle dots removed, lower case. */
export const paramNameKey = (s: string): string =>
  foldWidth(s)
    .replace(/[\s·・•]/g, "")
    .toLowerCase();

const BY_NAME = new Map<string, ParamDef>();
for (const p of PARAMETERS) {
  BY_NAME.set(paramNameKey(p.zh), p);
  BY_NAME.set(paramNameKey(p.id), p);
}

/** The parameter a 考评参数 row names, by its Chinese label or its id. */
export const findParam = (name: string): ParamDef | undefined => BY_NAME.get(paramNameKey(name));

/**
 * Up to three parameters nearest to `name`: labels for Chinese and ids for
 * English; `byId` (a profile file, which takes ids) names the id in Chinese too.
 */
export function nearestParams(name: string, byId = false): { suggest: Phrase } {
  const key = paramNameKey(name);
  const scored = PARAMETERS.map((p) => {
    const d = Math.min(
      ...[p.zh, p.id].map((n) => {
        const nk = paramNameKey(n);
        return editDistance(key, nk) / Math.max(key.length, nk.length, 1);
      }),
    );
    return { p, d };
  })
    .filter((x) => x.d < 0.6)
    .sort((a, b) => a.d - b.d)
    .slice(0, 3)
    .map((x) => x.p);
  if (!scored.length) return { suggest: phraseOf("param.suggestNone") };
  const zh = scored.map((p) => (byId ? `“${p.id}”（${p.zh}）` : `“${p.zh}”`)).join("、");
  const names = (lang: Lang) => (lang === "en" ? scored.map((p) => `“${p.id}”`).join(", ") : zh);
  return { suggest: phraseOf("param.suggest", { names }) };
}
