"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

interface Props {
  /** Names the chart for assistive technology; the table below it holds the same numbers. */
  label: string;
  data: Record<string, string | number>[];
  /** The key of each bar series and its name in the legend. */
  series: { key: string; name: string }[];
  /** The key of the category: on the horizontal axis, or beside each bar when `horizontal`. */
  category: string;
  /**
   * Horizontal bars, one row per category with its whole label beside it: for many categories or
   * long names (open cases by state), which vertical bars would crowd until most labels vanish.
   */
  horizontal?: boolean;
}

// Brand and slate tones with enough contrast on white and on the dark theme.
const COLOURS = ["#1d4ed8", "#0f766e", "#b45309", "#7c3aed", "#be123c"];

/** Height of one row of a horizontal chart, in pixels: room for a 12 px label and its bar. */
const ROW_HEIGHT = 28;
/** Width of a category label beside a horizontal bar, in pixels, estimated from its characters. */
const labelWidth = (labels: string[]) =>
  Math.min(320, Math.max(80, Math.max(0, ...labels.map((l) => l.length)) * 7 + 12));

/** A bar chart of a figure's table (recharts). */
export function FigureChart({ label, data, series, category, horizontal = false }: Props) {
  const bars = [
    <Tooltip key="tooltip" />,
    series.length > 1 ? <Legend key="legend" /> : null,
    ...series.map((s, i) => (
      <Bar key={s.key} dataKey={s.key} name={s.name} fill={COLOURS[i % COLOURS.length]} />
    )),
  ];
  if (horizontal) {
    const width = labelWidth(data.map((row) => String(row[category] ?? "")));
    return (
      <figure
        className="mt-3 w-full"
        style={{ height: Math.max(160, data.length * ROW_HEIGHT + 48) }}
        role="img"
        aria-label={label}
      >
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} layout="vertical" margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" allowDecimals={false} fontSize={12} />
            {/* interval 0: every category's label is drawn, none skipped for lack of room. */}
            <YAxis type="category" dataKey={category} width={width} interval={0} fontSize={12} />
            {bars}
          </BarChart>
        </ResponsiveContainer>
      </figure>
    );
  }
  return (
    <figure className="mt-3 h-64 w-full" role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey={category} fontSize={12} />
          <YAxis allowDecimals={false} fontSize={12} />
          {bars}
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
