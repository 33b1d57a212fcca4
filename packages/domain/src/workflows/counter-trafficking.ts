import { advance, defineWorkflow, refuse } from "./define";

/**
 * Counter-trafficking and victim assistance (domain brief §5): identification, reflection period,
 * assistance, then a durable solution (integration, return through AVRR, or other).
 *
 * Assistance is never conditional on cooperation with law enforcement (Lithuanian Law on Assistance
 * to Victims of Crime, 2021): no transition here has a guard about it, and `CaseWorkflowFacts` has no
 * field a guard could read it from. Keep it that way; a test checks it.
 *
 * Closing needs the durable solution recorded and a manager's approval.
 */
export const COUNTER_TRAFFICKING_WORKFLOW = defineWorkflow(
  "counter_trafficking",
  [
    advance("referred", "screening"),
    advance("screening", "presumed_victim"),
    refuse("screening", "not_a_victim"),
    advance("presumed_victim", "reflection_period"),
    advance("reflection_period", "assistance"),
    advance("assistance", "durable_solution"),
    advance("durable_solution", "closed", { guards: ["durable_solution_recorded"], needsApproval: true }),
  ],
  {
    closed: "assistance",
    not_a_victim: "screening",
  },
);
