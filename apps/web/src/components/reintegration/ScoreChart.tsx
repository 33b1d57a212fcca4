"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

interface Props {
  /** Names the chart for assistive technology; the table beside it holds the same numbers. */
  label: string;
  /** One point per survey: its date and each dimension's score (0..100, null when not scored). */
  data: Record<string, string | number | null>[];
  series: { key: string; name: string }[];
}

// The dashboard charts' tones: enough contrast on white and on the dark theme.
const COLOURS = ["#1d4ed8", "#0f766e", "#b45309", "#7c3aed"];

/** Each dimension's score over time, survey by survey (recharts, as the dashboard's charts). */
export function ScoreChart({ label, data, series }: Props) {
  return (
    <figure className="mt-3 h-64 w-full" role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="takenOn" fontSize={12} />
          <YAxis domain={[0, 100]} allowDecimals={false} fontSize={12} />
          <Tooltip />
          <Legend />
          {series.map((s, i) => (
            <Line
              key={s.key}
              type="monotone"
              dataKey={s.key}
              name={s.name}
              stroke={COLOURS[i % COLOURS.length]}
              strokeWidth={2}
              connectNulls
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
