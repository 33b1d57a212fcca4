import { casesHref } from "../links";
import type { FigureHelpers, Figures } from "./figure-helpers";
import { TableFigure } from "./TableFigure";

/** Labour-migration contract checks in the period and the red flags they found. */
export function ContractChecks({ figures: f, helpers }: { figures: Figures; helpers: FigureHelpers }) {
  const { t, d, since, until, count } = helpers;
  const labourMigration = f.labourMigration;
  if (!labourMigration) return null;

  return (
    <TableFigure
      helpers={helpers}
      id="lm-contracts"
      title="contractChecks"
      headers={["item", "cases"]}
      rows={[
        {
          key: "checks",
          label: d("contractChecksDone"),
          cells: [
            count(
              labourMigration.contractChecks,
              casesHref("labour_migration", {
                enteredState: "contract_check",
                enteredSince: since,
                enteredUntil: until,
              }),
              d("contractChecksDone"),
            ),
          ],
        },
        {
          key: "flagged",
          label: d("withRedFlags"),
          cells: [
            count(
              labourMigration.withRedFlags,
              casesHref("labour_migration", {
                enteredState: "contract_check",
                enteredSince: since,
                enteredUntil: until,
                redFlag: "any",
              }),
              d("withRedFlags"),
            ),
          ],
        },
        ...labourMigration.byFlag.map((r) => ({
          key: r.flag,
          label: t(`workflow.redFlags.${r.flag}`),
          cells: [
            count(
              r.cases,
              casesHref("labour_migration", {
                enteredState: "contract_check",
                enteredSince: since,
                enteredUntil: until,
                redFlag: r.flag,
              }),
              r.flag,
            ),
          ],
        })),
      ]}
    />
  );
}
