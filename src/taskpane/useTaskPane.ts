// The task pane's state and actions: one action at a time, progress while it
// runs, results kept until the next one. Errors become a message, never a crash.
import { startTransition, useCallback, useEffect, useRef, useState } from "react";
import { currentYear, defaultPeriodOf, periodChoices, periodId, type Issue, type Lang, type Period, type YearChoice } from "../engine";
import type { CellTarget, PaneHost, ReadHint, ReplaceMode, TemplateResult, WriteResult } from "../host";
import { errorText, type Strings } from "./strings";
import {
  addTemplate,
  checkForGenerate,
  commitGenerate,
  issueTarget,
  prepareGenerate,
  readYears,
  rowTarget,
  runCheck,
  type CheckOutcome,
  type PreparedGenerate,
  type Previous,
  type Progress,
} from "./workflow";

export type Busy = "years" | "check" | "generate" | "template" | null;

export interface TaskPaneState {
  periodId: string;
  /** The periods offered: the quarters and the year of 考评年度, or of the ledger's years, newest first. */
  periodIds: string[];
  /** Whether the user picked the period (then a new list does not move it). */
  chosen: boolean;
  busy: Busy;
  progress: Progress | null;
  outcome: CheckOutcome | null;
  confirm: PreparedGenerate | null;
  generated: (WriteResult & { renamed: boolean }) | null;
  template: TemplateResult | null;
  error: string | null;
}

/** The least time between two progress renders within one step (ms): often enough to look smooth. */
export const PROGRESS_MS = 100;

/** Before the workbook is read: the current year (the office assesses each year with that year's plan). */
const yearsOf = (today: Date): YearChoice => ({ years: [currentYear(today)], main: currentYear(today) });
const BASE_YEARS: YearChoice = yearsOf(new Date());

export function defaultPeriod(today = new Date(), years: YearChoice = yearsOf(today)): Period {
  return defaultPeriodOf(years, today);
}

/** The period list for these years; the selection kept when chosen (or just scored) and still offered. */
function withYears(old: TaskPaneState, years: YearChoice, scored = false): Partial<TaskPaneState> {
  const periodIds = periodChoices(years.years);
  const keep = (old.chosen || scored) && periodIds.includes(old.periodId);
  return { periodIds, periodId: keep ? old.periodId : periodId(defaultPeriod(new Date(), years)) };
}

