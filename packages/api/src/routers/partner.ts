import { appendAudit, type Executor, partners } from "@kelias/db";
import { can, partnerCreateInput, partnerListInput, partnerUpdateInput } from "@kelias/domain";
import { and, asc, eq, ne, sql } from "drizzle-orm";
import { authorize, deny, refuseStale, STALE } from "../authorize";
import { writeOnce } from "../idempotency";
import { recordReferenceVersion } from "../reference-history";
import { authedProcedure, router } from "../trpc";

/** Keeps the partner as the change left it in the reference-data history. */
async function recordPartnerVersion(tx: Executor, partnerId: string, changedBy: string, changedAt: Date) {
  const [row] = await tx
    .select({
      name: partners.name,
      kind: partners.kind,
      city: partners.city,
      contact: partners.contact,
      services: partners.services,
      active: partners.active,
      version: partners.version,
    })
    .from(partners)
    .where(eq(partners.id, partnerId))
    .limit(1);
  if (!row) throw new Error("partner vanished in its own transaction");
  const { version, ...snapshot } = row;
  await recordReferenceVersion(tx, {
    kind: "partner",
    entityId: partnerId,
    version,
    snapshot,
    changedBy,
    changedAt,
  });
}

/** True when another partner already has this name (names are unique, case-insensitively). */
async function nameTaken(db: Executor, name: string, exceptId?: string): Promise<boolean> {
  const same = sql`lower(${partners.name}) = lower(${name})`;
  const found = await db
    .select({ id: partners.id })
    .from(partners)
    .where(exceptId ? and(same, ne(partners.id, exceptId)) : same)
    .limit(1);
  return found.length > 0;
}

const NAME_TAKEN = Symbol("partner name taken");

/** The registry of partner organisations: read by whoever works with cases, kept by administrators. */
export const partnerRouter = router({
  /** Active partners by name; administrators can ask for the inactive ones too. */
  list: authedProcedure
    .meta({ action: "reference.read" })
    .input(partnerListInput)
    .query(async ({ ctx, input }) => {
      await authorize(ctx, { kind: "reference.read" });
      const all = input.includeInactive && can(ctx.user, { kind: "partner.manage" });
      return ctx.db
        .select({
          id: partners.id,
          name: partners.name,
          kind: partners.kind,
          city: partners.city,
          contact: partners.contact,
          services: partners.services,
          active: partners.active,
          version: partners.version,
        })
        .from(partners)
        .where(all ? undefined : eq(partners.active, true))
        .orderBy(asc(partners.name));
    }),

  create: authedProcedure
    .meta({ action: "partner.manage" })
    .input(partnerCreateInput)
    .mutation(async ({ ctx, input }) => {
      await authorize(ctx, { kind: "partner.manage" });
      const { idempotencyKey: _, ...fields } = input;
      const result = await writeOnce(ctx, { procedure: "partner.create", input }, async (tx) => {
        // Checked in the write: a retry of a create that went through replays it instead.
        if (await nameTaken(tx, input.name)) return NAME_TAKEN;
        const [partner] = await tx
          .insert(partners)
          .values({ ...fields, createdBy: ctx.user.id, updatedBy: ctx.user.id })
          .returning({ id: partners.id, version: partners.version });
        if (!partner) throw new Error("partner insert returned nothing");
        await recordPartnerVersion(tx, partner.id, ctx.user.id, new Date());
        await appendAudit(tx, {
          actorId: ctx.user.id,
          action: "partner.create",
          outcome: "allowed",
          entityType: "partner",
          entityId: partner.id,
          ip: ctx.ip,
          detail: { name: input.name, kind: input.kind },
        });
        return partner;
      });
      if (result === NAME_TAKEN) {
        return deny(ctx, "partner.create", "BAD_REQUEST", { entityType: "partner" }, "partner_name_taken");
      }
      return result;
    }),

  update: authedProcedure
    .meta({ action: "partner.manage" })
    .input(partnerUpdateInput)
    .mutation(async ({ ctx, input }) => {
      const target = { entityType: "partner", entityId: input.id };
      await authorize(ctx, { kind: "partner.manage" }, target);
      const [current] = await ctx.db
        .select({ id: partners.id })
        .from(partners)
        .where(eq(partners.id, input.id))
        .limit(1);
      if (!current) return deny(ctx, "partner.update", "NOT_FOUND", target);
      if (await nameTaken(ctx.db, input.name, input.id)) {
        return deny(ctx, "partner.update", "BAD_REQUEST", target, "partner_name_taken");
      }
      const { id, version, ...fields } = input;
      const result = await ctx.db.transaction(async (tx) => {
        const [updated] = await tx
          .update(partners)
          .set({
            ...fields,
            updatedBy: ctx.user.id,
            updatedAt: new Date(),
            version: sql`${partners.version} + 1`,
          })
          .where(and(eq(partners.id, id), eq(partners.version, version)))
          .returning({ id: partners.id, version: partners.version });
        if (!updated) return STALE;
        await recordPartnerVersion(tx, updated.id, ctx.user.id, new Date());
        await appendAudit(tx, {
          actorId: ctx.user.id,
          action: "partner.update",
          outcome: "allowed",
          ...target,
          ip: ctx.ip,
          detail: { name: input.name, kind: input.kind, active: input.active, version: updated.version },
        });
        return updated;
      });
      if (result === STALE) return refuseStale(ctx, "partner.update", target);
      return result;
    }),
});
