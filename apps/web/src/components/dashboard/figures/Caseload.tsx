import { FigureSection } from "../FigureSection";
import { FigureTable } from "../FigureTable";
import { casesHref } from "../links";
import type { FigureHelpers, Figures } from "./figure-helpers";

/** Each caseworker's open and overdue cases. */
export function Caseload({ figures: f, helpers }: { figures: Figures; helpers: FigureHelpers }) {
  const { d, single, count } = helpers;

  return (
    <FigureSection
      id="caseload"
      title={d("caseload")}
      showTable={d("showTable")}
      table={
        <FigureTable
          caption={d("caseload")}
          headers={[d("caseworker"), d("openCases"), d("overdueCases")]}
          empty={d("none")}
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
      }
    />
  );
}
