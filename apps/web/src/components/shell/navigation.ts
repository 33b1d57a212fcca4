import type { Role } from "@kelias/domain";

export interface NavItem {
  href: string;
  /** Key in the "shell" catalog. */
  label: "myCases" | "myTasks" | "allCases" | "registerPerson" | "users" | "partners";
}

/** What each role finds in the navigation; an admin gets no case pages (separation of duties). */
export function navigationFor(roles: readonly Role[]): NavItem[] {
  const items: NavItem[] = [];
  if (roles.includes("caseworker")) {
    items.push(
      { href: "/cases", label: "myCases" },
      { href: "/tasks", label: "myTasks" },
      { href: "/people/new", label: "registerPerson" },
    );
  }
  if (roles.includes("manager")) items.push({ href: "/cases/all", label: "allCases" });
  if (roles.includes("admin")) {
    items.push({ href: "/admin/users", label: "users" }, { href: "/admin/partners", label: "partners" });
  }
  return items;
}

export function homeFor(roles: readonly Role[]): string {
  return navigationFor(roles)[0]?.href ?? "/signin";
}
