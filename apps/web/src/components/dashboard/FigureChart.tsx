"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

interface Props {
  /** Names the chart for assistive technology; the table below it holds the same numbers. */
  label: string;
  data: Record<string, string | number>[];
  /** The key of each bar series and its name in the legend. */
  series: { key: string; name: string }[];
  /** The key of the category on the horizontal axis. */
  category: string;
}

// Brand and slate tones with enough contrast on white and on the dark theme.
const COLOURS = ["#1d4ed8", "#0f766e", "#b45309", "#7c3aed", "#be123c"];

/** A bar chart of a figure's table (recharts). */
export function FigureChart({ label, data, series, category }: Props) {
  return (
    <figure className="mt-3 h-64 w-full" role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey={category} fontSize={12} />
          <YAxis allowDecimals={false} fontSize={12} />
          <Tooltip />
          {series.length > 1 ? <Legend /> : null}
          {series.map((s, i) => (
            <Bar key={s.key} dataKey={s.key} name={s.name} fill={COLOURS[i % COLOURS.length]} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
