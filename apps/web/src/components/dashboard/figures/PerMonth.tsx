import { FigureChart } from "../FigureChart";
import { casesHref, monthDays } from "../links";
import type { FigureHelpers, Figures } from "./figure-helpers";
import { TableFigure } from "./TableFigure";

/** Cases opened and closed in each month of the period. */
export function PerMonth({ figures: f, helpers }: { figures: Figures; helpers: FigureHelpers }) {
  const { d, single, count } = helpers;
  const months = f.months.map((month) => {
    const rows = f.perMonth.filter((r) => r.month === month);
    return {
      month,
      opened: rows.reduce((sum, r) => sum + r.opened, 0),
      closed: rows.reduce((sum, r) => sum + r.closed, 0),
    };
  });

  return (
    <TableFigure
      helpers={helpers}
      id="per-month"
      title="perMonth"
      chart={
        <FigureChart
          label={d("perMonthChart")}
          category="month"
          series={[
            { key: "opened", name: d("opened") },
            { key: "closed", name: d("closed") },
          ]}
          data={months}
        />
      }
      headers={["month", "opened", "closed"]}
      rows={months.map((m) => {
        const days = monthDays(m.month);
        return {
          key: m.month,
          label: m.month,
          cells: [
            count(
              m.opened,
              casesHref(single, { openedSince: days.since, openedUntil: days.until }),
              `${d("opened")} ${m.month}`,
            ),
            count(
              m.closed,
              casesHref(single, { closedSince: days.since, closedUntil: days.until }),
              `${d("closed")} ${m.month}`,
            ),
          ],
        };
      })}
    />
  );
}
