import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DOCUMENT_CATEGORIES, DOCUMENT_SENSITIVITY } from "../src/documents";
import {
  type Action,
  type ActionKind,
  type Actor,
  type CaseFacts,
  can,
  caseScope,
  inCaseScope,
  isWithheld,
  SENSITIVE_CATEGORIES,
  type SensitiveCategory,
  type UserChange,
  withhold,
} from "../src/policy";
import { MATRIX_CASE_ACTIONS, MATRIX_OTHER_ACTIONS } from "../src/policy-matrix";
import { PROGRAMMES, type Programme } from "../src/programmes";
import { ROLES, type Role } from "../src/roles";

interface Table {
  header: string[];
  rows: { label: string; cells: boolean[] }[];
}

/**
 * A table written as text, `|`-separated, first line the header. Cells are `yes`/`no` except the
 * first column. Malformed tables throw, so a typo cannot silently drop a row or a column.
 */
function table(text: string): Table {
  const lines = text
    .trim()
    .split("\n")
    .map((line) => line.split("|").map((cell) => cell.trim()));
  const [header, ...body] = lines;
  if (!header) throw new Error("empty table");
  const rows = body.map((cells) => {
    if (cells.length !== header.length) throw new Error(`row ${cells.join("|")} has ${cells.length} cells`);
    const [label = "", ...rest] = cells;
    return {
      label,
      cells: rest.map((cell) => {
        if (cell !== "yes" && cell !== "no") throw new Error(`cell ${JSON.stringify(cell)} is not yes or no`);
        return cell === "yes";
      }),
    };
  });
  return { header: header.slice(1), rows };
}

const ME = "00000000-0000-4000-8000-000000000001";
const SOMEONE_ELSE = "00000000-0000-4000-8000-000000000002";

/**
 * The actors of the tables, all with the id ME. "manager" and the others belong to AVRR and
 * counter-trafficking; "AVRR manager" and "CT manager" belong to only one of the two, which is what
 * separates the trafficking-details rule from the identity-documents rule.
 */
const ACTORS: Record<string, { roles: readonly Role[]; programmes: readonly Programme[] }> = {
  caseworker: { roles: ["caseworker"], programmes: ["avrr", "counter_trafficking"] },
  manager: { roles: ["manager"], programmes: ["avrr", "counter_trafficking"] },
  "AVRR manager": { roles: ["manager"], programmes: ["avrr"] },
  "CT manager": { roles: ["manager"], programmes: ["counter_trafficking"] },
  admin: { roles: ["admin"], programmes: ["avrr", "counter_trafficking"] },
  "caseworker+manager": { roles: ["caseworker", "manager"], programmes: ["avrr", "counter_trafficking"] },
  "no role": { roles: [], programmes: ["avrr", "counter_trafficking"] },
  "handover pending": {
    roles: ["caseworker", "manager", "admin"],
    programmes: ["avrr", "counter_trafficking"],
  },
};

/** Actors whose handover a second administrator has not confirmed yet (this one has every role). */
const PENDING: ReadonlySet<string> = new Set(["handover pending"]);

function actor(label: string): Actor {
  const known = ACTORS[label];
  if (!known) throw new Error(`unknown actor ${label}`);
  return { id: ME, roles: known.roles, programmes: known.programmes, handoverPending: PENDING.has(label) };
}

/**
 * How a case relates to the actor (the columns of the case tables):
 * - assigned: an AVRR case the actor is assigned to, with a colleague;
 * - colleague's: an AVRR case assigned to someone else only;
 * - unassigned: an AVRR case nobody is assigned to;
 * - marked restricted: an AVRR case a manager marked restricted, assigned to someone else;
 * - CT assigned / CT colleague's: a counter-trafficking case (always restricted);
 * - programme left: a social-assistance case the actor is still assigned to, but the actor no
 *   longer belongs to social assistance;
 * - other programme: a social-assistance case assigned to someone else.
 */
const RELATIONSHIPS: Record<string, CaseFacts> = {
  assigned: { programme: "avrr", restricted: false, assigneeIds: [SOMEONE_ELSE, ME] },
  "colleague's": { programme: "avrr", restricted: false, assigneeIds: [SOMEONE_ELSE] },
  unassigned: { programme: "avrr", restricted: false, assigneeIds: [] },
  "marked restricted": { programme: "avrr", restricted: true, assigneeIds: [SOMEONE_ELSE] },
  "CT assigned": { programme: "counter_trafficking", restricted: true, assigneeIds: [ME] },
  "CT colleague's": { programme: "counter_trafficking", restricted: true, assigneeIds: [SOMEONE_ELSE] },
  "programme left": { programme: "social_assistance", restricted: false, assigneeIds: [ME] },
  "other programme": { programme: "social_assistance", restricted: false, assigneeIds: [SOMEONE_ELSE] },
};

function relationship(label: string): CaseFacts {
  const facts = RELATIONSHIPS[label];
  if (!facts) throw new Error(`unknown relationship ${label}`);
  return facts;
}

/**
 * The rules on a case: each decides every action it names, so that actions following one rule are
 * checked by the same row of the case table.
 */
