export const ROLES = ["caseworker", "manager", "admin"] as const;
export type Role = (typeof ROLES)[number];
