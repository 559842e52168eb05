// 月度督查 (cycle.md §3.4): a month picker, the month's overdue projects and
// units to notify, the two sheets written after the usual confirmation, and
// the 通报 draft to download. It knows only a PaneHost, so the no-install
// page shows it over its file host as it is; in Excel each overdue project
// selects its ledger row.
import * as React from "react";
import { Button, Caption1, Field, makeStyles, MessageBar, MessageBarBody, ProgressBar, tokens } from "@fluentui/react-components";
import type { Lang } from "../../engine";
import { canGoToCells, type PaneHost, type ReplaceMode, type WriteResult } from "../../host";
import { commitInspection, download, InspectError, DOCX_TYPE, monthChoices, noticeFile, overdueTarget, prepareInspection, type PreparedInspection } from "../inspect";
import { INSPECT_STRINGS } from "../strings-inspect";
import { errorText, type Strings } from "../strings";
import { overdueOrder } from "../../engine/sheets/inspect";
import { ConfirmReplace } from "./ConfirmReplace";
import { NativeSelect } from "./NativeSelect";

const SHOWN = 50;

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: "8px" },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  hint: { color: tokens.colorNeutralForeground2 },
  row: { display: "flex", gap: "8px", alignItems: "flex-end" },
  grow: { flexGrow: 1 },
  list: { listStyleType: "none", margin: "4px 0", padding: 0, fontSize: tokens.fontSizeBase200 },
  item: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, padding: "3px 0", wordBreak: "break-word" },
  link: {
    border: "none",
    background: "none",
    padding: 0,
    font: "inherit",
    color: "inherit",
    textAlign: "start",
    cursor: "pointer",
    display: "block",
    ":hover": { textDecorationLine: "underline" },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  red: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  yellow: { color: tokens.colorPaletteMarigoldForeground1, fontWeight: tokens.fontWeightSemibold },
  title: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase200 },
});

