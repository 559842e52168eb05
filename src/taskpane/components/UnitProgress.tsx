// Each unit's cumulative progress against its targets for the period
// (谋划/签约/开工/投产, actual / target), units behind marked in red with a ▼.
import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { Toggle } from "./Toggle";
import type { GroupResult, Lang, ProjectUnitScore, Stage } from "../../engine";
import type { Strings } from "../strings";

const STAGES: Stage[] = ["plan", "sign", "start", "commission"];

const useStyles = makeStyles({
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, tableLayout: "fixed" },
  caption: { textAlign: "left", fontWeight: tokens.fontWeightSemibold, padding: "8px 0 4px", fontSize: tokens.fontSizeBase300 },
  count: { fontWeight: tokens.fontWeightRegular, color: tokens.colorPaletteRedForeground1, marginLeft: "6px" },
  th: { textAlign: "right", fontWeight: tokens.fontWeightSemibold, padding: "2px 4px", borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  thUnit: { textAlign: "left", width: "40%" },
  td: { textAlign: "right", padding: "3px 4px", borderBottom: `1px solid ${tokens.colorNeutralStroke3}`, whiteSpace: "nowrap" },
  // One line per unit: a name too long for the column (温泉农村融合发展产业园 at 320 px) ends in "…",
  // with the whole name in its tooltip and for screen readers.
  unit: { textAlign: "left", overflow: "hidden", textOverflow: "ellipsis" },
  rowHead: { fontWeight: tokens.fontWeightRegular },
  behind: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  hidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)" },
  hint: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, margin: "0 0 4px" },
  ok: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

const isBehind = (u: ProjectUnitScore): boolean => u.progress.some((p) => p.actual < p.target);

function GroupTable({ group, lang, s, onlyBehind }: { group: GroupResult; lang: Lang; s: Strings; onlyBehind: boolean }) {
  const c = useStyles();
  const units = group.rows.filter((r): r is ProjectUnitScore => r.kind === "project");
  const behind = units.filter(isBehind);
  const shown = onlyBehind ? behind : units;
  return (
    <table className={c.table} data-testid={`progress-${group.id}`}>
      <caption className={c.caption}>
        {lang === "en" ? group.en : group.zh}
        {behind.length > 0 && <span className={c.count}>{s.behindCount(behind.length)}</span>}
      </caption>
      <thead>
        <tr>
          <th scope="col" className={mergeClasses(c.th, c.thUnit)}>
            {s.unit}
          </th>
          {STAGES.map((st) => (
            <th scope="col" key={st} className={c.th}>
              {s.stages[st]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {shown.length === 0 && (
          <tr>
            <td colSpan={5} className={mergeClasses(c.td, c.unit, c.ok)}>
              {s.allOnTrack}
            </td>
          </tr>
        )}
        {shown.map((u) => (
          <tr key={u.unit} data-unit={u.unit}>
            <th scope="row" className={mergeClasses(c.td, c.unit, c.rowHead)} title={u.unit}>
              {u.unit}
            </th>
            {STAGES.map((st) => {
              const p = u.progress.find((x) => x.stage === st);
              if (!p)
                return (
                  <td key={st} className={c.td}>
                    –
                  </td>
                );
              const late = p.actual < p.target;
              return (
                <td key={st} className={mergeClasses(c.td, late && c.behind)} data-behind={late || undefined}>
                  {late && <span aria-hidden="true">▼</span>}
                  {p.actual}/{p.target}
                  {late && <span className={c.hidden}> {s.behind}</span>}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function UnitProgress({ groups, lang, s }: { groups: GroupResult[]; lang: Lang; s: Strings }): React.ReactElement {
  const c = useStyles();
  const [onlyBehind, setOnlyBehind] = React.useState(false);
  const projectGroups = groups.filter((g) => g.rows.some((r) => r.kind === "project"));
  return (
    <div>
      <p className={c.hint}>{s.progressHint}</p>
      <Toggle label={s.onlyBehind} checked={onlyBehind} onChange={setOnlyBehind} />
      {projectGroups.map((g) => (
        <GroupTable key={g.id} group={g} lang={lang} s={s} onlyBehind={onlyBehind} />
      ))}
    </div>
  );
}
