// The 错误 / 警告 / 提示 tag of an issue: a tinted label in Fluent's palette
// (what Badge appearance="tint" draws), without @fluentui/react-badge's 13 KB.
import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Severity } from "../../engine";

const useStyles = makeStyles({
  tag: {
    display: "inline-flex",
    alignItems: "center",
    flexShrink: 0,
    height: "16px",
    padding: "0 4px",
    borderRadius: tokens.borderRadiusCircular,
    fontSize: tokens.fontSizeBase100,
    lineHeight: tokens.lineHeightBase100,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: "nowrap",
  },
  error: { backgroundColor: tokens.colorPaletteRedBackground1, color: tokens.colorPaletteRedForeground1, border: `1px solid ${tokens.colorPaletteRedBorder1}` },
  warning: { backgroundColor: tokens.colorPaletteDarkOrangeBackground1, color: tokens.colorPaletteDarkOrangeForeground1, border: `1px solid ${tokens.colorPaletteDarkOrangeBorder1}` },
  info: { backgroundColor: tokens.colorBrandBackground2, color: tokens.colorBrandForeground2, border: `1px solid ${tokens.colorBrandStroke2}` },
});

export function SeverityTag({ severity, children }: { severity: Severity; children: React.ReactNode }): React.ReactElement {
  const c = useStyles();
  return <span className={mergeClasses(c.tag, c[severity])}>{children}</span>;
}
