// The effective profile a report used (profiles.md §1): the base profile, the
// assessment year and where it came from, and every changed parameter, target
// or unit with its source (考评参数 第5行, 目标任务 第3行, 配置文件 …).
import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { changeText, sourceText, type Lang, type Report } from "../../engine";
import type { Strings } from "../strings";

const useStyles = makeStyles({
  line: { margin: "0 0 6px", fontSize: tokens.fontSizeBase200 },
  list: { margin: 0, paddingLeft: "18px", display: "flex", flexDirection: "column", gap: "4px", fontSize: tokens.fontSizeBase200 },
  none: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

export function ProfilePanel({ report, lang, s }: { report: Report; lang: Lang; s: Strings }): React.ReactElement {
  const c = useStyles();
  const year = report.changes.find((x) => x.id === "year");
  const yearSource = year ? sourceText(year.source, { id: report.profile }, lang) : s.yearFromPeriod;
  return (
    <div data-testid="profile">
      <p className={c.line}>{s.profileLine(report.profile, report.year, yearSource)}</p>
      {report.changes.length ? (
        <ul className={c.list}>
          {report.changes.map((x) => (
            <li key={x.id} data-param={x.id} data-source={x.source.kind}>
              {changeText(x, report.profile, lang)}
            </li>
          ))}
        </ul>
      ) : (
        <p className={c.none}>{s.noChanges}</p>
      )}
    </div>
  );
}
