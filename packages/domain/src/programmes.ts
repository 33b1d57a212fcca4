/** The four kinds of case an office runs; each is a programme with its own workflow. */
export const PROGRAMMES = ["avrr", "counter_trafficking", "social_assistance", "labour_migration"] as const;
export type Programme = (typeof PROGRAMMES)[number];

/**
 * The states of each programme's workflow, in their usual order. Transitions and their guards are
 * defined with the workflows; this list is the vocabulary every layer shares.
 */
export const CASE_STATES = {
  avrr: [
    "application",
    "eligibility_counselling",
    "eligible",
    "travel_documents",
    "travel_booked",
    "departed",
    "arrived",
    "reintegration",
    "monitoring",
    "closed",
    "withdrawn",
    "not_eligible",
  ],
  counter_trafficking: [
    "referred",
    "screening",
    "presumed_victim",
    "reflection_period",
    "assistance",
    "durable_solution",
    "closed",
    "not_a_victim",
  ],
  social_assistance: ["intake", "needs_assessment", "service_plan", "services", "review", "closed"],
  labour_migration: ["inquiry", "counselling", "contract_check", "pre_departure", "follow_up", "closed"],
} as const satisfies Record<Programme, readonly string[]>;

/** Every state name of every programme, once. */
export const ALL_CASE_STATES = [...new Set(Object.values(CASE_STATES).flat())] as [string, ...string[]];

export type CaseState<P extends Programme = Programme> = (typeof CASE_STATES)[P][number];

export function initialState<P extends Programme>(programme: P): CaseState<P> {
  const first = CASE_STATES[programme][0];
  return first as CaseState<P>;
}

export function isStateOf(programme: Programme, state: string): boolean {
  return (CASE_STATES[programme] as readonly string[]).includes(state);
}

/** Terminal states: a case in one of these is no longer worked on. */
export const TERMINAL_STATES: ReadonlySet<string> = new Set([
  "closed",
  "withdrawn",
  "not_eligible",
  "not_a_victim",
]);

/** Short codes used in human-readable case references, e.g. `AVRR-2026-00042`. */
export const PROGRAMME_CODES: Record<Programme, string> = {
  avrr: "AVRR",
  counter_trafficking: "CT",
  social_assistance: "SA",
  labour_migration: "LM",
};

export function caseReference(programme: Programme, year: number, sequence: number): string {
  return `${PROGRAMME_CODES[programme]}-${year}-${String(sequence).padStart(5, "0")}`;
}