const CASE_RULES: Record<string, (facts: CaseFacts) => Action[]> = {
  /**
   * Caseworkers read the cases they work on (assigned, and still in the case's programme); managers
   * read every case of the programmes they manage. Restricted cases follow the same rule, and so do
   * identity documents.
   */
  read: (c) => [
    { kind: "case.read", case: c },
    { kind: "case.assessment.read", case: c },
    { kind: "case.task.assign", case: c },
    // Feedback is read with the case, and answered by those working on it and its managers.
    { kind: "case.feedback.read", case: c },
    { kind: "case.feedback.write", case: c },
    { kind: "case.field.read", case: c, category: "identity_documents" },
    ...DOCUMENT_CATEGORIES.filter((category) => !["medical", "legal"].includes(category)).map(
      (category): Action => ({ kind: "case.document.read", case: c, category }),
    ),
    // A family is seen through its members' cases.
    { kind: "family.read", members: [c] },
  ],
  /**
   * Rows of lists, exports and drill-downs: the cases the actor may read, except restricted ones,
   * which are opened by their link or reference only.
   */
  listed: (c) => [{ kind: "case.listed", case: c }],
  /**
   * Only the people working on the case change it, write any of its sensitive fields and read its
   * health details: never a manager who is not assigned.
   */
  work: (c) => [
    { kind: "case.update", case: c },
    { kind: "case.assessment.write", case: c },
    // A family is changed and moved by whoever works on every member's case.
    { kind: "family.update", members: [c] },
    // Withdrawing one's own request for approval follows the work on the case.
    { kind: "case.approval.withdraw", case: c, requestedBy: ME },
    { kind: "case.field.read", case: c, category: "health" },
    ...SENSITIVE_CATEGORIES.map((category): Action => ({ kind: "case.field.write", case: c, category })),
    // Medical documents are health details; every document is written by the people working on it.
    { kind: "case.document.read", case: c, category: "medical" },
    ...DOCUMENT_CATEGORIES.map((category): Action => ({ kind: "case.document.write", case: c, category })),
  ],
  /** The reintegration record: the work on the case, on AVRR cases only (other programmes have none). */
  reintegration: (c) => [{ kind: "case.reintegration.write", case: c }],
  /**
   * The programme's managers assign, mark a case restricted (or not), and approve the transitions
   * that need a second pair of eyes (AVRR eligibility, counter-trafficking closure, reopenings),
   * whether or not they are assigned.
   */
  manage: (c) => [
    { kind: "case.assign", case: c },
    { kind: "case.restrict", case: c },
    { kind: "case.approve", case: c },
  ],
  /**
   * Trafficking details: also the managers who manage counter-trafficking AND the case's programme
   * (the AVRR manager does not see them on AVRR cases; the CT manager does not manage AVRR).
   */
  trafficking: (c) => [
    { kind: "case.field.read", case: c, category: "trafficking" },
    // Legal documents read like trafficking details.
    { kind: "case.document.read", case: c, category: "legal" },
  ],
  /** A colleague's request for approval: nobody withdraws it (a manager rejects it instead). */
  "withdraw another's request": (c) => [
    { kind: "case.approval.withdraw", case: c, requestedBy: SOMEONE_ELSE },
  ],
  /** Identification decisions: the counter-trafficking managers, on counter-trafficking cases only. */
  identify: (c) => [{ kind: "identification.decide", case: c }],
  /**
   * A colleague's request for access: the programme's managers (the cases of these tables have no
   * owner; the owner's part is tested in access-requests.test.ts).
   */
  "decide access": (c) => [{ kind: "access.decide", case: c, requesterId: SOMEONE_ELSE }],
  /**
   * A person someone else registered, seen through this one case: whoever may read the case (and
   * reads people at all) sees the person and their identity documents.
   */
  "person through a case": (c) => [
    { kind: "person.read", person: { createdBy: SOMEONE_ELSE, cases: [c] } },
    { kind: "person.documents.read", person: { createdBy: SOMEONE_ELSE, cases: [c] } },
  ],
  /** AVRR travel: read like the case, on AVRR cases only. */
  "travel read": (c) => [{ kind: "case.travel.read", case: c }],
  /** AVRR travel: written like the case, on AVRR cases only. */
  "travel write": (c) => [{ kind: "case.travel.write", case: c }],
  /** Changed by someone who registers people and may change the case; never by a manager alone. */
  "person changed through a case": (c) => [
    { kind: "person.update", person: { createdBy: SOMEONE_ELSE, cases: [c] } },
  ],
  /** Handover to the office in the country of origin: the people working on an AVRR case. */
  "hand over": (c) => [{ kind: "case.handover", case: c }],
};

function caseRule(name: string): (facts: CaseFacts) => Action[] {
  const build = CASE_RULES[name];
  if (!build) throw new Error(`unknown case rule ${name}`);
  return build;
}

/**
 * The actors refused every action on every case: an admin and an account without a role work with
 * no case, and an account whose handover waits gets nothing but its own sign-in. The case table
 * leaves their rows out; a test checks each of them against every rule and relationship.
 */
const NO_CASE_ACTORS: readonly string[] = ["admin", "no role", "handover pending"];

/** Rows are `rule: actor` for every rule and every other actor; columns are relationships. */
const CASE_TABLE = table(`
  rule: actor                                       | assigned | colleague's | unassigned | marked restricted | CT assigned | CT colleague's | programme left | other programme
  read: caseworker                                  | yes      | no          | no         | no                | yes         | no             | no             | no
  read: manager                                     | yes      | yes         | yes        | yes               | yes         | yes            | no             | no
  read: AVRR manager                                | yes      | yes         | yes        | yes               | no          | no             | no             | no
  read: CT manager                                  | no       | no          | no         | no                | yes         | yes            | no             | no
  read: caseworker+manager                          | yes      | yes         | yes        | yes               | yes         | yes            | no             | no
  listed: caseworker                                | yes      | no          | no         | no                | no          | no             | no             | no
  listed: manager                                   | yes      | yes         | yes        | no                | no          | no             | no             | no
  listed: AVRR manager                              | yes      | yes         | yes        | no                | no          | no             | no             | no
  listed: CT manager                                | no       | no          | no         | no                | no          | no             | no             | no
  listed: caseworker+manager                        | yes      | yes         | yes        | no                | no          | no             | no             | no
  work: caseworker                                  | yes      | no          | no         | no                | yes         | no             | no             | no
  work: manager                                     | yes      | no          | no         | no                | yes         | no             | no             | no
  work: AVRR manager                                | yes      | no          | no         | no                | no          | no             | no             | no
  work: CT manager                                  | no       | no          | no         | no                | yes         | no             | no             | no
  work: caseworker+manager                          | yes      | no          | no         | no                | yes         | no             | no             | no
  reintegration: caseworker                         | yes      | no          | no         | no                | no          | no             | no             | no
  reintegration: manager                            | yes      | no          | no         | no                | no          | no             | no             | no
  reintegration: AVRR manager                       | yes      | no          | no         | no                | no          | no             | no             | no
  reintegration: CT manager                         | no       | no          | no         | no                | no          | no             | no             | no
  reintegration: caseworker+manager                 | yes      | no          | no         | no                | no          | no             | no             | no
  manage: caseworker                                | no       | no          | no         | no                | no          | no             | no             | no
  manage: manager                                   | yes      | yes         | yes        | yes               | yes         | yes            | no             | no
  manage: AVRR manager                              | yes      | yes         | yes        | yes               | no          | no             | no             | no
  manage: CT manager                                | no       | no          | no         | no                | yes         | yes            | no             | no
  manage: caseworker+manager                        | yes      | yes         | yes        | yes               | yes         | yes            | no             | no
  trafficking: caseworker                           | yes      | no          | no         | no                | yes         | no             | no             | no
  trafficking: manager                              | yes      | yes         | yes        | yes               | yes         | yes            | no             | no
  trafficking: AVRR manager                         | yes      | no          | no         | no                | no          | no             | no             | no
  trafficking: CT manager                           | no       | no          | no         | no                | yes         | yes            | no             | no
  trafficking: caseworker+manager                   | yes      | yes         | yes        | yes               | yes         | yes            | no             | no
  withdraw another's request: caseworker            | no       | no          | no         | no                | no          | no             | no             | no
  withdraw another's request: manager               | no       | no          | no         | no                | no          | no             | no             | no
  withdraw another's request: AVRR manager          | no       | no          | no         | no                | no          | no             | no             | no
  withdraw another's request: CT manager            | no       | no          | no         | no                | no          | no             | no             | no
  withdraw another's request: caseworker+manager    | no       | no          | no         | no                | no          | no             | no             | no
  identify: caseworker                              | no       | no          | no         | no                | no          | no             | no             | no
  identify: manager                                 | no       | no          | no         | no                | yes         | yes            | no             | no
  identify: AVRR manager                            | no       | no          | no         | no                | no          | no             | no             | no
  identify: CT manager                              | no       | no          | no         | no                | yes         | yes            | no             | no
  identify: caseworker+manager                      | no       | no          | no         | no                | yes         | yes            | no             | no
  decide access: caseworker                         | no       | no          | no         | no                | no          | no             | no             | no
  decide access: manager                            | yes      | yes         | yes        | yes               | yes         | yes            | no             | no
  decide access: AVRR manager                       | yes      | yes         | yes        | yes               | no          | no             | no             | no
  decide access: CT manager                         | no       | no          | no         | no                | yes         | yes            | no             | no
  decide access: caseworker+manager                 | yes      | yes         | yes        | yes               | yes         | yes            | no             | no
  person through a case: caseworker                 | yes      | no          | no         | no                | yes         | no             | no             | no
  person through a case: manager                    | yes      | yes         | yes        | yes               | yes         | yes            | no             | no
  person through a case: AVRR manager               | yes      | yes         | yes        | yes               | no          | no             | no             | no
  person through a case: CT manager                 | no       | no          | no         | no                | yes         | yes            | no             | no
  person through a case: caseworker+manager         | yes      | yes         | yes        | yes               | yes         | yes            | no             | no
  person changed through a case: caseworker         | yes      | no          | no         | no                | yes         | no             | no             | no
  person changed through a case: manager            | no       | no          | no         | no                | no          | no             | no             | no
  person changed through a case: AVRR manager       | no       | no          | no         | no                | no          | no             | no             | no
  person changed through a case: CT manager         | no       | no          | no         | no                | no          | no             | no             | no
  person changed through a case: caseworker+manager | yes      | no          | no         | no                | yes         | no             | no             | no
  hand over: caseworker                             | yes      | no          | no         | no                | no          | no             | no             | no
  hand over: manager                                | yes      | no          | no         | no                | no          | no             | no             | no
  hand over: AVRR manager                           | yes      | no          | no         | no                | no          | no             | no             | no
  hand over: CT manager                             | no       | no          | no         | no                | no          | no             | no             | no
  hand over: caseworker+manager                     | yes      | no          | no         | no                | no          | no             | no             | no
  travel read: caseworker                           | yes      | no          | no         | no                | no          | no             | no             | no
  travel read: manager                              | yes      | yes         | yes        | yes               | no          | no             | no             | no
  travel read: AVRR manager                         | yes      | yes         | yes        | yes               | no          | no             | no             | no
  travel read: CT manager                           | no       | no          | no         | no                | no          | no             | no             | no
  travel read: caseworker+manager                   | yes      | yes         | yes        | yes               | no          | no             | no             | no
  travel write: caseworker                          | yes      | no          | no         | no                | no          | no             | no             | no
  travel write: manager                             | yes      | no          | no         | no                | no          | no             | no             | no
  travel write: AVRR manager                        | yes      | no          | no         | no                | no          | no             | no             | no
  travel write: CT manager                          | no       | no          | no         | no                | no          | no             | no             | no
  travel write: caseworker+manager                  | yes      | no          | no         | no                | no          | no             | no             | no
`);

