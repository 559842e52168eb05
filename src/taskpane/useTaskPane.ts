// The task pane's state and actions: one action at a time, progress while it
// runs, results kept until the next one. Errors become a message, never a crash.
import { useCallback, useRef, useState } from "react";
import { lastFinishedQuarter, periodId, builtinProfile, type Issue, type Lang, type Period } from "../engine";
import type { CellTarget, ExcelHost, ReadHint, ReplaceMode, TemplateResult, WriteResult } from "../excel";
import { errorText, type Strings } from "./strings";
import { addTemplate, commitGenerate, issueTarget, prepareGenerate, rowTarget, runCheck, type CheckOutcome, type PreparedGenerate, type Progress } from "./workflow";

export type Busy = "check" | "generate" | "template" | null;

export interface TaskPaneState {
  periodId: string;
  busy: Busy;
  progress: Progress | null;
  outcome: CheckOutcome | null;
  confirm: PreparedGenerate | null;
  generated: (WriteResult & { renamed: boolean }) | null;
  template: TemplateResult | null;
  error: string | null;
}

export function defaultPeriod(today = new Date()): Period {
  return lastFinishedQuarter(builtinProfile().year, today);
}

export function useTaskPane(host: ExcelHost, lang: Lang, s: Strings, periodOf: (id: string) => Period) {
  const [state, setState] = useState<TaskPaneState>({
    periodId: periodId(defaultPeriod()),
    busy: null,
    progress: null,
    outcome: null,
    confirm: null,
    generated: null,
    template: null,
    error: null,
  });
  const hint = useRef<ReadHint | null>(null);
  const patch = (p: Partial<TaskPaneState>): void => setState((old) => ({ ...old, ...p }));
  const onProgress = (progress: Progress): void => patch({ progress });

  const run = useCallback(
    async (busy: Exclude<Busy, null>, action: () => Promise<Partial<TaskPaneState>>): Promise<void> => {
      patch({ busy, progress: null, error: null, generated: null, template: null, confirm: null });
      try {
        patch({ ...(await action()), busy: null, progress: null });
      } catch (e) {
        patch({ busy: null, progress: null, error: errorText(e, s) });
      }
    },
    [s],
  );

  const setPeriod = (id: string): void => patch({ periodId: id });

  const check = (): Promise<void> =>
    run("check", async () => {
      const outcome = await runCheck(host, periodOf(state.periodId), hint.current, onProgress);
      hint.current = outcome.read.hint;
      return { outcome };
    });

  const write = async (prepared: PreparedGenerate, mode: ReplaceMode): Promise<Partial<TaskPaneState>> => {
    const result = await commitGenerate(host, prepared, mode, onProgress);
    const renamed = result.written.some((name, i) => name !== prepared.specs[i]?.name);
    return { outcome: prepared, generated: { ...result, renamed } };
  };

  const generate = (): Promise<void> =>
    run("generate", async () => {
      const prepared = await prepareGenerate(host, periodOf(state.periodId), lang, hint.current, onProgress);
      hint.current = prepared.read.hint;
      // Earlier generated sheets of these names: ask before replacing them.
      if (prepared.toReplace.length) return { outcome: prepared, confirm: prepared };
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

  const template = (): Promise<void> => run("template", async () => ({ template: await addTemplate(host, lang) }));

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
