// An on/off switch: a native checkbox with role="switch", drawn as Fluent's
// Switch is (track and thumb), without @fluentui/react-switch's 12 KB.
import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  label: { display: "inline-flex", alignItems: "center", gap: "8px", padding: "6px 0", cursor: "pointer", fontSize: tokens.fontSizeBase300, color: tokens.colorNeutralForeground1 },
  input: {
    appearance: "none",
    margin: 0,
    flexShrink: 0,
    position: "relative",
    width: "40px",
    height: "20px",
    borderRadius: tokens.borderRadiusCircular,
    border: `1px solid ${tokens.colorNeutralStrokeAccessible}`,
    backgroundColor: tokens.colorNeutralBackground1,
    cursor: "pointer",
    "::before": {
      content: '""',
      position: "absolute",
      top: "3px",
      left: "3px",
      width: "12px",
      height: "12px",
      borderRadius: tokens.borderRadiusCircular,
      backgroundColor: tokens.colorNeutralStrokeAccessible,
    },
    ":checked": { backgroundColor: tokens.colorCompoundBrandBackground, border: `1px solid ${tokens.colorCompoundBrandBackground}` },
    ":checked::before": { left: "23px", backgroundColor: tokens.colorNeutralForegroundInverted },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "2px" },
  },
});

export function Toggle(props: { label: string; checked: boolean; onChange: (checked: boolean) => void }): React.ReactElement {
  const c = useStyles();
  return (
    <label className={c.label}>
      <input type="checkbox" role="switch" className={c.input} checked={props.checked} onChange={(e) => props.onChange(e.target.checked)} />
      {props.label}
    </label>
  );
}
