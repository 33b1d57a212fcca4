import { cases, people, users } from "@kelias/db";
import { caseListInput, caseScope, decodeCursor, encodeCursor } from "@kelias/domain";
import { and, asc, count, desc, eq, type SQL, sql } from "drizzle-orm";
import { authorize } from "../../authorize";
import { caseListFilters } from "../../case-filters";
import { caseOwnerName, casePersonName, caseSummary } from "../../case-summary";
import { cursorText, pastCursor } from "../../keyset";
import { caseScopeSql } from "../../scope";
import { authedProcedure } from "../../trpc";

/** Lists count their rows up to this many. */
export const COUNT_CAP = 1000;

/**
 * A page of the cases in the actor's listing scope (never a restricted one), filtered and sorted,
 * by keyset; with how many matched and how many restricted cases matched but are not listed.
 */
export const list = authedProcedure
  .meta({ action: "case.list" })
  .input(caseListInput)
  .query(async ({ ctx, input }) => {
    await authorize(ctx, { kind: "case.list" });
    const filters = caseListFilters(ctx, input);
    // The total ignores the cursor: it is the size of the whole (scoped, filtered) list. A list
    // never shows restricted cases; how many matched is said (a count, as the dashboard gives).
    const where = and(caseScopeSql(ctx, caseScope(ctx.user, "listing")), ...filters);
    const unlisted = and(
      caseScopeSql(ctx, caseScope(ctx.user, "access")),
      eq(cases.restricted, true),
      ...filters,
    );
    const sortKey = input.sort.startsWith("updated") ? cases.updatedAt : cases.openedAt;
    const cursor = decodeCursor(input.before ?? input.after ?? "");
    const backwards = Boolean(input.before && cursor);
    // Rows run in the sort's direction; a "before" page walks the other way and is reversed after.
    const descending = input.sort.endsWith("_desc") !== backwards;
    const keyset = cursor ? pastCursor(sortKey, cases.id, cursor, descending) : undefined;
    const direction = descending ? desc : asc;
    // The page's ids first (index-friendly, no joins), then the details of just those rows.
    const pageIds = ctx.db
      .select({
        id: cases.id,
        sortKey: sql<Date>`${sortKey}`.mapWith(sortKey).as("sort_key"),
        cursorAt: cursorText(sortKey).as("cursor_at"),
      })
      .from(cases)
      .where(and(where, keyset))
      .orderBy(direction(sortKey), direction(cases.id))
      // One extra row tells whether there is a further page in that direction.
      .limit(input.limit + 1)
      .offset(cursor ? 0 : input.offset)
      .as("page");
    const capped = (condition: SQL | undefined) =>
      ctx.db.select({ n: count() }).from(
        ctx.db
          .select({ one: sql`1` })
          .from(cases)
          .where(condition)
          .limit(COUNT_CAP + 1)
          .as("capped"),
      );
    const [rows, [total], [restricted]] = await Promise.all([
      ctx.db
        .select({
          id: cases.id,
          ...caseSummary,
          updatedAt: cases.updatedAt,
          // Bulk actions on a list (reassignment) name the version each case was seen at.
          version: cases.version,
          ...casePersonName,
          cursorAt: pageIds.cursorAt,
          ...caseOwnerName,
        })
        .from(pageIds)
        .innerJoin(cases, eq(cases.id, pageIds.id))
        .innerJoin(people, eq(people.id, cases.personId))
        .innerJoin(users, eq(users.id, cases.ownerId))
        .orderBy(direction(pageIds.sortKey), direction(pageIds.id)),
      // Counting stops past the cap: an exact count of a whole programme costs more than the page.
      capped(where),
      capped(unlisted),
    ]);
    const more = rows.length > input.limit;
    const page = rows.slice(0, input.limit);
    const ordered = backwards ? page.reverse() : page;
    const first = ordered[0];
    const last = ordered.at(-1);
    const toCursor = (row: (typeof ordered)[number]) => encodeCursor({ at: row.cursorAt, id: row.id });
    const items = ordered.map(({ cursorAt: _, ...item }) => item);
    const hasNewer = backwards ? more : Boolean(cursor) || input.offset > 0;
    const hasOlder = backwards ? true : more;
    const counted = total?.n ?? 0;
    return {
      items,
      total: Math.min(counted, COUNT_CAP),
      /** True when there are more than `total` cases: the interface says "more than 1,000". */
      totalCapped: counted > COUNT_CAP,
      /**
       * Restricted cases that match the filters and that the actor may open by link or reference,
       * never listed (up to the cap): the interface says they exist, without naming any.
       */
      restrictedNotListed: Math.min(restricted?.n ?? 0, COUNT_CAP),
      newerCursor: hasNewer && first ? toCursor(first) : null,
      olderCursor: hasOlder && last ? toCursor(last) : null,
    };
  });
