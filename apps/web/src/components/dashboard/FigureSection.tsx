import type { ReactNode } from "react";

interface Props {
  id: string;
  title: string;
  /** The chart, when one helps. */
  chart?: ReactNode;
  /** Shown under the chart on request, or directly when there is no chart. */
  table: ReactNode;
  showTable: string;
  children?: ReactNode;
}

/** One figure of the dashboard: a heading, the chart, and the table behind it. */
export function FigureSection({ id, title, chart, table, showTable, children }: Props) {
  return (
    <section aria-labelledby={id} className="mt-8 break-inside-avoid">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
      {chart ? (
        <>
          <div className="print:hidden">{chart}</div>
          <details className="mt-2 print:hidden">
            <summary className="cursor-pointer text-sm font-medium text-brand-700 dark:text-brand-300">
              {showTable}
            </summary>
            {table}
          </details>
          <div className="hidden print:block">{table}</div>
        </>
      ) : (
        table
      )}
    </section>
  );
}
