import type { TravelFacts } from "../../src/travel";
import type { CaseWorkflowFacts } from "../../src/workflows";

/** A travel record on which the whole travel-ready checklist passes, departure confirmed. */
export const READY_TRAVEL: TravelFacts = {
  today: "2026-03-01",
  documents: [{ kind: "passport", status: "issued", issuedOn: "2020-01-10", expiresOn: "2030-01-09" }],
  medicalClearance: "cleared",
  escortNeeded: "none",
  legs: [
    {
      fromAirport: "VNO",
      toAirport: "IST",
      departsAt: "2026-03-09T06:10",
      arrivesAt: "2026-03-09T09:40",
      escort: "none",
    },
    {
      fromAirport: "IST",
      toAirport: "TBS",
      departsAt: "2026-03-09T12:00",
      arrivesAt: "2026-03-09T15:30",
      escort: "none",
    },
  ],
  departedOn: "2026-03-09",
};

/** Facts under which every guard of every workflow passes. */
export const READY: CaseWorkflowFacts = {
  eligibilityCriterion: "expired_permit",
  voluntaryDecisionRecorded: true,
  destinationCountry: "GE",
  unsafeDestinations: ["AF", "SY", "YE"],
  travel: READY_TRAVEL,
  arrivalDate: "2026-03-10",
  durableSolutionKind: "integration",
  contractRedFlags: [],
};

export const REASON = { reason: "Recorded in the case notes on request of the person." };

/**
 * The whole specification: every transition of every workflow, as `from → to  kind  approval  reason`
 * (`approval` and `reason`: yes/no). The tests check the workflows have exactly these, no more.
 */
export const SPEC = {
  avrr: `
    application             → eligibility_counselling  advance      no   no
    eligibility_counselling → eligible                 advance      yes  no
    eligible                → travel_documents         advance      no   no
    travel_documents        → travel_booked            advance      no   no
    travel_booked           → departed                 advance      no   no
    departed                → arrived                  advance      no   no
    arrived                 → reintegration            advance      no   no
    reintegration           → monitoring               advance      no   no
    monitoring              → closed                   advance      no   no
    application             → withdrawn                withdraw     no   yes
    eligibility_counselling → withdrawn                withdraw     no   yes
    eligible                → withdrawn                withdraw     no   yes
    travel_documents        → withdrawn                withdraw     no   yes
    travel_booked           → withdrawn                withdraw     no   yes
    eligibility_counselling → not_eligible             refuse       no   yes
    departed                → closed                   close_early  no   yes
    arrived                 → closed                   close_early  no   yes
    reintegration           → closed                   close_early  no   yes
    closed                  → reintegration            reopen       yes  yes
    withdrawn               → application              reopen       yes  yes
    not_eligible            → eligibility_counselling  reopen       yes  yes
  `,
  counter_trafficking: `
    referred          → screening          advance  no   no
    screening         → presumed_victim    advance  no   no
    screening         → not_a_victim       refuse   no   yes
    presumed_victim   → reflection_period  advance  no   no
    reflection_period → assistance         advance  no   no
    assistance        → durable_solution   advance  no   no
    durable_solution  → closed             advance  yes  no
    closed            → assistance         reopen   yes  yes
    not_a_victim      → screening          reopen   yes  yes
  `,
  social_assistance: `
    intake           → needs_assessment  advance      no   no
    needs_assessment → service_plan      advance      no   no
    service_plan     → services          advance      no   no
    services         → review            advance      no   no
    review           → services          back         no   no
    review           → closed            advance      no   no
    intake           → closed            close_early  no   yes
    needs_assessment → closed            close_early  no   yes
    service_plan     → closed            close_early  no   yes
    services         → closed            close_early  no   yes
    closed           → needs_assessment  reopen       yes  yes
  `,
  labour_migration: `
    inquiry        → counselling     advance      no   no
    counselling    → contract_check  advance      no   no
    contract_check → pre_departure   advance      no   no
    pre_departure  → follow_up       advance      no   no
    follow_up      → closed          advance      no   no
    inquiry        → closed          close_early  no   yes
    counselling    → closed          close_early  no   yes
    contract_check → closed          close_early  no   yes
    pre_departure  → closed          close_early  no   yes
    closed         → counselling     reopen       yes  yes
  `,
} as const;

export interface SpecRow {
  from: string;
  to: string;
  kind: string;
  needsApproval: boolean;
  reasonRequired: boolean;
}

const yesNo = (cell: string | undefined): boolean => {
  if (cell !== "yes" && cell !== "no") throw new Error(`not yes or no: ${cell}`);
  return cell === "yes";
};

/** Parses a SPEC table; a malformed row throws, so a typo cannot drop a transition silently. */
export function specRows(text: string): SpecRow[] {
  return text
    .trim()
    .split("\n")
    .map((line) => {
      const cells = line.trim().split(/\s+/);
      const [from, arrow, to, kind, approval, reason] = cells;
      if (cells.length !== 6 || arrow !== "→" || !from || !to || !kind) throw new Error(`bad row: ${line}`);
      return { from, to, kind, needsApproval: yesNo(approval), reasonRequired: yesNo(reason) };
    });
}
