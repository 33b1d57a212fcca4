import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

export interface Column {
  key: string;
  label: ReactNode;
  /** A column of figures, aligned to the end. */
  numeric?: boolean;
}

interface Props {
  /** Names the table, and its scrolling region, for assistive technology (not shown). */
  caption?: string;
  columns: readonly Column[];
  /** The space above the table. */
  spacing: "mt-2" | "mt-4" | "mt-6";
  /** The rows of the body. */
  children: ReactNode;
}

/**
 * A bordered table of records with a header row of columns. On a screen narrower than the table it
 * scrolls sideways inside its own box, not the page: the box is a group named by the caption, and
 * takes the focus, so it can be scrolled with the arrow keys too.
 */
export function DataTable({ caption, columns, spacing, children }: Props) {
  const t = useTranslations("a11y.table");
  return (
    // biome-ignore lint/a11y/useSemanticElements: a group, not a landmark (the table often sits in a section of the same name), and no form controls.
    <div
      role="group"
      aria-label={caption ?? t("scroll")}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a box that scrolls must take the focus to be scrolled by keyboard.
      tabIndex={0}
      className={`${spacing} overflow-x-auto rounded-md border border-slate-200 dark:border-slate-800`}
    >
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
