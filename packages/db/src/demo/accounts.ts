import type { Programme, Role } from "@kelias/domain";

export const DEMO_PASSWORD = "demo-password";

export interface DemoAccount {
  email: string;
  name: string;
  roles: Role[];
  programmes: Programme[];
}

const ALL_PROGRAMMES: Programme[] = ["avrr", "counter_trafficking", "social_assistance", "labour_migration"];

/** Signed in only while demo mode is on; shown on the sign-in page then. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    email: "caseworker@example.org",
    name: "Rūta Petrauskienė",
    roles: ["caseworker"],
    programmes: ALL_PROGRAMMES,
  },
  {
    email: "caseworker2@example.org",
    name: "Tomas Žukauskas",
    roles: ["caseworker"],
    programmes: ALL_PROGRAMMES,
  },
  {
    email: "manager@example.org",
    name: "Indrė Kazlauskaitė",
    roles: ["manager"],
    programmes: ["avrr", "counter_trafficking", "social_assistance"],
  },
  {
    email: "manager2@example.org",
    name: "Mantas Jankauskas",
    roles: ["manager"],
    programmes: ["labour_migration"],
  },
  { email: "admin@example.org", name: "Laura Vaitkutė", roles: ["admin"], programmes: [] },
  // A second administrator: confirming the handover of an account another admin saw the link of.
  { email: "admin2@example.org", name: "Darius Paulauskas", roles: ["admin"], programmes: [] },
];
