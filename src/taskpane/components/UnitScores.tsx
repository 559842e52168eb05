// Why each unit scored what it did: per group, every unit with its rank and
// total; expanding one shows its item scores and the engine's explanation
// lines, each row number selecting that worksheet row. Collapsed by default,
// and a unit's detail is only rendered while it is open.
import * as React from "react";
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { LinkButton } from "./LinkButton";
import { rules, SHEETS, type ExplanationLine, type GroupResult, type Lang, type ScoreItem, type ScoreItems, type UnitScore } from "../../engine";
import type { Strings } from "../strings";

const ITEMS: (keyof ScoreItems & ScoreItem)[] = ["planning", "signing", "start", "commissioning", "service", "bonus", "deduction"];
/** Row numbers shown before "N more". */
const ROWS_SHOWN = 6;

const useStyles = makeStyles({
  hint: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, margin: "0 0 4px" },
  group: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: "8px 0 2px" },
  head: { display: "flex", alignItems: "baseline", gap: "6px", width: "100%", minWidth: 0, fontSize: tokens.fontSizeBase200 },
  rank: { minWidth: "1.6em", textAlign: "right", color: tokens.colorNeutralForeground2, fontVariantNumeric: "tabular-nums" },
  name: { flexGrow: 1, minWidth: 0, overflowWrap: "anywhere", textAlign: "left" },
  total: { fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  detail: { padding: "0 0 8px 8px", fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  items: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(96px, 1fr))", columnGap: "12px", margin: "0 0 6px" },
  itemRow: { display: "flex", justifyContent: "space-between", gap: "4px", borderBottom: `1px solid ${tokens.colorNeutralStroke3}`, padding: "2px 0" },
  dt: { color: tokens.colorNeutralForeground2 },
  dd: { margin: 0, fontVariantNumeric: "tabular-nums" },
  strong: { fontWeight: tokens.fontWeightSemibold },
  sub: { fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold, margin: "6px 0 2px" },
  lines: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "4px" },
  line: { borderLeft: `3px solid ${tokens.colorNeutralStroke2}`, paddingLeft: "6px" },
  minus: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  top: { display: "flex", gap: "6px", alignItems: "baseline" },
  text: { flexGrow: 1, minWidth: 0, overflowWrap: "anywhere" },
  quarter: { color: tokens.colorNeutralForeground2 },
  points: { fontWeight: tokens.fontWeightSemibold, whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" },
  negative: { color: tokens.colorPaletteRedForeground1 },
  meta: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  empty: { color: tokens.colorNeutralForeground2, margin: 0 },
});

const fixed = (n: number): string => n.toFixed(2);
const trimmed = (n: number): string => String(Math.round(n * 100) / 100);
const signed = (n: number): string => (n > 0 ? `+${trimmed(n)}` : n < 0 ? `−${trimmed(-n)}` : "0");

export interface UnitScoresProps {
  groups: GroupResult[];
  lang: Lang;
  s: Strings;
  /** Prefix each line with its quarter (year and part-year reports). */
  byQuarter: boolean;
  canSelect: (sheet: string) => boolean;
  onSelectRow: (sheet: string, row: number) => void;
  /** False where the host has no rows to go to (the page). */
  links?: boolean;
}

export function UnitScores(props: UnitScoresProps): React.ReactElement {
  const c = useStyles();
  return (
    <div data-testid="scores">
      <p className={c.hint}>{props.links === false ? props.s.scoresHintFile : props.s.scoresHint}</p>
      {props.groups.map((g) => (
        <GroupScores key={g.id} group={g} {...props} />
      ))}
    </div>
  );
}

