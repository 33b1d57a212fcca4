import { casesHref } from "../links";
import type { FigureHelpers, Figures } from "./figure-helpers";
import { TableFigure } from "./TableFigure";

/** Each caseworker's open and overdue cases. */
export function Caseload({ figures: f, helpers }: { figures: Figures; helpers: FigureHelpers }) {
  const { d, single, count } = helpers;

  return (
    <TableFigure
      helpers={helpers}
      id="caseload"
      title="caseload"
      headers={["caseworker", "openCases", "overdueCases"]}
      rows={f.caseload.map((r) => ({
        key: r.userId,
        label: r.name,
        cells: [
          count(
            r.open,
            casesHref(single, { assigneeId: r.userId, open: true }),
            `${d("openCases")}: ${r.name}`,
          ),
          count(
            r.overdue,
            casesHref(single, { assigneeId: r.userId, open: true, overdue: true }),
            `${d("overdueCases")}: ${r.name}`,
          ),
        ],
      }))}
    />
  );
}