const userUpdate = (change: UserChange): Action => ({ kind: "user.update", change });

/** Everything else an actor may do; none of it depends on a particular case. */
const ACTIONS: Record<string, Action> = {
  "session.read": { kind: "session.read" },
  "account.manage": { kind: "account.manage" },
  "account.mfa.optional": { kind: "account.mfa.optional", mfaRequiredForCaseworkers: false },
  "account.mfa.optional, caseworkers required": {
    kind: "account.mfa.optional",
    mfaRequiredForCaseworkers: true,
  },
  "security.manage": { kind: "security.manage" },
  "person.create": { kind: "person.create" },
  "person.read": { kind: "person.read" },
  "person.read, registered by the actor": { kind: "person.read", person: { createdBy: ME, cases: [] } },
  "person.update": { kind: "person.update" },
  "person.update, registered by the actor": { kind: "person.update", person: { createdBy: ME, cases: [] } },
  "person.documents.read, registered by the actor": {
    kind: "person.documents.read",
    person: { createdBy: ME, cases: [] },
  },
  "case.list": { kind: "case.list" },
  "search.run": { kind: "search.run" },
  "case.create in AVRR": { kind: "case.create", programme: "avrr" },
  "case.create in counter-trafficking": { kind: "case.create", programme: "counter_trafficking" },
  "case.create in labour migration": { kind: "case.create", programme: "labour_migration" },
  "case.receive in AVRR": { kind: "case.receive", programme: "avrr" },
  "case.receive in labour migration": { kind: "case.receive", programme: "labour_migration" },
  "staff.list in AVRR": { kind: "staff.list", programme: "avrr" },
  "staff.list in counter-trafficking": { kind: "staff.list", programme: "counter_trafficking" },
  "staff.list in labour migration": { kind: "staff.list", programme: "labour_migration" },
  "user.list": { kind: "user.list" },
  "user.create": { kind: "user.create" },
  "user.update, another user's access": userUpdate({ targetId: SOMEONE_ELSE, changesAccess: true }),
  "user.update, another user's name": userUpdate({ targetId: SOMEONE_ELSE, changesAccess: false }),
  "user.update, own access": userUpdate({ targetId: ME, changesAccess: true }),
  "user.update, own name": userUpdate({ targetId: ME, changesAccess: false }),
  "user.confirmHandover, another admin saw the link": {
    kind: "user.confirmHandover",
    handover: { targetId: SOMEONE_ELSE, linkShownTo: SOMEONE_ELSE },
  },
  "user.confirmHandover, the actor saw the link": {
    kind: "user.confirmHandover",
    handover: { targetId: SOMEONE_ELSE, linkShownTo: ME },
  },
  "user.confirmHandover, own account": {
    kind: "user.confirmHandover",
    handover: { targetId: ME, linkShownTo: SOMEONE_ELSE },
  },
  "audit.read": { kind: "audit.read" },
  "reference.read": { kind: "reference.read" },
  "reference.manage": { kind: "reference.manage" },
  "partner.manage": { kind: "partner.manage" },
  "dashboard.read": { kind: "dashboard.read" },
  "dashboard.read in AVRR": { kind: "dashboard.read", programme: "avrr" },
  "dashboard.read in counter-trafficking": { kind: "dashboard.read", programme: "counter_trafficking" },
  "dashboard.read in labour migration": { kind: "dashboard.read", programme: "labour_migration" },
  "task.team": { kind: "task.team" },
  "task.team in AVRR": { kind: "task.team", programme: "avrr" },
  "task.team in counter-trafficking": { kind: "task.team", programme: "counter_trafficking" },
  "task.team in labour migration": { kind: "task.team", programme: "labour_migration" },
  "calendar.read": { kind: "calendar.read" },
  "approval.list": { kind: "approval.list" },
  "case.export": { kind: "case.export" },
  "ctdc.export": { kind: "ctdc.export" },
  "identification.decideAny": { kind: "identification.decideAny" },
  "identification.pending": { kind: "identification.pending" },
  "access.request": { kind: "access.request" },
  "access.list": { kind: "access.list" },
  "access.withdraw, own request": { kind: "access.withdraw", requesterId: ME },
  "access.withdraw, another's request": { kind: "access.withdraw", requesterId: SOMEONE_ELSE },
  "savedFilter.manage": { kind: "savedFilter.manage" },
};

