/// <reference path="./next-auth.d.ts" />
import { sharedDatabase } from "@kelias/db";
import { getServerSession } from "next-auth";
import { authOptions } from "./options";
import { resolveSessionUser, type SessionUser } from "./users";

/** The signed-in user of the current request (server components, route handlers), or null. */
export async function currentUser(): Promise<SessionUser | null> {
  const session = await getServerSession(authOptions());
  if (!session?.user.id) return null;
  const { db } = await sharedDatabase();
  return resolveSessionUser(db, { userId: session.user.id, sessionVersion: session.sessionVersion });
}
