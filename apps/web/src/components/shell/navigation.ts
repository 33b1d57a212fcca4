import { type Action, type Actor, can, type Programme } from "@kelias/domain";

export interface NavItem {
  href: string;
  /** Key in the "shell" catalog. */
  label:
    | "myCases"
    | "myTasks"
    | "allCases"
    | "teamTasks"
    | "thisWeek"
    | "people"
    | "registerPerson"
    | "users"
    | "partners"
    | "unsafeDestinations"
    | "serviceTypes"
    | "reflectionPeriods"
    | "riskReview"
    | "auditLog"
    | "dashboard"
    | "approvals"
    | "accessRequests"
    | "reports"
    | "securitySettings"
    | "account";
}

/** Who the navigation is for: the actor the policy decides about. */
export type Navigator = Actor;

/** Whether the actor may open a page: asked of the policy, as the page's procedures ask it. */
type Opens = (actor: Actor) => boolean;

/** The page's procedures (those it calls to show itself and those its forms call) need each action. */
const allows =
  (...actions: Action[]): Opens =>
  (actor) =>
    actions.every((action) => can(actor, action));

/** An action that names a programme, allowed in one of the actor's programmes. */
const inSomeProgramme =
  (action: (programme: Programme) => Action): Opens =>
  (actor) =>
    actor.programmes.some((programme) => can(actor, action(programme)));

const both =
  (...opens: Opens[]): Opens =>
  (actor) =>
    opens.every((open) => open(actor));

/** The actor's own caseload (case.list): for those cases are given to; a manager is never assigned one. */
const caseload = both(
  allows({ kind: "case.list" }),
  inSomeProgramme((programme) => ({ kind: "case.receive", programme })),
);

/**
 * Every page of the navigation and who may open it, in the order shown: the first one the actor
 * may open is their home. A page is listed exactly when the policy allows what it needs, so the
 * navigation never offers a page that would answer "not allowed".
 */
const PAGES: { item: NavItem; opens: Opens }[] = [
  // The cases and the open tasks assigned to the actor (case.list, case.task.mine).
  { item: { href: "/cases", label: "myCases" }, opens: caseload },
  { item: { href: "/tasks", label: "myTasks" }, opens: caseload },
  // Every case of the programmes the actor manages (case.list): the list the dashboard's figures open.
  {
    item: { href: "/cases/all", label: "allCases" },
    opens: both(
      allows({ kind: "case.list" }),
      inSomeProgramme((programme) => ({ kind: "dashboard.read", programme })),
    ),
  },
  // The open tasks of the programmes the actor manages (case.task.team, and case.task.assign on each).
  { item: { href: "/tasks/team", label: "teamTasks" }, opens: allows({ kind: "task.team" }) },
  // The actor's appointments of the week (calendar.week).
  { item: { href: "/week", label: "thisWeek" }, opens: allows({ kind: "calendar.read" }) },
  // person.list.
  { item: { href: "/people", label: "people" }, opens: allows({ kind: "person.read" }) },
  // person.checkDuplicates and person.create.
  { item: { href: "/people/new", label: "registerPerson" }, opens: allows({ kind: "person.create" }) },
  // dashboard.figures.
  { item: { href: "/dashboard", label: "dashboard" }, opens: allows({ kind: "dashboard.read" }) },
  // approvals.queue and identification.pending.
  {
    item: { href: "/approvals", label: "approvals" },
    opens: allows({ kind: "approval.list" }, { kind: "identification.pending" }),
  },
  // accessRequest.pending and .mine, and the decision and withdrawal forms (each checked again).
  { item: { href: "/access-requests", label: "accessRequests" }, opens: allows({ kind: "access.list" }) },
  // The period report (dashboard.figures) and the case-list export.
  {
    item: { href: "/reports", label: "reports" },
    opens: allows({ kind: "dashboard.read" }, { kind: "case.export" }),
  },
  // user.list, and the forms' user.create (and user.update, resetPassword, confirmHandover).
  {
    item: { href: "/admin/users", label: "users" },
    opens: allows({ kind: "user.list" }, { kind: "user.create" }),
  },
  // The reference-data pages read their list (reference.read), their history (reference.manage) and
  // change it in their forms.
  {
    item: { href: "/admin/partners", label: "partners" },
    opens: allows({ kind: "reference.read" }, { kind: "reference.manage" }, { kind: "partner.manage" }),
  },
  {
    item: { href: "/admin/unsafe-destinations", label: "unsafeDestinations" },
    opens: allows({ kind: "reference.read" }, { kind: "reference.manage" }),
  },
  {
    item: { href: "/admin/service-types", label: "serviceTypes" },
    opens: allows({ kind: "reference.read" }, { kind: "reference.manage" }),
  },
  {
    item: { href: "/admin/reflection-periods", label: "reflectionPeriods" },
    opens: allows({ kind: "reference.read" }, { kind: "reference.manage" }),
  },
  {
    item: { href: "/admin/risk-review", label: "riskReview" },
    opens: allows({ kind: "reference.read" }, { kind: "reference.manage" }),
  },
  // audit.list, and user.list for the search by actor.
  {
    item: { href: "/admin/audit", label: "auditLog" },
    opens: allows({ kind: "audit.read" }, { kind: "user.list" }),
  },
  // security.settings.get and update.
  {
    item: { href: "/admin/security", label: "securitySettings" },
    opens: allows({ kind: "security.manage" }),
  },
  // Everyone's own sign-in security (second factor, sessions, password); last, so never the home.
  { item: { href: "/account", label: "account" }, opens: allows({ kind: "account.manage" }) },
];

/**
 * The pages the actor may open, as the policy decides: an admin gets no case pages (separation of
 * duties), and an account whose handover waits only its own sign-in security.
 */
export function navigationFor(actor: Navigator): NavItem[] {
  return PAGES.filter(({ opens }) => opens(actor)).map(({ item }) => item);
}

export function homeFor(user: Navigator): string {
  return navigationFor(user)[0]?.href ?? "/signin";
}
