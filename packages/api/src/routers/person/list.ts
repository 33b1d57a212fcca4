import { people } from "@kelias/db";
import { decodeCursor, encodeCursor, personListInput, searchText } from "@kelias/domain";
import { and, desc, sql } from "drizzle-orm";
import { recordAllowed } from "../../audit/record";
import { authorize } from "../../authorize";
import { cursorText, pastCursor } from "../../keyset";
import { personSummary } from "../../person/summary";
import { peopleTarget } from "../../person/target";
import { personVisible } from "../../person/visibility";
import { authedProcedure } from "../../trpc";

/** The people the actor may see, newest registrations first; a name narrows it. */
export const list = authedProcedure
  .meta({ action: "person.read" })
  .input(personListInput)
  .query(async ({ ctx, input }) => {
    await authorize(ctx, { kind: "person.read" });
    const cursor = decodeCursor(input.after ?? "");
    const rows = await ctx.db
      .select({
        ...personSummary,
        createdAt: people.createdAt,
        cursorAt: cursorText(people.createdAt),
      })
      .from(people)
      .where(
        and(
          personVisible(ctx, "listing"),
          input.query ? sql`${searchText(input.query)} <% ${people.searchName}` : undefined,
          cursor ? pastCursor(people.createdAt, people.id, cursor, true) : undefined,
        ),
      )
      .orderBy(desc(people.createdAt), desc(people.id))
      .limit(input.limit + 1);
    const page = rows.slice(0, input.limit);
    const last = page.at(-1);
    await recordAllowed(ctx.db, ctx, "person.list", peopleTarget, {
      results: page.map((r) => r.id),
      query: input.query !== undefined,
    });
    return {
      items: page.map(({ cursorAt: _, ...person }) => person),
      olderCursor:
        rows.length > input.limit && last ? encodeCursor({ at: last.cursorAt, id: last.id }) : null,
    };
  });
