import type { ReactNode } from "react";

export interface Column {
  key: string;
  label: ReactNode;
  /** A column of figures, aligned to the end. */
  numeric?: boolean;
}

interface Props {
  /** Names the table for assistive technology (not shown). */
  caption?: ReactNode;
  columns: readonly Column[];
  /** The space above the table. */
  spacing: "mt-2" | "mt-4" | "mt-6";
  /** The rows of the body. */
  children: ReactNode;
}

/** A bordered table of records that scrolls sideways on a narrow screen, with a header row of columns. */
export function DataTable({ caption, columns, spacing, children }: Props) {
  return (
    <div className={`${spacing} overflow-x-auto rounded-md border border-slate-200 dark:border-slate-800`}>
      <table className="min-w-full divide-y divide-slate-200 text-sm dark:divide-slate-800">
        {caption === undefined ? null : <caption className="sr-only">{caption}</caption>}
        <thead className="bg-slate-100 text-left dark:bg-slate-900">
          <tr>
            {columns.map((column) => (
              <th
                key={column.key}
                scope="col"
                className={column.numeric ? "px-3 py-2 text-right font-semibold" : "px-3 py-2 font-semibold"}
              >
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 bg-white dark:divide-slate-800 dark:bg-slate-950">
          {children}
        </tbody>
      </table>
    </div>
  );
}
