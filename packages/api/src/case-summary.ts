import { cases, people, users } from "@kelias/db";

/*
 * What a list of cases shows of each case (the case list, a person's cases, the approvals queue,
 * the export): spread into a `select`, next to the case's id under the name the list gives it.
 */

/** Reference, programme, state, whether restricted, and when it was opened. */
export const caseSummary = {
  reference: cases.reference,
  programme: cases.programme,
  state: cases.state,
  restricted: cases.restricted,
  openedAt: cases.openedAt,
};

/** The name of the case's person; the query joins `people` on `cases.personId`. */
export const casePersonName = {
  personGivenName: people.givenName,
  personFamilyName: people.familyName,
};

/** The name of the case's owner; the query joins `users` on `cases.ownerId`. */
export const caseOwnerName = { ownerName: users.name };