/** `years`: the workbook's assessment years, as the pane's period list offers them. */
export function InspectSection({ host, lang, s, years, disabled = false }: { host: PaneHost; lang: Lang; s: Strings; years: readonly number[]; disabled?: boolean }): React.ReactElement {
  const c = useStyles();
  const t = INSPECT_STRINGS[lang];
  const key = years.join(",");
  // The months depend on the years only (their joined key): a new array of the same years keeps the choices.
  const choices = React.useMemo(() => monthChoices(years, new Date()), [key]);
  const [month, setMonth] = React.useState(choices.initial);
  React.useEffect(() => {
    if (!choices.months.includes(month)) setMonth(choices.initial);
  }, [choices, month]);
  const [busy, setBusy] = React.useState<number | null>(null);
  const [prepared, setPrepared] = React.useState<PreparedInspection | null>(null);
  const [asking, setAsking] = React.useState(false);
  const [written, setWritten] = React.useState<WriteResult | null>(null);
  const [error, setError] = React.useState<string | null>(null);

  const run = async (): Promise<void> => {
    setPrepared(null);
    setWritten(null);
    setError(null);
    try {
      setBusy(0);
      setPrepared(await prepareInspection(host, month, lang, (p) => setBusy(p.value)));
    } catch (e) {
      setError(e instanceof InspectError ? e.message : errorText(e, s));
    } finally {
      setBusy(null);
    }
  };

  const choose = async (mode: ReplaceMode | null): Promise<void> => {
    setAsking(false);
    if (!mode || !prepared) return;
    try {
      setBusy(0.9);
      setWritten(await commitInspection(host, prepared, mode));
    } catch (e) {
      setError(errorText(e, s));
    } finally {
      setBusy(null);
    }
  };

  const notice = async (): Promise<void> => {
    if (!prepared) return;
    try {
      const f = await noticeFile(prepared.inspection);
      download(f.name, f.bytes, DOCX_TYPE);
    } catch (e) {
      setError(errorText(e, s));
    }
  };

  const r = prepared?.inspection;
  const ordered = r
    ? overdueOrder(
        r.projects,
        r.groups.flatMap((g) => g.rows.map((x) => x.unit)),
      )
    : [];
  const goTo = canGoToCells(host);
  const off = busy !== null || disabled;
  return (
    <section id="inspect" className={c.section} aria-labelledby="inspect-heading" data-testid="inspect">
      <h2 id="inspect-heading" className={c.heading}>
        {t.heading}
      </h2>
      <Caption1 className={c.hint}>{t.hint}</Caption1>
      <div className={c.row}>
        <Field label={t.month} className={c.grow}>
          {(field: React.SelectHTMLAttributes<HTMLSelectElement>) => (
            <NativeSelect {...field} value={month} onChange={(e) => setMonth(e.target.value)} disabled={off} data-testid="inspect-month">
              {choices.months.map((id) => (
                <option key={id} value={id}>
                  {t.monthLabel(id)}
                </option>
              ))}
            </NativeSelect>
          )}
        </Field>
        <Button appearance="primary" onClick={() => void run()} disabled={off} data-testid="inspect-run">
          {t.run}
        </Button>
      </div>

      {busy !== null && (
        <Field label={t.busy} aria-live="polite">
          <ProgressBar value={busy} max={1} thickness="large" data-testid="inspect-progress" />
        </Field>
      )}

      {error && (
        <MessageBar intent="error" role="alert" data-testid="inspect-error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}

      {r && (
        <div data-testid="inspect-result">
          <div className={c.title} data-testid="inspect-summary">
            {t.summary(r.projects.length, r.city.overdue.red, r.notify.length)}
          </div>
          {r.quarterEnd && <Caption1>{t.quarterEnd(r.quarter)}</Caption1>}
          {r.noPlannedDates ? <Caption1>{t.noPlans}</Caption1> : !r.projects.length && <Caption1>{t.none}</Caption1>}
          {r.notify.length > 0 && (
            <>
              <div className={c.title}>{t.notifyHeading}</div>
              <ul className={c.list} data-testid="inspect-notify">
                {r.notify.map((n) => (
                  <li key={n.unit} className={c.item}>
                    {n.unit}（{n.projects.length + n.problems.length}）
                  </li>
                ))}
              </ul>
            </>
          )}
          {ordered.length > 0 && (
            <>
              <div className={c.title}>{goTo ? t.overdueHeading : t.overdueHeadingFile}</div>
              <ul className={c.list} data-testid="inspect-overdue">
                {ordered.slice(0, SHOWN).map((e) => {
                  const text = (
                    <>
                      <span className={e.level === "red" ? c.red : c.yellow}>{e.level === "red" ? t.red : t.yellow}</span>
                      {e.provincial ? ` ${t.provincial} ` : " "}
                      {e.unit} · {e.name} · {t.kind[e.kind]} {t.days(e.daysLate)}
                    </>
                  );
                  const target = goTo ? overdueTarget(prepared!, e.row) : null;
                  return (
                    <li key={`${e.row}-${e.kind}`} className={c.item} data-row={e.row} data-kind={e.kind}>
                      {target ? (
                        <button type="button" className={c.link} onClick={() => void host.select(target)} data-testid="inspect-go">
                          {text}
                        </button>
                      ) : (
                        text
                      )}
                    </li>
                  );
                })}
              </ul>
              {ordered.length > SHOWN && <Caption1>{t.more(ordered.length - SHOWN)}</Caption1>}
            </>
          )}
          <div className={c.row}>
            <Button appearance="primary" onClick={() => setAsking(true)} disabled={off} title={goTo ? t.writeHint : t.writeCopyHint} data-testid="inspect-write">
              {goTo ? t.write : t.writeCopy}
            </Button>
            <Button onClick={() => void notice()} disabled={off} title={t.noticeHint} data-testid="inspect-notice">
              {t.notice}
            </Button>
          </div>
        </div>
      )}

      {written && (
        <MessageBar intent="success" data-testid="inspect-written">
          <MessageBarBody>{written.file ? `${s.downloaded(written.file, written.written.length)}${written.written.join("、")}` : t.written(written.written.join("、"))}</MessageBarBody>
        </MessageBar>
      )}

      <ConfirmReplace
        sheets={asking ? (prepared?.toReplace ?? []) : null}
        s={s}
        onChoose={(mode) => void choose(mode)}
        text={{
          title: t.confirmTitle,
          body: t.confirmBody(prepared?.plans.map((p) => p.name).join("、") ?? "") + (prepared?.toReplace.length ? t.confirmReplaced : ""),
          confirm: t.confirmWrite,
          keepBoth: (prepared?.toReplace.length ?? 0) > 0,
        }}
      />
    </section>
  );
}
