// Issue lists as people read them: errors first (those rows are left out of the
// score), then warnings, each kept in sheet and row order.
import type { Issue } from "./types";

export function errorsFirst(issues: readonly Issue[]): Issue[] {
  return [...issues.filter((i) => i.severity === "error"), ...issues.filter((i) => i.severity !== "error")];
}
