// The task pane: choose the period, check the ledger, generate the rankings.
import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Caption1,
  Field,
  FluentProvider,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { LinkButton } from "./components/LinkButton";
import { NativeSelect } from "./components/NativeSelect";
import { builtinProfile, parsePeriod, periodLabel, splitInfo, type Lang, type Period } from "../engine";

import { canGoToCells, type PaneHost } from "../host";
import { CityGoals } from "./components/CityGoals";
import { ConfirmReplace } from "./components/ConfirmReplace";
import { ProfilePanel } from "./components/ProfilePanel";
import { IssueList } from "./components/IssueList";
import { MergeSection } from "./components/MergeSection";
import { InspectSection } from "./components/InspectSection";
import { Summary } from "./components/Summary";
import { UnitProgress } from "./components/UnitProgress";
import { UnitScores } from "./components/UnitScores";
import { STRINGS, type Strings } from "./strings";
import { useTaskPane } from "./useTaskPane";
import { issueTarget, rowTarget, type Progress } from "./workflow";

// The sections below the results take no part in a check: memoized, so the progress of one repaints only what it changes.
const Merge = React.memo(MergeSection);
const Inspect = React.memo(InspectSection);

const periodOf = (id: string): Period => parsePeriod(id, builtinProfile()) ?? { year: builtinProfile().year, kind: "quarter", quarter: 1 };

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "12px", padding: "12px", minWidth: "280px", boxSizing: "border-box" },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightBase500 },
  subtitle: { color: tokens.colorNeutralForeground2 },
  actions: { display: "flex", flexWrap: "wrap", gap: "8px" },
  // Buttons only as wide as their labels (not Fluent's 96 px minimum): the row then fits in 320 px in
  // Chinese with room to spare for a scrollbar, and does not break when one appears, or when a dialog
  // reserves its gutter (html { scrollbar-gutter: stable }).
  // No colour fade: going disabled and back, a fading button passes through white on light blue.
  grow: { flexGrow: 1, minWidth: 0, transitionProperty: "none" },
  nowrap: { minWidth: 0, whiteSpace: "nowrap", transitionProperty: "none" },
  // While busy the buttons are disabled; Fluent's disabled grey (#BDBDBD on #F0F0F0, 1.6:1) made the
  // label all but vanish. A darker grey keeps it readable (5.4:1) and still looks unavailable.
  busy: {
    color: tokens.colorNeutralForeground3,
    ":hover": { color: tokens.colorNeutralForeground3 },
    ":hover:active": { color: tokens.colorNeutralForeground3 },
  },
  sheets: { margin: "4px 0 0", paddingLeft: "18px" },
  panel: { paddingBottom: "8px" },
  heading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  hint: { margin: "0 0 6px", fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

/** Sections open at first; the page, wider and with no sheets to look at, opens the rankings too. */
const PANE_OPEN = ["profile", "issues", "progress", "goals"];
const PAGE_OPEN = [...PANE_OPEN, "scores"];

/**
 * Whether the sections beside the ranking may draw `report`: at once in the task pane; on the page,
 * which opens the ranking too, one transition after it, so the ranking is on screen first (issue 18).
 */
function useDrawnAfter<T>(report: T, defer: boolean): boolean {
  const [drawn, setDrawn] = React.useState<T | null>(null);
  React.useEffect(() => {
    if (defer && drawn !== report) React.startTransition(() => setDrawn(report));
  }, [report, defer, drawn]);
  return !defer || drawn === report;
}

function progressText(p: Progress | null, s: Strings): string {
  if (!p) return s.busyRead;
  if (p.step === "write") return s.busyWrite;
  if (p.step === "score") return s.busyScore;
  if (p.step === "parse") return s.busyParse(Math.round((p.part ?? 0) * 100));
  return p.block && p.block.total > 2 ? s.busyBlock(p.block.done, p.block.total) : s.busyRead;
}

export function Pane({ host, lang, s }: { host: PaneHost; lang: Lang; s: Strings }): React.ReactElement {
  const c = useStyles();
  const { state, setPeriod, check, generate, confirm, template, selectIssue, selectRow, openSheet } = useTaskPane(host, lang, s, periodOf);
  const { outcome, busy } = state;
  const report = outcome?.report;
  // Errors and warnings in the issue list; skipped rows and unused columns apart.
  const issueParts = React.useMemo(() => splitInfo(report?.issues ?? []), [report]);
  // Where there is no open workbook to show a cell in (the offline page), the issue says where, without a link.
  const goes = canGoToCells(host);
  const rest = useDrawnAfter(report, !goes);
  // The page draws 合并报送 and 月度督查 once its first check has drawn (or failed): the ranking comes first. Never taken back.
  const below = React.useRef(goes);
  if ((report && rest) || state.error) below.current = true;
  const years = React.useMemo(() => [...new Set([periodOf(state.periodId).year, ...state.periodIds.map((id) => periodOf(id).year)])], [state.periodId, state.periodIds]);
  return (
    <main className={c.root} aria-busy={!!busy}>
      <header>
        <h1 className={c.title}>{s.appTitle}</h1>
        <Caption1 className={c.subtitle}>{s.appSubtitle}</Caption1>
      </header>

      <Field label={s.period}>
        {(field: React.SelectHTMLAttributes<HTMLSelectElement>) => (
          <NativeSelect {...field} value={state.periodId} onChange={(e) => setPeriod(e.target.value)} disabled={!!busy} data-testid="period">
            {state.periodIds.map((id) => (
              <option key={id} value={id}>
                {periodLabel(periodOf(id))[lang]}
              </option>
            ))}
          </NativeSelect>
        )}
      </Field>

      <div className={c.actions}>
        <Button appearance="primary" className={mergeClasses(c.grow, !!busy && c.busy)} onClick={check} disabled={!!busy}>
          {s.check}
        </Button>
        {goes ? (
          <Button className={mergeClasses(c.grow, !!busy && c.busy)} onClick={generate} disabled={!!busy}>
            {s.generate}
          </Button>
        ) : (
          <Button className={mergeClasses(c.grow, !!busy && c.busy)} onClick={generate} disabled={!!busy || !report} title={s.downloadRankedHint} data-testid="download-ranked">
            {s.downloadRanked}
          </Button>
        )}
        <Button appearance="subtle" size="small" className={mergeClasses(c.nowrap, !!busy && c.busy)} onClick={template} disabled={!!busy} title={s.templateHint}>
          {s.template}
        </Button>
      </div>

      {busy && (
        <Field label={progressText(state.progress, s)} aria-live="polite">
          <ProgressBar value={state.progress?.value ?? 0} max={1} thickness="large" data-testid="progress" />
        </Field>
      )}

      {state.error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{s.failed}</MessageBarTitle>
            {state.error}
          </MessageBarBody>
        </MessageBar>
      )}

      {state.generated && (
        <MessageBar intent="success" data-testid="generated">
          <MessageBarBody>
            {state.generated.file ? s.downloaded(state.generated.file, state.generated.written.length) : s.generated(state.generated.written.length)}
            <ul className={c.sheets}>
              {state.generated.written.map((n) => (
                <li key={n}>
                  {goes ? (
                    <LinkButton onClick={() => openSheet(n)} aria-label={s.openSheet(n)}>
                      {n}
                    </LinkButton>
                  ) : (
                    n
                  )}
                </li>
              ))}
            </ul>
            {state.generated.replaced.length > 0 && <div>{s.replacedNote(state.generated.replaced.join("、"))}</div>}
            {state.generated.renamed && <div>{s.renamedNote}</div>}
          </MessageBarBody>
        </MessageBar>
      )}

      {state.template && (
        <MessageBar intent="info">
          <MessageBarBody>
            {!state.template.added.length
              ? s.templateNone
              : state.template.file
                ? s.templateDownloaded(state.template.file, state.template.added.join("、"))
                : s.templateAdded(state.template.added.join("、"))}
          </MessageBarBody>
        </MessageBar>
      )}

      {!report && !busy && !state.error && !state.generated && !state.template && (
        <MessageBar intent="info" data-testid="start-hint">
          <MessageBarBody>{s.startHint(s.check, s.template)}</MessageBarBody>
        </MessageBar>
      )}

      {report && (
        <section aria-label={s.summary} data-testid="results">
          <Summary report={report} s={s} />
          <Accordion multiple collapsible defaultOpenItems={goes ? PANE_OPEN : PAGE_OPEN}>
            <AccordionItem value="profile">
              <AccordionHeader as="h2" size="small">
                <span className={c.heading}>{s.profileCount(report.changes.length)}</span>
              </AccordionHeader>
              <AccordionPanel className={c.panel} collapseMotion={null}>
                {rest && <ProfilePanel report={report} lang={lang} s={s} />}
              </AccordionPanel>
            </AccordionItem>
            <AccordionItem value="issues">
              <AccordionHeader as="h2" size="small">
                <span className={c.heading}>{s.issuesCount(issueParts.problems.length)}</span>
              </AccordionHeader>
              <AccordionPanel className={c.panel} collapseMotion={null}>
                {rest && <IssueList issues={issueParts.problems} lang={lang} s={s} canSelect={(i) => issueTarget(i, outcome!.read) !== null} links={goes} onSelect={selectIssue} />}
              </AccordionPanel>
            </AccordionItem>
            {issueParts.info.length > 0 && (
              // Collapsed by default: rows taken as titles, totals or notes, for the clerk to object to (workbook-format §1.1).
              <AccordionItem value="skipped" data-testid="skipped-section">
                <AccordionHeader as="h2" size="small">
                  <span className={c.heading}>{s.skippedCount(issueParts.info.length)}</span>
                </AccordionHeader>
                <AccordionPanel className={c.panel} collapseMotion={null}>
                  <p className={c.hint}>{s.skippedHint}</p>
                  {rest && <IssueList issues={issueParts.info} lang={lang} s={s} canSelect={(i) => issueTarget(i, outcome!.read) !== null} links={goes} onSelect={selectIssue} />}
                </AccordionPanel>
              </AccordionItem>
            )}
            <AccordionItem value="progress">
              <AccordionHeader as="h2" size="small">
                <span className={c.heading}>{`${s.progress} · ${lang === "en" ? report.labelEn : report.label}`}</span>
              </AccordionHeader>
              <AccordionPanel className={c.panel} collapseMotion={null}>
                {rest && <UnitProgress groups={report.groups} lang={lang} s={s} />}
              </AccordionPanel>
            </AccordionItem>
            <AccordionItem value="scores">
              <AccordionHeader as="h2" size="small">
                <span className={c.heading}>{s.scores}</span>
              </AccordionHeader>
              <AccordionPanel className={c.panel} collapseMotion={null}>
                <UnitScores
                  groups={report.groups}
                  lang={lang}
                  s={s}
                  byQuarter={report.period.kind !== "quarter"}
                  canSelect={(sheet) => goes && rowTarget(sheet, 1, outcome!.read) !== null}
                  links={goes}
                  onSelectRow={selectRow}
                />
              </AccordionPanel>
            </AccordionItem>
            <AccordionItem value="goals">
              <AccordionHeader as="h2" size="small">
                <span className={c.heading}>{s.goals}</span>
              </AccordionHeader>
              <AccordionPanel className={c.panel} collapseMotion={null}>
                {rest && <CityGoals goals={report.cityGoals} lang={lang} s={s} />}
              </AccordionPanel>
            </AccordionItem>
          </Accordion>
        </section>
      )}

      {below.current && <Merge host={host} lang={lang} s={s} disabled={!!busy} />}

      {below.current && <Inspect host={host} lang={lang} s={s} disabled={!!busy} years={years} />}

      <ConfirmReplace sheets={state.confirm ? state.confirm.toReplace : null} s={s} onChoose={confirm} />
    </main>
  );
}

/** The root: Fluent's provider, and a plain message when there is no Excel to work with. */
export function App({ host, lang }: { host: PaneHost | null; lang: Lang }): React.ReactElement {
  const s = STRINGS[lang];
  return (
    <FluentProvider theme={webLightTheme} lang={s.language}>
      {host ? (
        <Pane host={host} lang={lang} s={s} />
      ) : (
        <MessageBar intent="warning" style={{ margin: 12 }}>
          <MessageBarBody>{s.notInExcel}</MessageBarBody>
        </MessageBar>
      )}
    </FluentProvider>
  );
}
