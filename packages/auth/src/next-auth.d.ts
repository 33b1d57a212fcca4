import type { Role } from "@kelias/domain";
import "next-auth";
import type { SignedInUser } from "./options";
import "next-auth/jwt";

declare module "next-auth" {
  interface Session {
    user: { id: string; name: string; email: string; roles: Role[] };
    sessionVersion: number;
    /** The session record (see session-records.ts); every request checks it. */
    sessionId: string;
  }
  /** What `authorize` returns: the user a sign-in found, with the session record it opened. */
  interface User extends SignedInUser {}
}

declare module "next-auth/jwt" {
  interface JWT {
    roles?: Role[];
    sv?: number;
    /** Session record id. */
    sid?: string;
    /** A second factor is required and not yet enrolled: only enrolment is open (see proxy.ts). */
    mfaDue?: boolean;
  }
}
