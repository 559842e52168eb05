// 合并报送 (cycle.md §2): pick the units' returns, see the 汇总说明, write the
// merged or updated 项目台账 into the open workbook after the same
// confirmation as 生成排名. It knows only a PaneHost, so the no-install page
// shows it over its file host as it is.
import * as React from "react";
import { Button, Caption1, Field, makeStyles, MessageBar, MessageBarBody, ProgressBar, tokens } from "@fluentui/react-components";
import type { Lang } from "../../engine";
import { canGoToCells, type PaneHost, type ReplaceMode, type WriteResult } from "../../host";
import { commitMerge, prepareMerge, readPicked, type PickedFile, type PreparedMerge } from "../merge";
import { MERGE_STRINGS } from "../strings-merge";
import { errorText, type Strings } from "../strings";
import { ConfirmReplace } from "./ConfirmReplace";

const SHOWN_ROWS = 60;

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: "8px" },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  hint: { color: tokens.colorNeutralForeground2 },
  list: { listStyleType: "none", margin: "4px 0", padding: 0, fontSize: tokens.fontSizeBase200 },
  item: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, padding: "3px 0", wordBreak: "break-word" },
  kind: { fontWeight: tokens.fontWeightSemibold },
  where: { color: tokens.colorNeutralForeground2 },
  title: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase200 },
  // The input stays in the page (keyboards, tests) but out of sight: the browser's own button speaks its language, not the pane's.
  hidden: { position: "absolute", width: "1px", height: "1px", opacity: 0, overflow: "hidden" },
  picker: { position: "relative", alignSelf: "flex-start" },
});

type Phase = { busy: "read" | "merge" | "write"; value: number } | null;

/**
 * `files`: returns already chosen (the page's several opened files), merged as soon as the section shows;
 * `choice`: what the page shows under the heading (which file the returns go into).
 */
export function MergeSection({
  host,
  lang,
  s,
  disabled = false,
  files,
  choice,
}: {
  host: PaneHost;
  lang: Lang;
  s: Strings;
  disabled?: boolean;
  files?: readonly PickedFile[];
  choice?: React.ReactNode;
}): React.ReactElement {
  const c = useStyles();
  const m = MERGE_STRINGS[lang];
  const picker = React.useRef<HTMLInputElement>(null);
  const [phase, setPhase] = React.useState<Phase>(null);
  const [prepared, setPrepared] = React.useState<PreparedMerge | null>(null);
  const [asking, setAsking] = React.useState(false);
  const [written, setWritten] = React.useState<WriteResult | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const [count, setCount] = React.useState(0);

  const pick = async (files: PickedFile[]): Promise<void> => {
    if (!files.length) return;
    setPrepared(null);
    setWritten(null);
    setError(null);
    setCount(files.length);
    try {
      setPhase({ busy: "read", value: 0 });
      const returns = await readPicked(files);
      setPhase({ busy: "merge", value: 0.1 });
      setPrepared(await prepareMerge(host, returns, lang, (p) => setPhase({ busy: "merge", value: p.value })));
    } catch (e) {
      setError(errorText(e, s));
    } finally {
      setPhase(null);
    }
  };

  React.useEffect(() => {
    if (files?.length) void pick([...files]);
    // Dependencies chosen on purpose (a hooks lint rule would ask for more).
  }, [files]);

  const choose = async (mode: ReplaceMode | null): Promise<void> => {
    setAsking(false);
    if (!mode || !prepared) return;
    try {
      setPhase({ busy: "write", value: 0.8 });
      setWritten(await commitMerge(host, prepared, mode));
    } catch (e) {
      setError(errorText(e, s));
    } finally {
      setPhase(null);
    }
  };

  const r = prepared?.result;
  const body = r
    ? [r.patch ? m.confirmInto(r.changes.length, r.added.length, r.patch.sheet) : m.confirmNew(r.rows.length), m.confirmSummary, prepared!.toReplace.length ? m.confirmReplaced : ""].join("")
    : "";
  const rows = prepared?.summary.rows ?? [];
  const busy = phase !== null || disabled;
  // The file host (the page) writes a copy to download; Excel and WPS write into the open workbook.
  const inBook = canGoToCells(host);
  return (
    <section className={c.section} aria-labelledby="merge-heading" data-testid="merge">
      <h2 id="merge-heading" className={c.heading}>
        {m.heading}
      </h2>
      <Caption1 className={c.hint}>{m.hint}</Caption1>
      {choice}
      <Field label={m.pick}>
        {(field: React.HTMLAttributes<HTMLElement>) => (
          <div className={c.picker}>
            {/* The label and the button are the field; the file input stays in the page out of sight (keyboards go to the button). */}
            <Button {...field} disabled={busy} onClick={() => picker.current?.click()}>
              {m.choose}
            </Button>
            <input
              ref={picker}
              className={c.hidden}
              tabIndex={-1}
              aria-hidden
              type="file"
              multiple
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              disabled={busy}
              data-testid="merge-files"
              onChange={(e) => {
                const files = Array.from(e.target.files ?? []);
                e.target.value = ""; // the same files may be picked again after a fix
                void pick(files);
              }}
            />
          </div>
        )}
      </Field>

      {phase && (
        <Field label={phase.busy === "read" ? m.busyRead(count) : phase.busy === "merge" ? m.busyMerge : s.busyWrite} aria-live="polite">
          <ProgressBar value={phase.value} max={1} thickness="large" data-testid="merge-progress" />
        </Field>
      )}

      {error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}

      {prepared && (
        <div data-testid="merge-summary">
          <div className={c.title}>{prepared.summary.title}</div>
          {/* A list, not the sheet's six columns: it reads in a 320 px pane. */}
          <ul className={c.list}>
            {rows.slice(0, SHOWN_ROWS).map((row, i) => {
              const [kind, unit, name, file, at, detail] = row.map((v) => (v === null ? "" : String(v)));
              const where = file ? (at ? `${file} ${lang === "zh" ? `第${at}行` : `row ${at}`}` : file) : "";
              return (
                <li key={i} className={c.item} data-kind={kind}>
                  <span className={c.kind}>{kind}</span> {[unit, name].filter(Boolean).join(" · ")}
                  {where && <span className={c.where}> {where}</span>}
                  <div>{detail}</div>
                </li>
              );
            })}
          </ul>
          {rows.length > SHOWN_ROWS && <Caption1>{m.more(rows.length - SHOWN_ROWS)}</Caption1>}
        </div>
      )}

      {prepared && (
        <Button appearance="primary" onClick={() => setAsking(true)} disabled={busy} title={inBook ? m.writeHint : m.writeCopyHint} data-testid="merge-write">
          {inBook ? m.write : m.writeCopy}
        </Button>
      )}

      {written && (
        <MessageBar intent="success" data-testid="merge-written">
          <MessageBarBody>
            {(written.file ? (names: string) => `${s.downloaded(written.file!, written.written.length)}${names}` : m.written)(
              [...(prepared?.result.patch ? [prepared.result.patch.sheet] : []), ...written.written].join("、"),
            )}
          </MessageBarBody>
        </MessageBar>
      )}

      <ConfirmReplace
        sheets={asking ? (prepared?.toReplace ?? []) : null}
        s={s}
        onChoose={(mode) => void choose(mode)}
        text={{ title: m.confirmTitle, body, confirm: m.confirmWrite, keepBoth: (prepared?.toReplace.length ?? 0) > 0 }}
      />
    </section>
  );
}