export function useTaskPane(host: PaneHost, lang: Lang, s: Strings, periodOf: (id: string) => Period) {
  const [state, setState] = useState<TaskPaneState>({
    periodId: periodId(defaultPeriod()),
    periodIds: periodChoices(BASE_YEARS.years),
    chosen: false,
    busy: null,
    progress: null,
    outcome: null,
    confirm: null,
    generated: null,
    template: null,
    error: null,
  });
  const hint = useRef<ReadHint | null>(null);
  // What the last read brought, for 生成排名 to reuse while Excel reports no change to those sheets.
  const last = useRef<Previous | null>(null);
  const patch = (p: Partial<TaskPaneState>): void => setState((old) => ({ ...old, ...p }));
  // Each progress shown is a render of the whole pane: within a step, at most one per PROGRESS_MS, so the slices in between run back to back.
  const shownProgress = useRef<{ at: number; step: Progress["step"] } | null>(null);
  const onProgress = (progress: Progress): void => {
    const now = performance.now();
    const last = shownProgress.current;
    if (last && last.step === progress.step && now - last.at < PROGRESS_MS) return;
    shownProgress.current = { at: now, step: progress.step };
    patch({ progress });
  };

  const run = useCallback(
    async (busy: Exclude<Busy, null>, action: () => Promise<Partial<TaskPaneState>>): Promise<void> => {
      shownProgress.current = null;
      patch({ busy, progress: null, error: null, generated: null, template: null, confirm: null });
      try {
        const result = await action();
        // A transition: React renders the results (thousands of nodes for a large ledger) in slices that
        // yield to the page, as the engine's work did, instead of in one long task (issue 10 item 5).
        startTransition(() => patch({ ...result, busy: null, progress: null }));
      } catch (e) {
        patch({ busy: null, progress: null, error: errorText(e, s) });
      }
    },
    [s],
  );

  const offerYears = (years: YearChoice, scored = false): void => setState((old) => ({ ...old, ...withYears(old, years, scored) }));

  // The page (file host) checks as soon as the file is read, and again for each period picked: there is
  // nothing to edit between two checks, so the parse is reused and only the scoring runs again.
  const auto = host.kind === "file";
  const rescore = (id: string): Promise<void> =>
    run("check", async () => {
      const outcome = await checkForGenerate(host, periodOf(id), hint.current, last.current, onProgress);
      last.current = outcome;
      offerYears(outcome.years, true);
      return { outcome };
    });

  const setPeriod = (id: string): void => {
    patch({ periodId: id, chosen: true });
    if (auto && last.current) void rescore(id);
  };

  // The period list follows the workbook (profiles.md §2): read it once when the pane opens.
  useEffect(() => {
    let live = true;
    setState((old) => ({ ...old, busy: "years" }));
    readYears(host, hint.current, onProgress)
      .then((r) => {
        hint.current = r.read.hint;
        last.current = { read: r.read, parsed: r.parsed };
        if (!live) return undefined;
        offerYears(r.years);
        return auto ? rescore(periodId(defaultPeriod(new Date(), r.years))) : undefined;
      })
      // The list stays the built-in year's; a check reports what is wrong (the page, which has no button to wait for, says it now).
      .catch((e) => auto && live && patch({ error: errorText(e, s) }))
      .finally(() => live && setState((old) => ({ ...old, busy: old.busy === "years" ? null : old.busy, progress: null })));
    return () => {
      live = false;
    };
    // Dependencies chosen on purpose (a hooks lint rule would ask for more).
  }, [host]);

  const check = (): Promise<void> =>
    run("check", async () => {
      const outcome = await runCheck(host, periodOf(state.periodId), hint.current, onProgress);
      hint.current = outcome.read.hint;
      last.current = outcome;
      offerYears(outcome.years, true);
      return { outcome };
    });

  const write = async (prepared: PreparedGenerate, mode: ReplaceMode): Promise<Partial<TaskPaneState>> => {
    const result = await commitGenerate(host, prepared, mode, onProgress);
    const renamed = result.written.some((name, i) => name !== prepared.specs[i]?.name);
    return { outcome: prepared, generated: { ...result, renamed } };
  };

  const generate = (): Promise<void> =>
    run("generate", async () => {
      const prepared = await prepareGenerate(host, periodOf(state.periodId), lang, hint.current, onProgress, last.current);
      hint.current = prepared.read.hint;
      last.current = prepared;
      offerYears(prepared.years, true);
      // Earlier generated sheets of these names: ask before replacing them (not in the page's copy: the opened file stays as it was).
      if (prepared.toReplace.length && !auto) return { outcome: prepared, confirm: prepared };
      return write(prepared, "replace");
    });

  const confirm = (mode: ReplaceMode | null): Promise<void> => {
    const prepared = state.confirm;
    if (!prepared || mode === null) {
      patch({ confirm: null });
      return Promise.resolve();
    }
    return run("generate", () => write(prepared, mode));
  };

  // The template is for the year chosen in the period list (its 考评年度 and quarter lists).
  const template = (): Promise<void> => run("template", async () => ({ template: await addTemplate(host, lang, state.outcome?.profile, periodOf(state.periodId).year) }));

  // Issues and score reasons take the user to a cell the same way.
  const goTo = async (target: CellTarget | null): Promise<void> => {
    if (!target) return;
    try {
      await host.select(target);
    } catch (e) {
      patch({ error: errorText(e, s) });
    }
  };
  const selectIssue = (issue: Issue): Promise<void> => goTo(issueTarget(issue, state.outcome?.read ?? null));
  const selectRow = (sheet: string, row: number): Promise<void> => goTo(rowTarget(sheet, row, state.outcome?.read ?? null));

  const openSheet = async (sheet: string): Promise<void> => {
    try {
      await host.activate(sheet);
    } catch (e) {
      patch({ error: errorText(e, s) });
    }
  };

  return { state, setPeriod, check, generate, confirm, template, selectIssue, selectRow, openSheet };
}