/**
 * Caseworkers open cases in the programmes they belong to (labour migration is none of them), and
 * only they are given the cases of those programmes (a manager is assigned only when also a
 * caseworker there); managers list the staff they can assign and read the figures of the programmes
 * they manage; admins manage users (never their own access), read the audit log and manage reference
 * data, which everyone working with cases reads. Only caseworkers (unless the office requires it of
 * them) and accounts without a role may go without a second factor.
 */
const OTHER_ACTIONS = table(`
  action                                           | caseworker | manager | AVRR manager | CT manager | admin | caseworker+manager | no role | handover pending
  session.read                                     | yes        | yes     | yes          | yes        | yes   | yes                | yes     | yes
  account.manage                                   | yes        | yes     | yes          | yes        | yes   | yes                | no      | yes
  account.mfa.optional                              | yes        | no         | no         | no         | no         | no         | yes        | no
  account.mfa.optional, caseworkers required        | no         | no         | no         | no         | no         | no         | yes        | no
  security.manage                                  | no         | no      | no           | no         | yes   | no                 | no      | no
  person.create                                    | yes        | no      | no           | no         | no    | yes                | no      | no
  person.read                                      | yes        | yes     | yes          | yes        | no    | yes                | no      | no
  person.read, registered by the actor             | yes        | yes     | yes          | yes        | no    | yes                | no      | no
  person.update                                    | yes        | no      | no           | no         | no    | yes                | no      | no
  person.update, registered by the actor           | yes        | no      | no           | no         | no    | yes                | no      | no
  person.documents.read, registered by the actor   | yes        | yes     | yes          | yes        | no    | yes                | no      | no
  case.list                                        | yes        | yes     | yes          | yes        | no    | yes                | no      | no
  search.run                                       | yes        | yes     | yes          | yes        | no    | yes                | no      | no
  case.create in AVRR                              | yes        | no      | no           | no         | no    | yes                | no      | no
  case.create in counter-trafficking               | yes        | no      | no           | no         | no    | yes                | no      | no
  case.create in labour migration                  | no         | no      | no           | no         | no    | no                 | no      | no
  case.receive in AVRR                              | yes        | no         | no         | no         | no         | yes        | no         | no
  case.receive in labour migration                  | no         | no         | no         | no         | no         | no         | no         | no
  staff.list in AVRR                                | no         | yes        | yes        | no         | no         | yes        | no         | no
  staff.list in counter-trafficking                 | no         | yes        | no         | yes        | no         | yes        | no         | no
  staff.list in labour migration                    | no         | no         | no         | no         | no         | no         | no         | no
  user.list                                        | no         | no      | no           | no         | yes   | no                 | no      | no
  user.create                                      | no         | no      | no           | no         | yes   | no                 | no      | no
  user.update, another user's access               | no         | no      | no           | no         | yes   | no                 | no      | no
  user.update, another user's name                 | no         | no      | no           | no         | yes   | no                 | no      | no
  user.update, own access                          | no         | no      | no           | no         | no    | no                 | no      | no
  user.update, own name                            | no         | no      | no           | no         | yes   | no                 | no      | no
  audit.read                                       | no         | no      | no           | no         | yes   | no                 | no      | no
  reference.read                                   | yes        | yes     | yes          | yes        | yes   | yes                | no      | no
  reference.manage                                 | no         | no      | no           | no         | yes   | no                 | no      | no
  partner.manage                                   | no         | no      | no           | no         | yes   | no                 | no      | no
  dashboard.read                                   | no         | yes     | yes          | yes        | no    | yes                | no      | no
  dashboard.read in AVRR                            | no         | yes        | yes        | no         | no         | yes        | no         | no
  dashboard.read in counter-trafficking             | no         | yes        | no         | yes        | no         | yes        | no         | no
  dashboard.read in labour migration                | no         | no         | no         | no         | no         | no         | no         | no
  task.team                                        | no         | yes     | yes          | yes        | no    | yes                | no      | no
  task.team in AVRR                                 | no         | yes        | yes        | no         | no         | yes        | no         | no
  task.team in counter-trafficking                  | no         | yes        | no         | yes        | no         | yes        | no         | no
  task.team in labour migration                     | no         | no         | no         | no         | no         | no         | no         | no
  calendar.read                                    | yes        | yes     | yes          | yes        | no    | yes                | no      | no
  approval.list                                    | no         | yes     | yes          | yes        | no    | yes                | no      | no
  case.export                                      | yes        | yes     | yes          | yes        | no    | yes                | no      | no
  ctdc.export                                      | no         | yes     | no           | yes        | no    | yes                | no      | no
  identification.decideAny                         | no         | yes     | no           | yes        | no    | yes                | no      | no
  identification.pending                           | no         | yes     | yes          | yes        | no    | yes                | no      | no
  user.confirmHandover, another admin saw the link | no         | no      | no           | no         | yes   | no                 | no      | no
  user.confirmHandover, the actor saw the link     | no         | no      | no           | no         | no    | no                 | no      | no
  user.confirmHandover, own account                | no         | no      | no           | no         | no    | no                 | no      | no
  access.request                                   | yes        | no      | no           | no         | no    | yes                | no      | no
  access.list                                      | yes        | yes     | yes          | yes        | no    | yes                | no      | no
  access.withdraw, own request                     | yes        | no      | no           | no         | no    | yes                | no      | no
  access.withdraw, another's request               | no         | no      | no           | no         | no    | no                 | no      | no
  savedFilter.manage                               | yes        | yes     | yes          | yes        | no    | yes                | no      | no
`);

