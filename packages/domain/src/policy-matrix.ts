import { DOCUMENT_CATEGORIES, DOCUMENT_SENSITIVITY } from "./documents";
import { type Action, type Actor, type CaseFacts, can, SENSITIVE_CATEGORIES } from "./policy";
import type { Programme } from "./programmes";
import type { Role } from "./roles";

/**
 * The policy as a table a reader can check by eye, computed from `can` itself; the domain README
 * embeds it and a test fails when the two differ.
 */
const ME = "actor";
const OTHER = "colleague";
const MEMBER_OF: Programme[] = ["avrr", "counter_trafficking"];

interface MatrixActor {
  roles: Role[];
  handoverPending: boolean;
}

export const MATRIX_ACTORS: Record<string, MatrixActor> = {
  caseworker: { roles: ["caseworker"], handoverPending: false },
  manager: { roles: ["manager"], handoverPending: false },
  admin: { roles: ["admin"], handoverPending: false },
  "caseworker + manager": { roles: ["caseworker", "manager"], handoverPending: false },
  /** An account whose set-password link an administrator saw, before a second one confirmed it. */
  "manager, handover pending": { roles: ["manager"], handoverPending: true },
};

export const MATRIX_RELATIONSHIPS: Record<string, CaseFacts> = {
  "assigned to it": { programme: "avrr", restricted: false, assigneeIds: [ME] },
  "same programme, not assigned": { programme: "avrr", restricted: false, assigneeIds: [OTHER] },
  "restricted, assigned to it": { programme: "counter_trafficking", restricted: true, assigneeIds: [ME] },
  "restricted, same programme, not assigned": {
    programme: "counter_trafficking",
    restricted: true,
    assigneeIds: [OTHER],
  },
  "assigned to it, programme left": { programme: "social_assistance", restricted: false, assigneeIds: [ME] },
  "other programme": { programme: "labour_migration", restricted: false, assigneeIds: [OTHER] },
  "other programme, access granted to the actor": {
    programme: "labour_migration",
    restricted: false,
    assigneeIds: [OTHER],
    readerIds: [ME],
  },
  "owned by the actor": { programme: "avrr", restricted: false, assigneeIds: [ME], ownerId: ME },
};

type CaseAction = (facts: CaseFacts) => Action;

export const MATRIX_CASE_ACTIONS: Record<string, CaseAction> = {
  "case.read": (c) => ({ kind: "case.read", case: c }),
  "case.listed (row of a list, export, drill-down)": (c) => ({ kind: "case.listed", case: c }),
  "case.update": (c) => ({ kind: "case.update", case: c }),
  "case.assign": (c) => ({ kind: "case.assign", case: c }),
  "case.task.assign (reassign a task)": (c) => ({ kind: "case.task.assign", case: c }),
  "case.restrict": (c) => ({ kind: "case.restrict", case: c }),
  "case.approve": (c) => ({ kind: "case.approve", case: c }),
  "case.approval.withdraw (own request)": (c) => ({
    kind: "case.approval.withdraw",
    case: c,
    requestedBy: ME,
  }),
  "case.approval.withdraw (a colleague's request)": (c) => ({
    kind: "case.approval.withdraw",
    case: c,
    requestedBy: OTHER,
  }),
  "identification.decide": (c) => ({ kind: "identification.decide", case: c }),
  "family.read (a family with this case and one of a colleague)": (c) => ({
    kind: "family.read",
    members: [c, { programme: c.programme, restricted: false, assigneeIds: [OTHER] }],
  }),
  "family.update (a family with this case and one assigned to the actor)": (c) => ({
    kind: "family.update",
    members: [c, { programme: c.programme, restricted: false, assigneeIds: [ME] }],
  }),
  "case.travel.read (AVRR)": (c) => ({ kind: "case.travel.read", case: c }),
  "case.travel.write (AVRR)": (c) => ({ kind: "case.travel.write", case: c }),
  "access.decide (a colleague's request)": (c) => ({ kind: "access.decide", case: c, requesterId: OTHER }),
  "case.feedback.read": (c) => ({ kind: "case.feedback.read", case: c }),
  "case.feedback.write": (c) => ({ kind: "case.feedback.write", case: c }),
  ...Object.fromEntries(
    SENSITIVE_CATEGORIES.map((category) => [
      `case.field.read (${category})`,
      (c: CaseFacts): Action => ({ kind: "case.field.read", case: c, category }),
    ]),
  ),
  "case.field.write (any)": (c) => ({ kind: "case.field.write", case: c, category: "health" }),
  // One row per sensitivity: the categories read like each sensitive field, and the others.
  ...Object.fromEntries(
    [...new Set(Object.values(DOCUMENT_SENSITIVITY))].map((field) => {
      const categories = DOCUMENT_CATEGORIES.filter((c) => DOCUMENT_SENSITIVITY[c] === field);
      const first = categories[0] ?? "other";
      return [
        `case.document.read (${categories.join(", ")})`,
        (c: CaseFacts): Action => ({ kind: "case.document.read", case: c, category: first }),
      ];
    }),
  ),
  "case.document.write (any)": (c) => ({ kind: "case.document.write", case: c, category: "medical" }),
  "case.assessment.read": (c) => ({ kind: "case.assessment.read", case: c }),
  "case.assessment.write": (c) => ({ kind: "case.assessment.write", case: c }),
  "case.reintegration.write (AVRR cases)": (c) => ({ kind: "case.reintegration.write", case: c }),
  // A person a colleague registered, whose one case is this one.
  "person.read (the person of this case)": (c) => ({
    kind: "person.read",
    person: { createdBy: OTHER, cases: [c] },
  }),
  "person.update (the person of this case)": (c) => ({
    kind: "person.update",
    person: { createdBy: OTHER, cases: [c] },
  }),
  "person.documents.read (the person of this case)": (c) => ({
    kind: "person.documents.read",
    person: { createdBy: OTHER, cases: [c] },
  }),
  "case.handover (to the office in the country of origin)": (c) => ({ kind: "case.handover", case: c }),
};

