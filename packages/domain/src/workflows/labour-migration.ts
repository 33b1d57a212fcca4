import { advance, closeEarly, defineWorkflow } from "./define";

/**
 * Labour migration: information, contract checks, pre-departure orientation, follow-up. Leaving the
 * contract check with red flags recorded (fees charged to the worker, withheld documents, deceptive
 * terms) suggests opening a counter-trafficking screening; it blocks nothing, and opens nothing by
 * itself. A case may close early, with a reason.
 */
export const LABOUR_MIGRATION_WORKFLOW = defineWorkflow(
  "labour_migration",
  [
    advance("inquiry", "counselling"),
    advance("counselling", "contract_check"),
    advance("contract_check", "pre_departure", { effects: ["suggest_trafficking_screening"] }),
    advance("pre_departure", "follow_up"),
    advance("follow_up", "closed"),
    ...closeEarly(["inquiry", "counselling", "pre_departure"], "closed"),
    ...closeEarly(["contract_check"], "closed", { effects: ["suggest_trafficking_screening"] }),
  ],
  { closed: "counselling" },
);
