import { GUARDS } from "./guards";
import type { CaseWorkflowFacts, GuardId, WorkflowMessageCode } from "./types";

/**
 * The travel-ready checklist of an AVRR case, in the order it is shown: each item is a workflow
 * guard, so the list on the Travel tab and the refusal of "travel booked" / "departed" can never
 * disagree. "Departed" also needs `departure_confirmed`.
 */
export const TRAVEL_READY_GUARDS = [
  "travel_document_valid",
  "fit_to_travel",
  "itinerary_booked",
  "escort_arranged",
  "destination_safe",
] as const satisfies readonly GuardId[];
export type TravelReadyItem = (typeof TRAVEL_READY_GUARDS)[number] | "departure_confirmed";

export interface TravelChecklistItem {
  item: TravelReadyItem;
  /** True when nothing is missing. */
  ok: boolean;
  /** What is missing (message codes), empty when ok. */
  missing: WorkflowMessageCode[];
}

/**
 * The checklist as the facts stand: every travel-ready item, then the departure confirmation.
 * `ready` says whether the travel may be booked (every travel-ready item ticked).
 */
export function travelReadyChecklist(facts: CaseWorkflowFacts): {
  items: TravelChecklistItem[];
  ready: boolean;
} {
  const items = [...TRAVEL_READY_GUARDS, "departure_confirmed" as const].map((item) => {
    const missing = GUARDS[item](facts);
    return { item, ok: missing.length === 0, missing };
  });
  return { items, ready: items.every((entry) => entry.ok || entry.item === "departure_confirmed") };
}
