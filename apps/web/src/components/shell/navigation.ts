import type { Role } from "@kelias/domain";

export interface NavItem {
  href: string;
  /** Key in the "shell" catalog. */
  label:
    | "myCases"
    | "myTasks"
    | "allCases"
    | "people"
    | "registerPerson"
    | "users"
    | "partners"
    | "unsafeDestinations"
    | "serviceTypes"
    | "reflectionPeriods"
    | "auditLog"
    | "dashboard"
    | "approvals"
    | "reports"
    | "securitySettings"
    | "account";
}

/** Who the navigation is for: their roles, and whether their handover still waits for a second admin. */
export interface Navigator {
  roles: readonly Role[];
  handoverPending: boolean;
}

/**
 * What each role finds in the navigation; an admin gets no case pages (separation of duties). An
 * account whose handover waits gets only its own sign-in security, all the policy lets it use.
 */
export function navigationFor({ roles, handoverPending }: Navigator): NavItem[] {
  if (handoverPending) return [{ href: "/account", label: "account" }];
  const items: NavItem[] = [];
  if (roles.includes("caseworker")) {
    items.push(
      { href: "/cases", label: "myCases" },
      { href: "/tasks", label: "myTasks" },
      { href: "/people", label: "people" },
      { href: "/people/new", label: "registerPerson" },
    );
  }
  if (roles.includes("manager")) {
    items.push({ href: "/cases/all", label: "allCases" });
    if (!roles.includes("caseworker")) items.push({ href: "/people", label: "people" });
    items.push(
      { href: "/dashboard", label: "dashboard" },
      { href: "/approvals", label: "approvals" },
      { href: "/reports", label: "reports" },
    );
  }
  if (roles.includes("admin")) {
    items.push(
      { href: "/admin/users", label: "users" },
      { href: "/admin/partners", label: "partners" },
      { href: "/admin/unsafe-destinations", label: "unsafeDestinations" },
      { href: "/admin/service-types", label: "serviceTypes" },
      { href: "/admin/reflection-periods", label: "reflectionPeriods" },
      { href: "/admin/audit", label: "auditLog" },
      { href: "/admin/security", label: "securitySettings" },
    );
  }
  // Everyone's own sign-in security (second factor, sessions, password); last, so never the home.
  if (roles.length > 0) items.push({ href: "/account", label: "account" });
  return items;
}

export function homeFor(user: Navigator): string {
  return navigationFor(user)[0]?.href ?? "/signin";
}
