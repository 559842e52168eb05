// A small tab strip (WAI-ARIA tabs pattern: role tablist/tab, aria-selected,
// arrow keys, Home/End) in Fluent's look, instead of @fluentui/react-tabs:
// that package is about 29 KB of the page's script for three filter tabs
// (issue 10: the shared-runtime page ≤ 180 KB gzip).
import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  list: { display: "flex", flexWrap: "wrap", gap: "2px", margin: "2px 0" },
  tab: {
    position: "relative",
    border: "none",
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground2,
    font: "inherit",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    padding: "6px 8px 8px",
    borderRadius: tokens.borderRadiusMedium,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover, color: tokens.colorNeutralForeground1 },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
    "::after": {
      content: '""',
      position: "absolute",
      left: "8px",
      right: "8px",
      bottom: "2px",
      height: "3px",
      borderRadius: tokens.borderRadiusCircular,
      backgroundColor: "transparent",
    },
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    "::after": { backgroundColor: tokens.colorCompoundBrandStroke },
  },
});

export interface TabItem<V extends string> {
  value: V;
  label: string;
}

export function Tabs<V extends string>(props: { items: TabItem<V>[]; selected: V; onSelect: (v: V) => void; label?: string }): React.ReactElement {
  const { items, selected, onSelect, label } = props;
  const c = useStyles();
  const refs = React.useRef<(HTMLButtonElement | null)[]>([]);
  const move = (from: number, key: string): void => {
    const last = items.length - 1;
    const to = key === "ArrowRight" ? (from === last ? 0 : from + 1) : key === "ArrowLeft" ? (from === 0 ? last : from - 1) : key === "Home" ? 0 : key === "End" ? last : -1;
    if (to < 0) return;
    onSelect(items[to].value);
    refs.current[to]?.focus();
  };
  return (
    <div role="tablist" aria-label={label} className={c.list}>
      {items.map((t, k) => {
        const on = t.value === selected;
        return (
          <button
            key={t.value}
            ref={(el) => {
              refs.current[k] = el;
            }}
            type="button"
            role="tab"
            aria-selected={on}
            tabIndex={on ? 0 : -1}
            className={mergeClasses(c.tab, on && c.selected)}
            onClick={() => onSelect(t.value)}
            onKeyDown={(e) => {
              if (["ArrowRight", "ArrowLeft", "Home", "End"].includes(e.key)) {
                e.preventDefault();
                move(k, e.key);
              }
            }}
          >
            {t.label}
          </button>
        );
      })}
    </div>
  );
}
