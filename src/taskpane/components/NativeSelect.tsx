// A native <select> in Fluent's outline look (what Select draws around the
// same element), without @fluentui/react-select's 12 KB. In a Field, give it
// the field's props by a render-function child (`{(f) => <NativeSelect {...f} />}`)
// so the label names it.
import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";

const CHEVRON =
  "url(\"data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='12' height='12' viewBox='0 0 12 12'%3E%3Cpath d='M2.2 4.2a.6.6 0 0 1 .85 0L6 7.15 8.95 4.2a.6.6 0 1 1 .85.85L6.42 8.42a.6.6 0 0 1-.84 0L2.2 5.05a.6.6 0 0 1 0-.85Z' fill='%23424242'/%3E%3C/svg%3E\")";

const useStyles = makeStyles({
  select: {
    appearance: "none",
    width: "100%",
    height: "32px",
    padding: "0 28px 0 10px",
    font: "inherit",
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    backgroundImage: CHEVRON,
    backgroundRepeat: "no-repeat",
    backgroundPosition: "right 10px center",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderBottom: `1px solid ${tokens.colorNeutralStrokeAccessible}`,
    borderRadius: tokens.borderRadiusMedium,
    cursor: "pointer",
    ":hover": { border: `1px solid ${tokens.colorNeutralStroke1Hover}`, borderBottom: `1px solid ${tokens.colorNeutralStrokeAccessibleHover}` },
    ":focus-visible": { outline: "none", borderBottom: `2px solid ${tokens.colorCompoundBrandStroke}` },
    ":disabled": { cursor: "not-allowed", color: tokens.colorNeutralForegroundDisabled, border: `1px solid ${tokens.colorNeutralStrokeDisabled}` },
  },
});

export function NativeSelect(props: React.SelectHTMLAttributes<HTMLSelectElement> & { "data-testid"?: string }): React.ReactElement {
  const c = useStyles();
  return <select {...props} className={c.select} />;
}
