// The city-wide goals (rules §7): count so far against the year's goal.
import * as React from "react";
import { Field, makeStyles, ProgressBar, tokens } from "@fluentui/react-components";
import type { GoalProgress, Lang } from "../../engine";
import type { Strings } from "../strings";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: "6px", margin: 0, padding: 0, listStyle: "none" },
  label: { display: "block", width: "100%" },
  line: { display: "flex", justifyContent: "space-between", gap: "8px", fontSize: tokens.fontSizeBase200 },
  count: { fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
});

export function CityGoals({ goals, lang, s }: { goals: GoalProgress[]; lang: Lang; s: Strings }): React.ReactElement {
  const c = useStyles();
  return (
    <ul className={c.list} data-testid="goals">
      {goals.map((g, i) => {
        const label = `${lang === "en" ? g.labelEn : g.label}`;
        const done = g.actual >= g.goal;
        return (
          <li key={i}>
            <Field
              label={{
                className: c.label,
                children: (
                  <span className={c.line}>
                    <span>{label}</span>
                    <span className={c.count}>{s.goalLine(g.actual, g.goal)}</span>
                  </span>
                ),
              }}
            >
              <ProgressBar value={g.goal > 0 ? Math.min(1, g.actual / g.goal) : 1} color={done ? "success" : "brand"} thickness="large" aria-valuetext={s.goalLine(g.actual, g.goal)} />
            </Field>
          </li>
        );
      })}
    </ul>
  );
}