describe("policy tables: actions on a case", () => {
  it("covers every rule with every actor but those refused every case, and every relationship, exactly once", () => {
    const tabled = Object.keys(ACTORS).filter((who) => !NO_CASE_ACTORS.includes(who));
    const expected = Object.keys(CASE_RULES).flatMap((rule) => tabled.map((who) => `${rule}: ${who}`));
    expect(CASE_TABLE.rows.map((r) => r.label).sort()).toEqual(expected.sort());
    expect([...CASE_TABLE.header].sort()).toEqual(Object.keys(RELATIONSHIPS).sort());
    expect(NO_CASE_ACTORS.every((who) => who in ACTORS)).toBe(true);
  });

  const cells = CASE_TABLE.rows.flatMap(({ label, cells }) => {
    const [rule = "", who = ""] = label.split(": ");
    return cells.map((expected, i) => ({ rule, who, relationship: CASE_TABLE.header[i] ?? "", expected }));
  });

  it.each(cells)(
    "$who, $rule, case $relationship: $expected",
    ({ rule, who, relationship: rel, expected }) => {
      const facts = relationship(rel);
      for (const action of caseRule(rule)(facts)) expect(can(actor(who), action)).toBe(expected);
      // The scopes the queries use must agree with the decision for a single case.
      if (rule === "read") expect(inCaseScope(caseScope(actor(who), "access"), facts)).toBe(expected);
      if (rule === "listed") expect(inCaseScope(caseScope(actor(who), "listing"), facts)).toBe(expected);
    },
  );

  it.each(NO_CASE_ACTORS)("%s: nothing on any case, whatever the relationship", (who) => {
    for (const facts of Object.values(RELATIONSHIPS)) {
      for (const build of Object.values(CASE_RULES)) {
        for (const action of build(facts)) expect(can(actor(who), action)).toBe(false);
      }
      expect(inCaseScope(caseScope(actor(who), "access"), facts)).toBe(false);
      expect(inCaseScope(caseScope(actor(who), "listing"), facts)).toBe(false);
    }
  });
});

describe("policy tables: other actions", () => {
  it("covers every actor and every action row exactly once", () => {
    expect([...OTHER_ACTIONS.header].sort()).toEqual(Object.keys(ACTORS).sort());
    expect(OTHER_ACTIONS.rows.map((r) => r.label).sort()).toEqual(Object.keys(ACTIONS).sort());
  });

  const cells = OTHER_ACTIONS.rows.flatMap(({ label, cells }) =>
    cells.map((expected, i) => ({ action: label, who: OTHER_ACTIONS.header[i] ?? "", expected })),
  );

  it.each(cells)("$who, $action: $expected", ({ action, who, expected }) => {
    const decided = ACTIONS[action];
    if (!decided) throw new Error(`unknown action ${action}`);
    expect(can(actor(who), decided)).toBe(expected);
  });
});

describe("policy tables: completeness", () => {
  it("decide every kind of action", () => {
    // Exhaustive at compile time: adding an action kind without listing it here fails the type check.
    const kinds: Record<ActionKind, true> = {
      "session.read": true,
      "account.manage": true,
      "account.mfa.optional": true,
      "security.manage": true,
      "person.create": true,
      "person.read": true,
      "person.update": true,
      "person.documents.read": true,
      "case.create": true,
      "case.list": true,
      "search.run": true,
      "case.read": true,
      "case.listed": true,
      "case.update": true,
      "case.assign": true,
      "case.task.assign": true,
      "task.team": true,
      "calendar.read": true,
      "case.receive": true,
      "case.restrict": true,
      "case.approve": true,
      "case.approval.withdraw": true,
      "case.field.read": true,
      "case.field.write": true,
      "case.document.read": true,
      "case.document.write": true,
      "case.reintegration.write": true,
      "staff.list": true,
      "user.list": true,
      "user.create": true,
      "user.update": true,
      "user.confirmHandover": true,
      "audit.read": true,
      "reference.read": true,
      "reference.manage": true,
      "partner.manage": true,
      "dashboard.read": true,
      "approval.list": true,
      "case.export": true,
      "ctdc.export": true,
      "identification.decide": true,
      "identification.decideAny": true,
      "identification.pending": true,
      "access.request": true,
      "access.decide": true,
      "access.list": true,
      "access.withdraw": true,
      "savedFilter.manage": true,
      "case.assessment.read": true,
      "case.assessment.write": true,
      "case.feedback.read": true,
      "case.feedback.write": true,
      "family.read": true,
      "family.update": true,
      "case.handover": true,
      "case.travel.read": true,
      "case.travel.write": true,
    };
    const anyCase = relationship("assigned");
    const tabled = new Set([
      ...Object.values(CASE_RULES).flatMap((build) => build(anyCase).map((a) => a.kind)),
      ...Object.values(ACTIONS).map((a) => a.kind),
    ]);
    expect([...tabled].sort()).toEqual(Object.keys(kinds).sort());
    // The generated README table is the whole policy too.
    const matrixed = new Set([
      ...Object.values(MATRIX_CASE_ACTIONS).map((build) => build(anyCase).kind),
      ...Object.values(MATRIX_OTHER_ACTIONS).map((a) => a.kind),
    ]);
    expect([...matrixed].sort()).toEqual(Object.keys(kinds).sort());
  });

  it("decide every sensitive category, for reading and for writing", () => {
    const anyCase = relationship("assigned");
    const actions = Object.values(CASE_RULES).flatMap((build) => build(anyCase));
    for (const kind of ["case.field.read", "case.field.write"] as const) {
      const categories = actions.flatMap((a) => (a.kind === kind ? [a.category] : []));
      expect([...categories].sort()).toEqual([...SENSITIVE_CATEGORIES].sort());
    }
  });
});

describe("policy: particular rules", () => {
  it("lets a caseworker open a case only in a programme they belong to", () => {
    const worker: Actor = {
      id: ME,
      roles: ["caseworker"],
      programmes: ["social_assistance"],
      handoverPending: false,
    };
    for (const programme of PROGRAMMES) {
      expect(can(worker, { kind: "case.create", programme })).toBe(programme === "social_assistance");
    }
  });

  it("ends access to a case when its worker leaves the programme, even while still assigned", () => {
    const facts: CaseFacts = { programme: "social_assistance", restricted: false, assigneeIds: [ME] };
    const before: Actor = {
      id: ME,
      roles: ["caseworker"],
      programmes: ["social_assistance", "avrr"],
      handoverPending: false,
    };
    const after: Actor = { ...before, programmes: ["avrr"] };
    const onCase: Action[] = [
      { kind: "case.read", case: facts },
      { kind: "case.listed", case: facts },
      { kind: "case.update", case: facts },
      ...SENSITIVE_CATEGORIES.flatMap((category): Action[] => [
        { kind: "case.field.read", case: facts, category },
        { kind: "case.field.write", case: facts, category },
      ]),
    ];
    for (const action of onCase) {
      expect(can(before, action)).toBe(true);
      expect(can(after, action)).toBe(false);
    }
    expect(inCaseScope(caseScope(before, "access"), facts)).toBe(true);
    expect(inCaseScope(caseScope(after, "access"), facts)).toBe(false);
    expect(withhold(after, facts, "health", "asthma")).toEqual({ withheld: true });
  });

  it("lets a manager change a case of their programme only when also assigned to it", () => {
    const manager: Actor = { id: ME, roles: ["manager"], programmes: ["avrr"], handoverPending: false };
    const notAssigned: CaseFacts = { programme: "avrr", restricted: false, assigneeIds: [SOMEONE_ELSE] };
    const assigned: CaseFacts = { ...notAssigned, assigneeIds: [SOMEONE_ELSE, ME] };
    expect(can(manager, { kind: "case.read", case: notAssigned })).toBe(true);
    expect(can(manager, { kind: "case.update", case: notAssigned })).toBe(false);
    expect(can(manager, { kind: "case.update", case: assigned })).toBe(true);
  });

  it("refuses an admin changing their own access but lets them change their own name", () => {
    const admin: Actor = { id: ME, roles: ["admin"], programmes: [], handoverPending: false };
    expect(can(admin, userUpdate({ targetId: ME, changesAccess: true }))).toBe(false);
    expect(can(admin, userUpdate({ targetId: ME, changesAccess: false }))).toBe(true);
    expect(can(admin, userUpdate({ targetId: SOMEONE_ELSE, changesAccess: true }))).toBe(true);
  });

  it("gives a queue of identification proposals to exactly those who may decide one they are not assigned to", () => {
    const unassigned = relationship("CT colleague's");
    for (const who of Object.keys(ACTORS)) {
      expect(can(actor(who), { kind: "identification.decideAny" })).toBe(
        can(actor(who), { kind: "identification.decide", case: unassigned }),
      );
    }
    // Any manager may ask for the queue; only these find anything in it.
    const avrrManager = actor("AVRR manager");
    expect(can(avrrManager, { kind: "identification.pending" })).toBe(true);
    expect(can(avrrManager, { kind: "identification.decideAny" })).toBe(false);
  });

  it("never lets an admin read or write a sensitive field, even of every programme", () => {
    const admin: Actor = { id: ME, roles: ["admin"], programmes: [...PROGRAMMES], handoverPending: false };
    for (const facts of Object.values(RELATIONSHIPS)) {
      for (const category of SENSITIVE_CATEGORIES) {
        expect(can(admin, { kind: "case.field.read", case: facts, category })).toBe(false);
        expect(can(admin, { kind: "case.field.write", case: facts, category })).toBe(false);
      }
    }
  });
});

