import type { SessionUser } from "@kelias/auth";
import type { Database } from "@kelias/db";

export interface Context {
  db: Database;
  /** Null when signed out; otherwise read fresh from the database for this request. */
  user: SessionUser | null;
  ip: string | null;
}

export function clientIpFrom(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-for");
  if (forwarded) return forwarded.split(",")[0]?.trim() || null;
  return headers.get("x-real-ip");
}
