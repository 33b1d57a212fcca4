import type { ComponentProps, ReactNode } from "react";
import { FigureSection } from "../FigureSection";
import { FigureTable } from "../FigureTable";
import type { FigureHelpers } from "./figure-helpers";

type DashboardKey = Parameters<FigureHelpers["d"]>[0];

interface Props {
  helpers: FigureHelpers;
  id: string;
  /** The figure's heading, which is its table's caption too. */
  title: DashboardKey;
  chart?: ReactNode;
  /** The table's column headings; the first heads the rows' labels. */
  headers: DashboardKey[];
  rows: ComponentProps<typeof FigureTable>["rows"];
  children?: ReactNode;
}

/**
 * A figure of the dashboard with the table behind it, in the dashboard's words: its heading as the
 * table's caption, "show table" under a chart, "none" for a table without rows.
 */
export function TableFigure({ helpers: { d }, id, title, chart, headers, rows, children }: Props) {
  return (
    <FigureSection
      id={id}
      title={d(title)}
      showTable={d("showTable")}
      chart={chart}
      table={
        <FigureTable caption={d(title)} headers={headers.map((h) => d(h))} empty={d("none")} rows={rows} />
      }
    >
      {children}
    </FigureSection>
  );
}
