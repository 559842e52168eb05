// Types of scripts/office-api-sets.js (CommonJS, also run by node directly).
export interface RequirementSet {
  name: string;
  version: string;
}
export interface ApiUse {
  file: string;
  line: number;
  column: number;
  /** e.g. "Range.getMergedAreasOrNullObject", or `NamedItem.formula (load "items/formula")`. */
  member: string;
  set: string;
  version: string;
}
export interface ApiProblem extends ApiUse {
  /** Why no guard covers it, e.g. "via queueMergedAreas() at src/excel/read.ts:91". */
  reason: string;
}
export function checkApiSets(options: { files: string[]; declared: RequirementSet[] }): { problems: ApiProblem[]; uses: ApiUse[] };
export function compareVersions(a: string, b: string): number;
export function formatProblems(problems: ApiProblem[]): string[];
export function highestVersions(uses: { set: string; version: string }[]): Record<string, string>;
export function sourceFiles(dir: string): string[];
export const SRC: string;
