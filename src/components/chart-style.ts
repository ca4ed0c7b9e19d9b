/**
 * How every chart's tooltip and hover highlight look, in light and dark mode alike (recharts'
 * defaults are a white box whose text takes the page's colour, and a light grey block behind the
 * hovered bar: both unreadable on a dark page). Colours come from CSS variables set per theme in
 * index.css.
 */
import type { CSSProperties } from "react";

export const tooltipStyle: { contentStyle: CSSProperties; labelStyle: CSSProperties; itemStyle: CSSProperties; wrapperStyle: CSSProperties } = {
  contentStyle: {
    fontSize: 12,
    borderRadius: 6,
    background: "var(--chart-tooltip-bg)",
    border: "1px solid var(--chart-tooltip-border)",
    color: "var(--chart-tooltip-fg)",
    boxShadow: "0 4px 12px rgb(0 0 0 / 0.15)",
  },
  labelStyle: { color: "var(--chart-tooltip-fg)", fontWeight: 600, marginBottom: 2 },
  itemStyle: { color: "var(--chart-tooltip-fg)", padding: 0 },
  wrapperStyle: { outline: "none", zIndex: 10 },
};

/** The band behind a hovered bar: a tint of the text colour, so it darkens a light page and lightens a dark one. */
export const barCursor = { fill: "currentColor", fillOpacity: 0.1, stroke: "none" };

/** The line under the pointer in a line chart. */
export const lineCursor = { stroke: "currentColor", strokeOpacity: 0.4, strokeDasharray: "3 3" };