function GroupScores({ group, ...props }: UnitScoresProps & { group: GroupResult }): React.ReactElement {
  const c = useStyles();
  const { lang, s } = props;
  const headingId = `scores-${group.id}-heading`;
  return (
    <section data-testid={`scores-${group.id}`} aria-labelledby={headingId}>
      <h3 id={headingId} className={c.group}>
        {lang === "en" ? group.en : group.zh}
      </h3>
      {/* data-testid ranking-<group>, and each row's unit, rank and total (as `sanpi score --json`): the tests' contract (issue 18). */}
      <Accordion collapsible data-testid={`ranking-${group.id}`}>
        {group.rows.map((u) => (
          <AccordionItem key={u.unit} value={u.unit} data-unit={u.unit} data-rank={u.rank} data-total={rules.round2(u.total)}>
            <AccordionHeader as="h4" size="small" button={{ "aria-label": s.unitScore(u.unit, u.rank, fixed(u.total)) }}>
              <span className={c.head}>
                <span className={c.rank}>{u.rank}</span>
                <span className={c.name} title={u.unit}>
                  {u.unit}
                </span>
                <span className={c.total} data-total={fixed(u.total)}>
                  {fixed(u.total)}
                </span>
              </span>
            </AccordionHeader>
            <AccordionPanel>
              <UnitDetail unit={u} {...props} />
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </section>
  );
}

/** Rendered only while its unit is open (the panel unmounts when closed). */
function UnitDetail({ unit: u, lang, s, byQuarter, canSelect, onSelectRow }: UnitScoresProps & { unit: UnitScore }): React.ReactElement {
  const c = useStyles();
  const item = (key: string, label: string, value: string, strong = false) => (
    <div key={key} className={c.itemRow} data-item={key}>
      <dt className={c.dt}>{label}</dt>
      <dd className={mergeClasses(c.dd, strong && c.strong)}>{value}</dd>
    </div>
  );
  return (
    <div className={c.detail} data-testid="unit-detail">
      <dl className={c.items}>
        {u.kind === "project"
          ? ITEMS.map((k) => item(k, s.items[k], k === "deduction" ? (u.deduction > 0 ? `−${fixed(u.deduction)}` : fixed(0)) : fixed(u[k])))
          : item("evaluation", s.items.evaluation, s.evaluations(u.evaluations))}
        {item("total", s.total, fixed(u.total), true)}
      </dl>
      <h5 className={c.sub}>{s.reasons}</h5>
      {u.explanation.length === 0 ? (
        <p className={c.empty}>{s.noReasons}</p>
      ) : (
        <ul className={c.lines}>
          {u.explanation.map((l, k) => (
            <Line key={k} line={l} lang={lang} s={s} byQuarter={byQuarter} canSelect={canSelect} onSelectRow={onSelectRow} />
          ))}
        </ul>
      )}
    </div>
  );
}

function Line(props: {
  line: ExplanationLine;
  lang: Lang;
  s: Strings;
  byQuarter: boolean;
  canSelect: (sheet: string) => boolean;
  onSelectRow: (sheet: string, row: number) => void;
}): React.ReactElement {
  const { line: l, lang, s, byQuarter } = props;
  const c = useStyles();
  const sheet = l.sheet ?? SHEETS.ledger;
  return (
    <li className={mergeClasses(c.line, l.points < 0 && c.minus)} data-points={l.points} data-line-item={l.item}>
      <div className={c.top}>
        <span className={c.text}>
          {byQuarter && l.quarter ? <span className={c.quarter}>{`${s.quarter(l.quarter)} · `}</span> : null}
          {lang === "en" ? l.textEn : l.text}
        </span>
        <span className={mergeClasses(c.points, l.points < 0 && c.negative)}>{signed(l.points)}</span>
      </div>
      <div className={c.meta}>
        {lang === "en" ? l.clauseEn : l.clause}
        {l.rows.length > 0 && (
          <>
            {" · "}
            <RowLinks sheet={sheet} rows={l.rows} s={s} canSelect={props.canSelect(sheet)} onSelectRow={props.onSelectRow} />
          </>
        )}
      </div>
    </li>
  );
}

function RowLinks(props: { sheet: string; rows: number[]; s: Strings; canSelect: boolean; onSelectRow: (sheet: string, row: number) => void }) {
  const { sheet, rows, s, canSelect, onSelectRow } = props;
  const [all, setAll] = React.useState(false);
  const shown = all ? rows : rows.slice(0, ROWS_SHOWN);
  return (
    <span>
      {s.rowsOn(sheet)}
      {shown.map((row, k) => (
        <React.Fragment key={row}>
          {k > 0 && s.rowSeparator}
          {canSelect ? (
            <LinkButton data-row={row} data-sheet={sheet} aria-label={s.goToRow(sheet, row)} title={s.goToRow(sheet, row)} onClick={() => onSelectRow(sheet, row)}>
              {row}
            </LinkButton>
          ) : (
            <span>{row}</span>
          )}
        </React.Fragment>
      ))}
      {s.rowsEnd}
      {rows.length > shown.length && (
        <>
          {" "}
          <LinkButton onClick={() => setAll(true)}>{s.moreRows(rows.length - shown.length)}</LinkButton>
        </>
      )}
    </span>
  );
}
