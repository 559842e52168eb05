// Where a value came from, as reports and messages name it (profiles.md §1).
import { message } from "../messages";
import type { Lang } from "../types";
import type { Profile, ValueSource } from "./types";

/** `考评参数 第5行`, `配置文件 ruzhou-2026.json`, `内置方案 ruzhou-2023`. */
export function sourceText(source: ValueSource | undefined, profile: Pick<Profile, "id">, lang: Lang = "zh"): string {
  if (!source) return message("source.builtin", { profile: profile.id }, lang);
  if (source.kind === "file") return message("source.file", { file: source.file ?? "" }, lang);
  const key = source.kind === "考评参数" ? "source.params" : "source.targets";
  return source.row === undefined ? source.kind : message(key, { row: source.row }, lang);
}

/** The JSON name of a source: `file`, `考评参数`, `目标任务` (profiles.md §1). */
export const sourceId = (source: ValueSource): string => source.kind;
