import { z } from "zod";
import { withIdempotencyKey } from "./idempotency";
import { idInput, textInput, versionInput } from "./input-schemas";
import { referralSourceFields, referralSourceRefinement } from "./intake";
import { cursorParam } from "./pagination";
import { SENSITIVE_CATEGORIES } from "./policy";
import { ALL_CASE_STATES, PROGRAMME_CODES, PROGRAMMES, type Programme } from "./programmes";
import { caseFigureFilterShape } from "./reports/case-filter";

/** Opening a case asks how the person came to the office (the entry point): required for every new case. */
export const caseCreateInput = z
  .object({
    personId: idInput(),
    programme: z.enum(PROGRAMMES),
    ...referralSourceFields,
    ...withIdempotencyKey,
  })
  .superRefine(referralSourceRefinement);
export type CaseCreateInput = z.infer<typeof caseCreateInput>;

/** How a case list is ordered: by when the case was opened or last changed, either way round. */
export const CASE_SORTS = ["opened_desc", "opened_asc", "updated_desc", "updated_asc"] as const;
export type CaseSort = (typeof CASE_SORTS)[number];

export const caseListInput = z
  .object({
    programme: z.enum(PROGRAMMES).optional(),
    /** "mine": cases the actor is assigned to; "all": every case the actor's scope allows. */
    view: z.enum(["mine", "all"]).default("mine"),
    /** Narrows to one person's caseload; never widens the actor's scope. */
    assigneeId: idInput().optional(),
    state: z.enum(ALL_CASE_STATES).optional(),
    /** Only cases with at least one open task whose due date has passed (office time zone). */
    overdue: z.boolean().optional(),
    /** The dashboard's figure filters: a figure links to the list of exactly the cases it counts. */
    ...caseFigureFilterShape,
    sort: z.enum(CASE_SORTS).default("opened_desc"),
    /** Keyset paging: the page after or before the row this cursor names (see pagination.ts). */
    after: cursorParam.optional(),
    before: cursorParam.optional(),
    limit: z.number().int().min(1).max(200).default(50),
    offset: z.number().int().min(0).default(0),
  })
  .default({ view: "mine", sort: "opened_desc", limit: 50, offset: 0 });
export type CaseListInput = z.infer<typeof caseListInput>;

export const caseGetInput = z.object({ id: idInput() });

/** A case reference as the interface shows it (`CT-2026-00007`); typed in any case, with spaces around. */
const REFERENCE_PATTERN = new RegExp(`^(${Object.values(PROGRAMME_CODES).join("|")})-\\d{4}-\\d{5,}$`);

export const caseFindByReferenceInput = z.object({
  reference: textInput(40).toUpperCase().regex(REFERENCE_PATTERN, "invalid_reference"),
});

/** Every change to a case names the version it was made against; a stale one is refused. */
const caseRef = { caseId: idInput(), version: versionInput };

export const caseAssignInput = z.object({
  ...caseRef,
  userId: idInput(),
  /** "owner" hands the case over (the previous owner leaves it); "co" adds a co-worker. */
  as: z.enum(["owner", "co"]),
  note: textInput(2000).default(""),
});
export type CaseAssignInput = z.infer<typeof caseAssignInput>;

export const caseUnassignInput = z.object({
  ...caseRef,
  userId: idInput(),
  note: textInput(2000).default(""),
});

export const caseRestrictInput = z.object({ ...caseRef, restricted: z.boolean() });

/** Counter-trafficking cases are restricted whatever anyone chooses: the people in them may be in danger. */
export function alwaysRestricted(programme: Programme): boolean {
  return programme === "counter_trafficking";
}

export const caseSensitiveSetInput = z.object({
  caseId: idInput(),
  category: z.enum(SENSITIVE_CATEGORIES),
  content: textInput(10_000),
  /** The version of the note that was read; null when there was none yet. */
  version: versionInput.nullable(),
});
export type CaseSensitiveSetInput = z.infer<typeof caseSensitiveSetInput>;