describe("withhold", () => {
  const avrrManager = actor("AVRR manager");
  const colleagues = relationship("colleague's");

  it("gives the value itself to a reader allowed to see it", () => {
    const documents = { passport: "AB123456" };
    expect(withhold(avrrManager, colleagues, "identity_documents", documents)).toBe(documents);
  });

  it("gives { withheld: true } to a reader who may not see it", () => {
    expect(withhold(avrrManager, colleagues, "trafficking", "details")).toEqual({ withheld: true });
    expect(withhold(avrrManager, colleagues, "health", "details")).toEqual({ withheld: true });
  });

  it("withholds even an empty value, so 'withheld' is never shown as empty", () => {
    expect(withhold(avrrManager, colleagues, "health", null)).toEqual({ withheld: true });
    expect(withhold(avrrManager, colleagues, "health", "")).toEqual({ withheld: true });
  });

  it("isWithheld recognises exactly the withheld marker", () => {
    expect(isWithheld({ withheld: true })).toBe(true);
    for (const value of [
      null,
      undefined,
      "",
      "withheld",
      0,
      true,
      {},
      [],
      { withheld: false },
      { withheld: "true" },
    ]) {
      expect(isWithheld(value)).toBe(false);
    }
  });
});

describe("case scope", () => {
  it("is empty for an actor who is neither caseworker nor manager", () => {
    expect(
      caseScope({ id: ME, roles: ["admin"], programmes: [...PROGRAMMES], handoverPending: false }, "access"),
    ).toEqual({
      assignedUserId: null,
      workingProgrammes: [],
      managedProgrammes: [],
      includesRestricted: true,
      grantedUserId: null,
    });
  });

  it("limits a caseworker to assigned cases of their programmes, with no managed programme", () => {
    expect(
      caseScope({ id: ME, roles: ["caseworker"], programmes: ["avrr"], handoverPending: false }, "access"),
    ).toEqual({
      assignedUserId: ME,
      workingProgrammes: ["avrr"],
      managedProgrammes: [],
      includesRestricted: true,
      grantedUserId: ME,
    });
  });

  it("gives a manager their assigned cases and their programmes", () => {
    expect(
      caseScope({ id: ME, roles: ["manager"], programmes: ["avrr"], handoverPending: false }, "access"),
    ).toEqual({
      assignedUserId: ME,
      workingProgrammes: ["avrr"],
      managedProgrammes: ["avrr"],
      includesRestricted: true,
      grantedUserId: ME,
    });
  });

  it("leaves restricted cases out of a listing, and only them", () => {
    const manager: Actor = { id: ME, roles: ["manager"], programmes: ["avrr"], handoverPending: false };
    expect(caseScope(manager, "listing")).toEqual({
      ...caseScope(manager, "access"),
      includesRestricted: false,
    });
  });

  it("is empty for an account whose handover waits, whatever its roles", () => {
    const pending: Actor = {
      id: ME,
      roles: ["caseworker", "manager"],
      programmes: [...PROGRAMMES],
      handoverPending: true,
    };
    for (const use of ["access", "listing"] as const) {
      expect(caseScope(pending, use)).toMatchObject({
        assignedUserId: null,
        workingProgrammes: [],
        managedProgrammes: [],
      });
    }
  });

  it("does not share the actor's programme list", () => {
    const programmes: Programme[] = ["avrr"];
    const scope = caseScope({ id: ME, roles: ["manager"], programmes, handoverPending: false }, "access");
    programmes.push("labour_migration");
    expect(scope.workingProgrammes).toEqual(["avrr"]);
    expect(scope.managedProgrammes).toEqual(["avrr"]);
  });
});

