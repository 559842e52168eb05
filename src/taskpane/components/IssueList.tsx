// The issues of the check: sheet, cell and message; choosing one selects its
// cell in the workbook. Filter by severity; long lists are shown in pages.
// `info` issues (skipped rows, unused columns) are listed apart, without tabs.
import * as React from "react";
import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { SeverityTag } from "./SeverityTag";
import { Tabs } from "./Tabs";
import { errorsFirst, type Issue, type Lang } from "../../engine";
import type { Strings } from "../strings";

const PAGE = 20;
type Filter = "all" | "error" | "warning";

const useStyles = makeStyles({
  list: { listStyle: "none", margin: "4px 0 0", padding: 0, display: "flex", flexDirection: "column", gap: "2px" },
  item: {
    width: "100%",
    textAlign: "left",
    border: "none",
    borderLeft: `3px solid transparent`,
    backgroundColor: "transparent",
    padding: "6px 8px",
    cursor: "pointer",
    font: "inherit",
    color: tokens.colorNeutralForeground1,
    borderRadius: tokens.borderRadiusMedium,
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  static: { cursor: "default", ":hover": { backgroundColor: "transparent" } },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  info: { borderLeftColor: tokens.colorNeutralStroke1 },
  where: { display: "flex", gap: "6px", alignItems: "center", fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  message: { display: "block", fontSize: tokens.fontSizeBase200, marginTop: "2px", lineHeight: tokens.lineHeightBase200, overflowWrap: "anywhere" },
  empty: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

function place(i: Issue, s: Strings, lang: Lang): string {
  const at = i.cell ?? (i.row ? (lang === "en" ? `row ${i.row}` : `第${i.row}行`) : "");
  const col = i.column && !i.cell ? ` ${i.column}` : "";
  return `${i.sheet}${at ? " " + at : ""}${col}`;
}

export function IssueList(props: {
  issues: Issue[];
  lang: Lang;
  s: Strings;
  canSelect: (i: Issue) => boolean;
  onSelect: (i: Issue) => void;
  /** False where the host has no cell to go to (the page): each issue says where, without a link or a missing-sheet note. */
  links?: boolean;
}): React.ReactElement {
  const { issues, lang, s, canSelect, onSelect, links = true } = props;
  const c = useStyles();
  const [filter, setFilter] = React.useState<Filter>("all");
  const [shown, setShown] = React.useState(PAGE);
  const errors = issues.filter((i) => i.severity === "error").length;
  const infoOnly = issues.length > 0 && issues.every((i) => i.severity === "info");
  // Errors first (they keep rows out of the score), then warnings, each in sheet and row order.
  const sorted = React.useMemo(() => errorsFirst(issues), [issues]);
  const list = filter === "all" ? sorted : sorted.filter((i) => i.severity === filter);
  if (!issues.length) return <p className={c.empty}>{s.noProblems}</p>;
  return (
    <div data-testid={infoOnly ? "skipped" : "issues"}>
      {!infoOnly && (
        <Tabs<Filter>
          items={[
            { value: "all", label: `${s.all} ${issues.length}` },
            { value: "error", label: `${s.errors} ${errors}` },
            { value: "warning", label: `${s.warnings} ${issues.length - errors}` },
          ]}
          selected={filter}
          onSelect={(v) => (setFilter(v), setShown(PAGE))}
        />
      )}
      <ul className={c.list}>
        {list.slice(0, shown).map((i, k) => {
          const message = lang === "en" ? (i.messageEn ?? i.message) : i.message;
          const selectable = links && canSelect(i);
          const body = (
            <>
              <span className={c.where}>
                <SeverityTag severity={i.severity}>{i.severity === "error" ? s.error : i.severity === "warning" ? s.warning : s.info}</SeverityTag>
                <span>
                  {place(i, s, lang)}
                  {selectable || !links ? "" : ` ${s.sheetMissing}`}
                </span>
              </span>
              <span className={c.message}>{message}</span>
            </>
          );
          const tone = i.severity === "error" ? c.error : i.severity === "warning" ? c.warning : c.info;
          return (
            <li key={k} data-severity={i.severity} data-cell={i.cell ?? ""}>
              {selectable ? (
                <button type="button" className={mergeClasses(c.item, tone)} title={s.issueGoTo} onClick={() => onSelect(i)}>
                  {body}
                </button>
              ) : (
                <div className={mergeClasses(c.item, c.static, tone)}>{body}</div>
              )}
            </li>
          );
        })}
      </ul>
      {list.length > shown && (
        <Button appearance="subtle" size="small" onClick={() => setShown(shown + PAGE)}>
          {s.showMore(Math.min(PAGE, list.length - shown))}
        </Button>
      )}
    </div>
  );
}
