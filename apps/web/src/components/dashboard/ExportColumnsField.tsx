"use client";

import { useState } from "react";

interface Props {
  legend: string;
  sensitiveHint: string;
  columns: { name: string; label: string; sensitive: boolean }[];
  initial: readonly string[];
}

/**
 * The columns of an export, ticked in a fieldset; they travel as one `columns` field (comma
 * separated, in the order shown) so that the download is a plain GET link.
 */
export function ExportColumnsField({ legend, sensitiveHint, columns, initial }: Props) {
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set(initial));
  const value = columns
    .filter((c) => chosen.has(c.name))
    .map((c) => c.name)
    .join(",");
  return (
    <fieldset className="rounded-md border border-slate-200 p-3 dark:border-slate-800">
      <legend className="px-1 text-sm font-medium">{legend}</legend>
      <p className="text-sm text-slate-600 dark:text-slate-400">{sensitiveHint}</p>
      <input type="hidden" name="columns" value={value} />
      <div className="mt-2 grid grid-cols-1 gap-2 sm:grid-cols-3">
        {columns.map((column) => (
          <label key={column.name} className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              checked={chosen.has(column.name)}
              onChange={(event) => {
                const next = new Set(chosen);
                if (event.target.checked) next.add(column.name);
                else next.delete(column.name);
                setChosen(next);
              }}
              className="h-4 w-4 rounded border-slate-400"
            />
            {column.label}
            {column.sensitive ? <span aria-hidden="true">*</span> : null}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
