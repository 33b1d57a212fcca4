import { appendAudit, caseAssignments, caseHandovers, cases, people, users } from "@kelias/db";
import {
  alwaysRestricted,
  can,
  caseCreateInput,
  caseFindByReferenceInput,
  caseGetInput,
  caseListInput,
  caseScope,
  decodeCursor,
  encodeCursor,
  officeToday,
} from "@kelias/domain";
import { and, asc, count, desc, eq, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { authorize, deny } from "../authorize";
import { requireCase } from "../case-access";
import { hasOverdueTask } from "../case-filters";
import { insertCase } from "../case-insert";
import { caseRecordFor } from "../case-record/record";
import { sensitiveNotesFor } from "../case-record/sensitive-notes";
import { caseOwnerName, casePersonName, caseSummary } from "../case-summary";
import { writeOnce } from "../idempotency";
import { cursorText, pastCursor } from "../keyset";
import { figureFilterSql } from "../reports/figure-filters";
import { assignedTo, caseScopeSql } from "../scope";
import { authedProcedure, router } from "../trpc";
import { consentRouter } from "./case/consent/router";
import { documentRouter } from "./case/document/router";
import { noteRouter } from "./case/note/router";
import { referralRouter } from "./case/referral/router";
import { restrictionRouter } from "./case/restriction/router";
import { sensitiveRouter } from "./case/sensitive/router";
import { serviceRouter } from "./case/service/router";
import { taskRouter } from "./case/task/router";
import { teamRouter } from "./case/team/router";
import { timeline } from "./case/timeline";
import { workflowRouter } from "./case/workflow/router";

/** Lists count their rows up to this many. */
export const COUNT_CAP = 1000;

const fromUser = alias(users, "from_user");
const toUser = alias(users, "to_user");

export const caseRouter = router({
  create: authedProcedure
    .meta({ action: "case.create" })
    .input(caseCreateInput)
    .mutation(async ({ ctx, input }) => {
      await authorize(ctx, { kind: "case.create", programme: input.programme });
      const [person] = await ctx.db
        .select({ id: people.id, createdBy: people.createdBy })
        .from(people)
        .where(eq(people.id, input.personId))
        .limit(1);
      const mayUsePerson =
        person &&
        (person.createdBy === ctx.user.id ||
          (await ctx.db.$count(
            cases,
            and(eq(cases.personId, person.id), caseScopeSql(ctx, caseScope(ctx.user, "access"))),
          )) > 0);
      if (!mayUsePerson) {
        return deny(ctx, "case.create", "NOT_FOUND", { entityType: "person", entityId: input.personId });
      }
      const now = new Date();
      return writeOnce(ctx, { procedure: "case.create", input }, async (tx) => {
        const row = await insertCase(tx, {
          programme: input.programme,
          personId: input.personId,
          ownerId: ctx.user.id,
          now,
        });
        await appendAudit(tx, {
          actorId: ctx.user.id,
          action: "case.create",
          outcome: "allowed",
          entityType: "case",
          entityId: row.id,
          ip: ctx.ip,
          detail: { programme: input.programme, personId: input.personId, reference: row.reference },
        });
        return row;
      });
    }),

  list: authedProcedure
    .meta({ action: "case.list" })
    .input(caseListInput)
    .query(async ({ ctx, input }) => {
      await authorize(ctx, { kind: "case.list" });
      const filters: SQL[] = [];
      if (input.view === "mine") filters.push(assignedTo(ctx, ctx.user.id));
      if (input.programme) filters.push(eq(cases.programme, input.programme));
      if (input.assigneeId) filters.push(assignedTo(ctx, input.assigneeId));
      if (input.state) filters.push(eq(cases.state, input.state));
      if (input.overdue) filters.push(hasOverdueTask(officeToday(new Date())));
      filters.push(...figureFilterSql(ctx, input));
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
    }),

  /**
   * Finds a case by its exact reference: the way to a restricted case, which no list shows. A case
   * the actor may not read answers NOT_FOUND, as one that does not exist; audited either way.
   */
  findByReference: authedProcedure
    .meta({ action: "case.read" })
    .input(caseFindByReferenceInput)
    .query(async ({ ctx, input }) => {
      const [found] = await ctx.db
        .select({ id: cases.id })
        .from(cases)
        .where(and(eq(cases.reference, input.reference), caseScopeSql(ctx, caseScope(ctx.user, "access"))))
        .limit(1);
      if (!found) {
        return deny(ctx, "case.findByReference", "NOT_FOUND", { entityType: "case" });
      }
      const { row } = await requireCase(ctx, found.id, "case.read");
      await appendAudit(ctx.db, {
        actorId: ctx.user.id,
        action: "case.findByReference",
        outcome: "allowed",
        entityType: "case",
        entityId: row.id,
        ip: ctx.ip,
      });
      return { id: row.id, reference: row.reference };
    }),

  get: authedProcedure
    .meta({ action: "case.read" })
    .input(caseGetInput)
    .query(async ({ ctx, input }) => {
      const { row: c, facts } = await requireCase(ctx, input.id, "case.read");
      const [[person], assignees, handovers, sensitive, record] = await Promise.all([
        ctx.db.select().from(people).where(eq(people.id, c.personId)).limit(1),
        ctx.db
          .select({ id: users.id, name: users.name, kind: caseAssignments.kind })
          .from(caseAssignments)
          .innerJoin(users, eq(users.id, caseAssignments.userId))
          .where(eq(caseAssignments.caseId, c.id))
          .orderBy(asc(caseAssignments.assignedAt)),
        ctx.db
          .select({
            id: caseHandovers.id,
            kind: caseHandovers.kind,
            fromName: fromUser.name,
            toName: toUser.name,
            byName: users.name,
            note: caseHandovers.note,
            createdAt: caseHandovers.createdAt,
          })
          .from(caseHandovers)
          .innerJoin(users, eq(users.id, caseHandovers.createdBy))
          .leftJoin(fromUser, eq(fromUser.id, caseHandovers.fromUserId))
          .leftJoin(toUser, eq(toUser.id, caseHandovers.toUserId))
          .where(eq(caseHandovers.caseId, c.id))
          .orderBy(desc(caseHandovers.createdAt)),
        sensitiveNotesFor(ctx, ctx.user, c.id, facts),
        caseRecordFor(ctx.db, c.id),
      ]);
      if (!person) throw new Error(`case ${c.id} has no person`);
      await appendAudit(ctx.db, {
        actorId: ctx.user.id,
        action: "case.read",
        outcome: "allowed",
        entityType: "case",
        entityId: c.id,
        ip: ctx.ip,
      });
      const owner = assignees.find((a) => a.id === c.ownerId);
      return {
        id: c.id,
        reference: c.reference,
        programme: c.programme,
        state: c.state,
        restricted: c.restricted,
        alwaysRestricted: alwaysRestricted(c.programme),
        openedAt: c.openedAt,
        closedAt: c.closedAt,
        version: c.version,
        owner: { id: c.ownerId, name: owner?.name ?? "" },
        assignees,
        handovers,
        sensitive,
        /** Notes, services, consents, referrals and tasks. */
        record,
        /** What the interface may offer; every procedure checks again. */
        permissions: {
          update: can(ctx.user, { kind: "case.update", case: facts }),
          writeSensitive: can(ctx.user, { kind: "case.field.write", case: facts, category: "health" }),
          assign: can(ctx.user, { kind: "case.assign", case: facts }),
          restrict: can(ctx.user, { kind: "case.restrict", case: facts }),
        },
        person: {
          id: person.id,
          givenName: person.givenName,
          familyName: person.familyName,
          dateOfBirth: person.dateOfBirth,
          estimatedAge: person.estimatedAge,
          ageEstimatedOn: person.ageEstimatedOn,
          sex: person.sex,
          citizenships: person.citizenships,
        },
      };
    }),

  team: teamRouter,
  restriction: restrictionRouter,
  sensitive: sensitiveRouter,
  note: noteRouter,
  document: documentRouter,
  service: serviceRouter,
  consent: consentRouter,
  referral: referralRouter,
  task: taskRouter,
  timeline,
  workflow: workflowRouter,
});
