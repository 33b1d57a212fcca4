import { users } from "@kelias/db";
import { userListInput } from "@kelias/domain";
import { and, arrayContains, asc, eq, or, type SQL, sql } from "drizzle-orm";
import { authorize } from "../../authorize";
import { authedProcedure } from "../../trpc";

/** Every account, by name; the search narrows by name or email, role, programme and status. */
export const list = authedProcedure
  .meta({ action: "user.list" })
  .input(userListInput)
  .query(async ({ ctx, input }) => {
    await authorize(ctx, { kind: "user.list" });
    const filters: SQL[] = [];
    const query = input.query.trim();
    if (query !== "") {
      // Accent- and case-insensitive, and the user's text is matched literally (no wildcards).
      const pattern = `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      filters.push(
        or(
          sql`public.unaccent(lower(${users.name})) like public.unaccent(lower(${pattern}))`,
          sql`lower(${users.email}) like lower(${pattern})`,
        ) as SQL,
      );
    }
    if (input.role) filters.push(arrayContains(users.roles, [input.role]));
    if (input.programme) filters.push(arrayContains(users.programmes, [input.programme]));
    if (input.active !== null) filters.push(eq(users.active, input.active));
    return ctx.db
      .select({
        id: users.id,
        name: users.name,
        email: users.email,
        roles: users.roles,
        programmes: users.programmes,
        team: users.team,
        active: users.active,
        version: users.version,
        /** Who was shown the account's set-password link, while a second administrator's confirmation waits. */
        handoverPendingBy: users.handoverPendingBy,
        handoverPendingSince: users.handoverPendingSince,
        /** Whether the account has a password (a handover is confirmed only once it has chosen one). */
        passwordSet: sql<boolean>`${users.passwordHash} is not null`,
      })
      .from(users)
      .where(and(...filters))
      .orderBy(asc(users.name), asc(users.id));
  });
