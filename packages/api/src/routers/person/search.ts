import { people } from "@kelias/db";
import { personSearchInput, searchText } from "@kelias/domain";
import { and, asc, sql } from "drizzle-orm";
import { recordAllowed } from "../../audit/record";
import { authorize } from "../../authorize";
import { personSummary } from "../../person/summary";
import { peopleTarget } from "../../person/target";
import { personVisible } from "../../person/visibility";
import { authedProcedure } from "../../trpc";

/**
 * People the actor can see whose name is like the query: for linking household members. A mutation
 * for the same reason as `checkDuplicates`: the name searched for stays out of URLs.
 */
export const search = authedProcedure
  .meta({ action: "person.read" })
  .input(personSearchInput)
  .mutation(async ({ ctx, input }) => {
    await authorize(ctx, { kind: "person.read" });
    const query = searchText(input.query);
    const rows = await ctx.db
      .select(personSummary)
      .from(people)
      .where(
        and(
          sql`${query} <% ${people.searchName}`,
          personVisible(ctx, "listing"),
          input.excludeId ? sql`${people.id} <> ${input.excludeId}` : undefined,
        ),
      )
      .orderBy(sql`word_similarity(${query}, ${people.searchName}) desc`, asc(people.familyName))
      .limit(10);
    await recordAllowed(ctx.db, ctx, "person.search", peopleTarget, { results: rows.map((r) => r.id) });
    return rows;
  });
