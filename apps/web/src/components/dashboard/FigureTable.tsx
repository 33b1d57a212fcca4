import type { ReactNode } from "react";
import { RecordLink } from "@/components/RecordLink";
import { DataTable } from "@/components/ui/DataTable";

export interface FigureCell {
  value: number | string;
  /** The list of the cases this figure counts. */
  href?: string;
  /** Says what the link opens, for a screen reader (the number alone says too little). */
  label?: string;
}

interface Props {
  caption: string;
  headers: string[];
  rows: { key: string; label: ReactNode; cells: FigureCell[] }[];
  empty: string;
}

/** The table behind a figure: each count links to the cases it counts. */
export function FigureTable({ caption, headers, rows, empty }: Props) {
  if (rows.length === 0) return <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{empty}</p>;
  return (
    <DataTable
      spacing="mt-2"
      caption={caption}
      columns={headers.map((header, i) => ({ key: header, label: header, numeric: i > 0 }))}
    >
      {rows.map((row) => (
        <tr key={row.key}>
          <th scope="row" className="px-3 py-2 text-left font-normal">
            {row.label}
          </th>
          {row.cells.map((cell, i) => (
            <td key={i} className="px-3 py-2 text-right tabular-nums">
              {cell.href ? (
                <RecordLink
                  href={cell.href}
                  aria-label={cell.label}
                  className="text-brand-700 underline underline-offset-2 hover:text-brand-900 dark:text-brand-300"
                >
                  {cell.value}
                </RecordLink>
              ) : (
                cell.value
              )}
            </td>
          ))}
        </tr>
      ))}
    </DataTable>
  );
}