export const MATRIX_OTHER_ACTIONS: Record<string, Action> = {
  "session.read": { kind: "session.read" },
  "account.manage (own account)": { kind: "account.manage" },
  "account.mfa.optional, caseworkers may go without": {
    kind: "account.mfa.optional",
    mfaRequiredForCaseworkers: false,
  },
  "account.mfa.optional, caseworkers must enrol": {
    kind: "account.mfa.optional",
    mfaRequiredForCaseworkers: true,
  },
  "security.manage": { kind: "security.manage" },
  "person.create": { kind: "person.create" },
  "person.read (scoped)": { kind: "person.read" },
  "person.read, registered by the actor": { kind: "person.read", person: { createdBy: ME, cases: [] } },
  "person.update (changes people at all)": { kind: "person.update" },
  "person.update, registered by the actor": { kind: "person.update", person: { createdBy: ME, cases: [] } },
  "person.documents.read, registered by the actor": {
    kind: "person.documents.read",
    person: { createdBy: ME, cases: [] },
  },
  "case.list (scoped)": { kind: "case.list" },
  "search.run (scoped)": { kind: "search.run" },
  "case.create, own programme": { kind: "case.create", programme: "avrr" },
  "case.create, other programme": { kind: "case.create", programme: "labour_migration" },
  "case.receive (be assigned), own programme": { kind: "case.receive", programme: "avrr" },
  "case.receive (be assigned), other programme": { kind: "case.receive", programme: "labour_migration" },
  "staff.list, own programme": { kind: "staff.list", programme: "avrr" },
  "staff.list, other programme": { kind: "staff.list", programme: "labour_migration" },
  "user.list": { kind: "user.list" },
  "user.create": { kind: "user.create" },
  "user.update, another user": { kind: "user.update", change: { targetId: OTHER, changesAccess: true } },
  "user.update, own roles or status": { kind: "user.update", change: { targetId: ME, changesAccess: true } },
  "user.update, own name": { kind: "user.update", change: { targetId: ME, changesAccess: false } },
  "user.confirmHandover, link shown to another admin": {
    kind: "user.confirmHandover",
    handover: { targetId: OTHER, linkShownTo: "another admin" },
  },
  "user.confirmHandover, link shown to the actor": {
    kind: "user.confirmHandover",
    handover: { targetId: OTHER, linkShownTo: ME },
  },
  "user.confirmHandover, own account": {
    kind: "user.confirmHandover",
    handover: { targetId: ME, linkShownTo: "another admin" },
  },
  "audit.read": { kind: "audit.read" },
  "reference.read": { kind: "reference.read" },
  "reference.manage": { kind: "reference.manage" },
  "partner.manage": { kind: "partner.manage" },
  "dashboard.read (managed programmes)": { kind: "dashboard.read" },
  "dashboard.read, own programme": { kind: "dashboard.read", programme: "avrr" },
  "dashboard.read, other programme": { kind: "dashboard.read", programme: "labour_migration" },
  "task.team (managed programmes)": { kind: "task.team" },
  "task.team, own programme": { kind: "task.team", programme: "avrr" },
  "task.team, other programme": { kind: "task.team", programme: "labour_migration" },
  "calendar.read (own appointments and feed)": { kind: "calendar.read" },
  "approval.list (managed programmes)": { kind: "approval.list" },
  "case.export (scoped)": { kind: "case.export" },
  "ctdc.export (counter-trafficking managers)": { kind: "ctdc.export" },
  "identification.decideAny (counter-trafficking managers)": { kind: "identification.decideAny" },
  "identification.pending (managed counter-trafficking cases)": { kind: "identification.pending" },
  "access.request (after a duplicate check)": { kind: "access.request" },
  "access.list (own requests, decisions waiting)": { kind: "access.list" },
  "access.withdraw, own request": { kind: "access.withdraw", requesterId: ME },
  "access.withdraw, another's request": { kind: "access.withdraw", requesterId: OTHER },
  "savedFilter.manage (own saved case filters)": { kind: "savedFilter.manage" },
};

function actor({ roles, handoverPending }: MatrixActor): Actor {
  return { id: ME, roles, programmes: MEMBER_OF, handoverPending };
}

const mark = (allowed: boolean) => (allowed ? "✓" : "—");

export function policyMatrixMarkdown(): string {
  const roles = Object.keys(MATRIX_ACTORS);
  const header = `| action | case | ${roles.join(" | ")} |\n|---|---|${roles.map(() => "---").join("|")}|`;
  const rows: string[] = [];
  for (const [name, build] of Object.entries(MATRIX_CASE_ACTIONS)) {
    for (const [relationship, facts] of Object.entries(MATRIX_RELATIONSHIPS)) {
      const cells = Object.values(MATRIX_ACTORS).map((r) => mark(can(actor(r), build(facts))));
      rows.push(`| ${name} | ${relationship} | ${cells.join(" | ")} |`);
    }
  }
  for (const [name, action] of Object.entries(MATRIX_OTHER_ACTIONS)) {
    const cells = Object.values(MATRIX_ACTORS).map((r) => mark(can(actor(r), action)));
    rows.push(`| ${name} | | ${cells.join(" | ")} |`);
  }
  return `${header}\n${rows.join("\n")}`;
}
