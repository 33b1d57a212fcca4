import { advance, back, closeEarly, defineWorkflow } from "./define";

/**
 * Social assistance to migrants: counselling, material, medical, legal or psychological help. A review
 * either closes the case or sends it back to services; a case may close early, with a reason.
 */
export const SOCIAL_ASSISTANCE_WORKFLOW = defineWorkflow(
  "social_assistance",
  [
    advance("intake", "needs_assessment"),
    advance("needs_assessment", "service_plan"),
    advance("service_plan", "services"),
    advance("services", "review"),
    back("review", "services"),
    advance("review", "closed"),
    ...closeEarly(["intake", "needs_assessment", "service_plan", "services"], "closed"),
  ],
  { closed: "needs_assessment" },
);
