import type { Role } from "@kelias/domain";
import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface Session {
    user: { id: string; name: string; email: string; roles: Role[] };
    sessionVersion: number;
  }
  interface User {
    id: string;
    name: string;
    email: string;
    roles: Role[];
    sessionVersion: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    roles?: Role[];
    sv?: number;
  }
}
