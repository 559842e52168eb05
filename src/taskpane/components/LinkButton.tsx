// A button that looks like a link (Fluent's Link as="button"), for 打开表 and
// the ledger rows behind a point, without @fluentui/react-link's 5 KB.
import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  link: {
    border: "none",
    backgroundColor: "transparent",
    padding: 0,
    margin: 0,
    font: "inherit",
    color: tokens.colorBrandForegroundLink,
    cursor: "pointer",
    textAlign: "left",
    ":hover": { color: tokens.colorBrandForegroundLinkHover, textDecorationLine: "underline" },
    ":active": { color: tokens.colorBrandForegroundLinkPressed },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px", borderRadius: tokens.borderRadiusSmall },
  },
});

export function LinkButton(props: React.ButtonHTMLAttributes<HTMLButtonElement> & { [data: `data-${string}`]: string | number }): React.ReactElement {
  const c = useStyles();
  return <button type="button" {...props} className={c.link} />;
}