describe("policy properties", () => {
  const ids = ["u1", "u2", "u3", "u4"];
  const actorArb = fc.record({
    id: fc.constantFrom(...ids),
    roles: fc.subarray([...ROLES]),
    programmes: fc.subarray([...PROGRAMMES]),
    handoverPending: fc.constant(false),
  });
  /** Also accounts whose handover waits for a second administrator. */
  const anyActorArb = fc.record({
    id: fc.constantFrom(...ids),
    roles: fc.subarray([...ROLES]),
    programmes: fc.subarray([...PROGRAMMES]),
    handoverPending: fc.boolean(),
  });
  const factsArb = fc.record({
    programme: fc.constantFrom(...PROGRAMMES),
    restricted: fc.boolean(),
    assigneeIds: fc.subarray(ids),
    // Read access granted by access requests.
    readerIds: fc.subarray(ids),
  });
  const categoryArb = fc.constantFrom(...SENSITIVE_CATEGORIES);
  const changeArb = fc.record({ targetId: fc.constantFrom(...ids), changesAccess: fc.boolean() });

  /** One action of every kind, on the given case, programme, category and user change. */
  function everyAction(
    facts: CaseFacts,
    programme: Programme,
    category: SensitiveCategory,
    change: UserChange,
  ) {
    const actions: Action[] = [
      { kind: "session.read" },
      { kind: "account.manage" },
      { kind: "account.mfa.optional", mfaRequiredForCaseworkers: programme === "avrr" },
      { kind: "security.manage" },
      { kind: "person.create" },
      { kind: "person.read" },
      { kind: "person.read", person: { createdBy: change.targetId, cases: [facts] } },
      { kind: "person.update" },
      { kind: "person.update", person: { createdBy: change.targetId, cases: [facts] } },
      { kind: "person.documents.read", person: { createdBy: change.targetId, cases: [facts] } },
      { kind: "case.create", programme },
      { kind: "case.list" },
      { kind: "search.run" },
      { kind: "case.read", case: facts },
      { kind: "case.listed", case: facts },
      { kind: "case.update", case: facts },
      { kind: "case.assign", case: facts },
      { kind: "case.task.assign", case: facts },
      { kind: "case.receive", programme },
      { kind: "case.restrict", case: facts },
      { kind: "case.approve", case: facts },
      { kind: "case.approval.withdraw", case: facts, requestedBy: change.targetId },
      { kind: "case.field.read", case: facts, category },
      { kind: "case.field.write", case: facts, category },
      { kind: "case.travel.read", case: facts },
      { kind: "case.travel.write", case: facts },
      ...DOCUMENT_CATEGORIES.flatMap((documentCategory): Action[] => [
        { kind: "case.document.read", case: facts, category: documentCategory },
        { kind: "case.document.write", case: facts, category: documentCategory },
      ]),
      { kind: "case.reintegration.write", case: facts },
      { kind: "staff.list", programme },
      { kind: "user.list" },
      { kind: "user.create" },
      { kind: "user.update", change },
      { kind: "user.confirmHandover", handover: { targetId: change.targetId, linkShownTo: "u2" } },
      { kind: "audit.read" },
      { kind: "reference.read" },
      { kind: "reference.manage" },
      { kind: "partner.manage" },
      { kind: "dashboard.read" },
      { kind: "dashboard.read", programme },
      { kind: "task.team" },
      { kind: "task.team", programme },
      { kind: "calendar.read" },
      { kind: "approval.list" },
      { kind: "case.export" },
      { kind: "ctdc.export" },
      { kind: "identification.decide", case: facts },
      { kind: "identification.decideAny" },
      { kind: "identification.pending" },
      { kind: "access.request" },
      { kind: "access.decide", case: facts, requesterId: change.targetId },
      { kind: "access.list" },
      { kind: "access.withdraw", requesterId: change.targetId },
      { kind: "savedFilter.manage" },
      { kind: "case.assessment.read", case: facts },
      { kind: "case.assessment.write", case: facts },
      { kind: "case.feedback.read", case: facts },
      { kind: "case.feedback.write", case: facts },
      { kind: "family.read", members: [facts] },
      { kind: "family.update", members: [facts] },
      { kind: "case.handover", case: facts },
    ];
    return actions;
  }

  it("everyAction covers every action kind", () => {
    const facts = relationship("assigned");
    const kinds = everyAction(facts, "avrr", "health", { targetId: ME, changesAccess: true }).map(
      (a) => a.kind,
    );
    const tabled = new Set([
      ...Object.values(ACTIONS).map((a) => a.kind),
      ...Object.values(CASE_RULES).flatMap((build) => build(facts).map((a) => a.kind)),
    ]);
    expect(new Set(kinds)).toEqual(tabled);
  });

  it("inCaseScope(caseScope(actor, access), facts) equals can(actor, case.read) (property)", () => {
    const outcomes = { allowed: 0, refused: 0, assignedButProgrammeLeft: 0 };
    fc.assert(
      fc.property(anyActorArb, factsArb, (a, facts) => {
        const decided = can(a, { kind: "case.read", case: facts });
        expect(inCaseScope(caseScope(a, "access"), facts)).toBe(decided);
        outcomes[decided ? "allowed" : "refused"] += 1;
        const works = a.roles.includes("caseworker") || a.roles.includes("manager");
        if (works && facts.assigneeIds.includes(a.id) && !a.programmes.includes(facts.programme)) {
          outcomes.assignedButProgrammeLeft += 1;
        }
      }),
      { numRuns: 2_000 },
    );
    // Both answers, and the programme-left case, must have been exercised, or the property proves nothing.
    expect(outcomes.allowed).toBeGreaterThan(100);
    expect(outcomes.refused).toBeGreaterThan(100);
    expect(outcomes.assignedButProgrammeLeft).toBeGreaterThan(50);
  });

  it("inCaseScope(caseScope(actor, listing), facts) equals can(actor, case.listed) (property)", () => {
    const outcomes = { listed: 0, restrictedButReadable: 0 };
    fc.assert(
      fc.property(anyActorArb, factsArb, (a, facts) => {
        const listed = can(a, { kind: "case.listed", case: facts });
        expect(inCaseScope(caseScope(a, "listing"), facts)).toBe(listed);
        // Listed means readable and not restricted, nothing more.
        expect(listed).toBe(can(a, { kind: "case.read", case: facts }) && !facts.restricted);
        if (listed) outcomes.listed += 1;
        if (facts.restricted && can(a, { kind: "case.read", case: facts }))
          outcomes.restrictedButReadable += 1;
      }),
      { numRuns: 2_000 },
    );
    expect(outcomes.listed).toBeGreaterThan(50);
    expect(outcomes.restrictedButReadable).toBeGreaterThan(50);
  });

  it("an account whose handover waits may only read its session and manage its own sign-in (property)", () => {
    // A second factor is required of it exactly as of the same account confirmed.
    fc.assert(
      fc.property(
        anyActorArb,
        factsArb,
        categoryArb,
        changeArb,
        fc.constantFrom(...PROGRAMMES),
        (a, facts, category, change, p) => {
          const pending: Actor = { ...a, handoverPending: true };
          for (const action of everyAction(facts, p, category, change)) {
            const allowed = can(pending, action);
            if (allowed)
              expect(["session.read", "account.manage", "account.mfa.optional"]).toContain(action.kind);
            if (action.kind === "account.mfa.optional") expect(allowed).toBe(can(a, action));
          }
          expect(caseScope(pending, "access")).toEqual({
            assignedUserId: null,
            workingProgrammes: [],
            managedProgrammes: [],
            includesRestricted: true,
            grantedUserId: null,
          });
        },
      ),
    );
  });

  it("a handover is confirmed only by an administrator who neither saw the link nor owns the account (property)", () => {
    fc.assert(
      fc.property(
        anyActorArb,
        fc.constantFrom(...ids),
        fc.constantFrom(...ids),
        (a, targetId, linkShownTo) => {
          const allowed = can(a, { kind: "user.confirmHandover", handover: { targetId, linkShownTo } });
          expect(allowed).toBe(
            a.roles.includes("admin") && !a.handoverPending && targetId !== a.id && linkShownTo !== a.id,
          );
        },
      ),
      { numRuns: 1_000 },
    );
  });

  it("withhold gives { withheld: true } exactly when case.field.read is refused (property)", () => {
    const valueArb = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.constant(null),
      fc.constant(undefined),
      fc.array(fc.string()),
      fc.dictionary(fc.string(), fc.string()),
    );
    const outcomes = { shown: 0, withheld: 0 };
    fc.assert(
      fc.property(actorArb, factsArb, categoryArb, valueArb, (a, facts, category, value) => {
        const allowed = can(a, { kind: "case.field.read", case: facts, category });
        const result = withhold(a, facts, category, value);
        expect(isWithheld(result)).toBe(!allowed);
        if (allowed) expect(result).toBe(value);
        else expect(result).toEqual({ withheld: true });
        outcomes[allowed ? "shown" : "withheld"] += 1;
      }),
      { numRuns: 2_000 },
    );
    expect(outcomes.shown).toBeGreaterThan(100);
    expect(outcomes.withheld).toBeGreaterThan(100);
  });

  it("sensitive fields are nested: health ⊆ trafficking ⊆ identity documents ⊆ the case (property)", () => {
    fc.assert(
      fc.property(actorArb, factsArb, (a, facts) => {
        const read = (category: SensitiveCategory) =>
          can(a, { kind: "case.field.read", case: facts, category });
        const health = read("health");
        const trafficking = read("trafficking");
        const documents = read("identity_documents");
        const caseRead = can(a, { kind: "case.read", case: facts });
        if (health) expect(trafficking).toBe(true);
        if (trafficking) expect(documents).toBe(true);
        if (documents) expect(caseRead).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  });

  it("changing a case, writing any sensitive field and reading health all mean working on it (property)", () => {
    fc.assert(
      fc.property(actorArb, factsArb, categoryArb, (a, facts, category) => {
        const works =
          (a.roles.includes("caseworker") || a.roles.includes("manager")) &&
          facts.assigneeIds.includes(a.id) &&
          a.programmes.includes(facts.programme);
        expect(can(a, { kind: "case.update", case: facts })).toBe(works);
        expect(can(a, { kind: "case.field.write", case: facts, category })).toBe(works);
        expect(can(a, { kind: "case.field.read", case: facts, category: "health" })).toBe(works);
      }),
      { numRuns: 2_000 },
    );
  });

  it("documents are read as their category's sensitive field, or as the case, and written by its workers (property)", () => {
    fc.assert(
      fc.property(actorArb, factsArb, fc.constantFrom(...DOCUMENT_CATEGORIES), (a, facts, category) => {
        const field = DOCUMENT_SENSITIVITY[category];
        const read = field
          ? can(a, { kind: "case.field.read", case: facts, category: field })
          : can(a, { kind: "case.read", case: facts });
        expect(can(a, { kind: "case.document.read", case: facts, category })).toBe(read);
        expect(can(a, { kind: "case.document.write", case: facts, category })).toBe(
          can(a, { kind: "case.update", case: facts }),
        );
        // Whoever may read a document may read its case (where the withheld ones are shown).
        if (read) expect(can(a, { kind: "case.read", case: facts })).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  });

  it("assigning and restricting belong to the managers of the case's programme (property)", () => {
    fc.assert(
      fc.property(actorArb, factsArb, (a, facts) => {
        const manages = a.roles.includes("manager") && a.programmes.includes(facts.programme);
        expect(can(a, { kind: "case.assign", case: facts })).toBe(manages);
        expect(can(a, { kind: "case.restrict", case: facts })).toBe(manages);
        if (manages) expect(can(a, { kind: "case.read", case: facts })).toBe(true);
      }),
      { numRuns: 1_000 },
    );
  });

  it("an admin may update any user except their own access (property)", () => {
    fc.assert(
      fc.property(actorArb, changeArb, (a, change) => {
        const expected = a.roles.includes("admin") && !(change.targetId === a.id && change.changesAccess);
        expect(can(a, { kind: "user.update", change })).toBe(expected);
      }),
      { numRuns: 1_000 },
    );
  });

  it("the admin role alone opens no case, whatever the programmes (property)", () => {
    fc.assert(
      fc.property(
        actorArb,
        factsArb,
        categoryArb,
        fc.constantFrom(...PROGRAMMES),
        (a, facts, category, p) => {
          const admin: Actor = { ...a, roles: ["admin"] };
          const onCases = everyAction(facts, p, category, { targetId: a.id, changesAccess: false }).filter(
            (action) =>
              action.kind.startsWith("case.") ||
              action.kind.startsWith("person.") ||
              action.kind === "staff.list",
          );
          for (const action of onCases) expect(can(admin, action)).toBe(false);
        },
      ),
    );
  });

  it("whoever may read some case may also list cases and read people (property)", () => {
    fc.assert(
      fc.property(actorArb, factsArb, (a, facts) => {
        if (can(a, { kind: "case.read", case: facts })) {
          expect(can(a, { kind: "case.list" })).toBe(true);
          expect(can(a, { kind: "person.read" })).toBe(true);
        }
      }),
      { numRuns: 1_000 },
    );
  });

  it("sees a person exactly as the query's scope does: registered by the actor, or a case in access scope (property)", () => {
    fc.assert(
      fc.property(actorArb, factsArb, fc.constantFrom(...ids), (a, facts, createdBy) => {
        const person = { createdBy, cases: [facts] };
        const scoped = createdBy === a.id || inCaseScope(caseScope(a, "access"), facts);
        expect(can(a, { kind: "person.read", person })).toBe(can(a, { kind: "person.read" }) && scoped);
        // Changing a person or reading their documents needs seeing them.
        if (can(a, { kind: "person.update", person }) || can(a, { kind: "person.documents.read", person })) {
          expect(can(a, { kind: "person.read", person })).toBe(true);
        }
      }),
      { numRuns: 1_000 },
    );
  });

  it("on a restricted case, no caseworker who is not assigned may do anything (property)", () => {
    fc.assert(
      fc.property(actorArb, factsArb, categoryArb, (a, facts, category) => {
        const worker: Actor = { ...a, roles: ["caseworker"] };
        const restricted: CaseFacts = {
          ...facts,
          restricted: true,
          assigneeIds: facts.assigneeIds.filter((id) => id !== a.id),
          readerIds: (facts.readerIds ?? []).filter((id) => id !== a.id),
        };
        const onCase = everyAction(restricted, facts.programme, category, {
          targetId: a.id,
          changesAccess: false,
        }).filter((action) => "case" in action);
        for (const action of onCase) expect(can(worker, action)).toBe(false);
      }),
    );
  });

  it("an actor without roles may do nothing but read their session, and needs no second factor (property)", () => {
    fc.assert(
      fc.property(
        actorArb,
        factsArb,
        categoryArb,
        changeArb,
        fc.constantFrom(...PROGRAMMES),
        (a, facts, category, change, p) => {
          const nobody: Actor = { ...a, roles: [] };
          for (const action of everyAction(facts, p, category, change)) {
            // A second factor would protect nothing yet, and they could not enrol one (account.manage).
            expect(can(nobody, action)).toBe(
              action.kind === "session.read" || action.kind === "account.mfa.optional",
            );
          }
        },
      ),
    );
  });
});
