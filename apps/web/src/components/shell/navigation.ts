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

/** What each role finds in the navigation; an admin gets no case pages (separation of duties). */
export function navigationFor(roles: readonly Role[]): NavItem[] {
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

export function homeFor(roles: readonly Role[]): string {
  return navigationFor(roles)[0]?.href ?? "/signin";
}
