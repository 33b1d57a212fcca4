import { addCalendarMonths } from "./calendar";
import type { CaseWorkflowFacts, EffectId, WorkflowSuggestion, WorkflowTask } from "./types";
import { CONTRACT_RED_FLAGS, type ContractRedFlag } from "./vocabulary";

interface Effect {
  tasks: WorkflowTask[];
  suggestions: WorkflowSuggestion[];
}

/**
 * The tasks an AVRR arrival creates: the returnee contacts the office in the country of origin
 * within one month, then monitoring at 3, 6 and 12 months. Each due date is that many calendar months
 * after the arrival date (clamped to the month's last day: arrival on 31 January → contact due on 28
 * or 29 February).
 */
export function avrrArrivalTasks(arrivalDate: string): WorkflowTask[] {
  return [
    { kind: "reintegration_contact", dueDate: addCalendarMonths(arrivalDate, 1) },
    { kind: "monitoring_3_months", dueDate: addCalendarMonths(arrivalDate, 3) },
    { kind: "monitoring_6_months", dueDate: addCalendarMonths(arrivalDate, 6) },
    { kind: "monitoring_12_months", dueDate: addCalendarMonths(arrivalDate, 12) },
  ];
}

function redFlags(facts: CaseWorkflowFacts): ContractRedFlag[] {
  const flags = facts.contractRedFlags ?? [];
  // In vocabulary order, once each, whatever order they were recorded in.
  return CONTRACT_RED_FLAGS.filter((flag) => flags.includes(flag));
}

/** Effects run only once every guard of the transition has passed. */
export const EFFECTS: Readonly<Record<EffectId, (facts: CaseWorkflowFacts) => Effect>> = {
  avrr_arrival_tasks: (facts) => ({
    tasks: facts.arrivalDate ? avrrArrivalTasks(facts.arrivalDate) : [],
    suggestions: [],
  }),
  suggest_trafficking_screening: (facts) => {
    const flags = redFlags(facts);
    return {
      tasks: [],
      suggestions: flags.length > 0 ? [{ kind: "open_trafficking_screening", redFlags: flags }] : [],
    };
  },
};
