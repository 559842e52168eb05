// Rows read, projects counted, errors, warnings: four numbers in a 2×2 grid,
// and under them how many rows were skipped as titles, totals or notes.
import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Report } from "../../engine";
import type { Strings } from "../strings";

const useStyles = makeStyles({
  grid: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: "8px", margin: 0 },
  stat: {
    padding: "8px 10px",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    display: "flex",
    flexDirection: "column-reverse",
    margin: 0,
  },
  value: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  label: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  skipped: { margin: "6px 0 0", fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

export function Summary({ report, s }: { report: Report; s: Strings }): React.ReactElement {
  const c = useStyles();
  const items: [string, number, string?][] = [
    [s.rowsRead, report.stats.rowsRead],
    [s.projects, report.stats.projects],
    [s.errors, report.stats.errors, report.stats.errors ? c.error : undefined],
    [s.warnings, report.stats.warnings, report.stats.warnings ? c.warning : undefined],
  ];
  return (
    <div data-testid="summary">
      <dl className={c.grid}>
        {items.map(([label, value, tone]) => (
          <div key={label} className={c.stat}>
            <dt className={c.label}>{label}</dt>
            <dd className={mergeClasses(c.value, tone)}>{value}</dd>
          </div>
        ))}
      </dl>
      {report.stats.skipped > 0 && (
        <p className={c.skipped} data-testid="skipped-line">
          {s.skippedLine(report.stats.skipped)}
        </p>
      )}
    </div>
  );
}
