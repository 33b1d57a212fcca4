import { type Executor, users } from "@kelias/db";
import { eq, sql } from "drizzle-orm";

/** Emails are unique whatever their case (the users_email_key index). */
export async function emailTaken(db: Executor, email: string): Promise<boolean> {
  const found = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()))
    .limit(1);
  return found.length > 0;
}
