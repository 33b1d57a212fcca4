import { appendAudit, type Executor, serviceTypes } from "@kelias/db";
import { serviceTypeCreateInput, serviceTypeListInput, serviceTypeUpdateInput } from "@kelias/domain";
import { and, asc, eq, sql } from "drizzle-orm";
import { authorize, deny, refuseStale, STALE } from "../authorize";
import { refuseField } from "../field-refusal";
import { writeOnce } from "../idempotency";
import { recordReferenceVersion } from "../reference-history";
import { authedProcedure, router } from "../trpc";

const columns = {
  id: serviceTypes.id,
  code: serviceTypes.code,
  nameEn: serviceTypes.nameEn,
  nameLt: serviceTypes.nameLt,
  programmes: serviceTypes.programmes,
  defaultUnitCost: serviceTypes.defaultUnitCost,
  currency: serviceTypes.currency,
  active: serviceTypes.active,
  builtIn: serviceTypes.builtIn,
  version: serviceTypes.version,
};

async function loadServiceType(db: Executor, id: string) {
  const [row] = await db.select(columns).from(serviceTypes).where(eq(serviceTypes.id, id)).limit(1);
  return row;
}

/** What the history keeps of a version: everything but the row's id and version (kept beside it). */
function snapshotOf(row: NonNullable<Awaited<ReturnType<typeof loadServiceType>>>): Record<string, unknown> {
  const { id: _id, version: _version, ...rest } = row;
  return rest;
}

/** The empty name of a built-in type is stored as null: its names come from the catalogs. */
const storedName = (name: string) => (name === "" ? null : name);

const CODE_TAKEN = Symbol("service type code taken");

/**
 * The service types the case services form offers, with their default unit cost: reference data
 * that everyone working with cases reads and administrators keep. Every version is kept.
 */
export const serviceTypeRouter = router({
  list: authedProcedure
    .meta({ action: "reference.read" })
    .input(serviceTypeListInput)
    .query(async ({ ctx, input }) => {
      await authorize(ctx, { kind: "reference.read" });
      // Retired types are no secret: they still name the services recorded with them.
      const all = input.includeInactive;
      return ctx.db
        .select(columns)
        .from(serviceTypes)
        .where(all ? undefined : eq(serviceTypes.active, true))
        .orderBy(sql`${serviceTypes.builtIn} desc`, asc(serviceTypes.code));
    }),

  create: authedProcedure
    .meta({ action: "reference.manage" })
    .input(serviceTypeCreateInput)
    .mutation(async ({ ctx, input }) => {
      const target = { entityType: "service_type" };
      await authorize(ctx, { kind: "reference.manage" }, target);
      const now = new Date();
      const result = await writeOnce(ctx, { procedure: "serviceType.create", input }, async (tx) => {
        // Checked in the write: a retry of a create that went through replays it instead.
        const [taken] = await tx
          .select({ id: serviceTypes.id })
          .from(serviceTypes)
          .where(eq(sql`lower(${serviceTypes.code})`, input.code.toLowerCase()))
          .limit(1);
        if (taken) return CODE_TAKEN;
        const [created] = await tx
          .insert(serviceTypes)
          .values({
            code: input.code,
            nameEn: input.nameEn,
            nameLt: input.nameLt,
            programmes: input.programmes,
            defaultUnitCost: input.defaultUnitCost,
            currency: input.currency,
            createdBy: ctx.user.id,
            createdAt: now,
            updatedBy: ctx.user.id,
            updatedAt: now,
          })
          .returning({ id: serviceTypes.id, version: serviceTypes.version });
        if (!created) throw new Error("service type insert returned nothing");
        const row = await loadServiceType(tx, created.id);
        if (!row) throw new Error("service type vanished in its own transaction");
        await recordReferenceVersion(tx, {
          kind: "service_type",
          entityId: created.id,
          version: created.version,
          snapshot: snapshotOf(row),
          changedBy: ctx.user.id,
          changedAt: now,
        });
        await appendAudit(tx, {
          actorId: ctx.user.id,
          action: "serviceType.create",
          outcome: "allowed",
          entityType: "service_type",
          entityId: created.id,
          ip: ctx.ip,
          detail: { code: input.code, version: created.version },
        });
        return created;
      });
      if (result === CODE_TAKEN) return refuseField(ctx, "serviceType.create", target, "code", "code_taken");
      return result;
    }),

  update: authedProcedure
    .meta({ action: "reference.manage" })
    .input(serviceTypeUpdateInput)
    .mutation(async ({ ctx, input }) => {
      const target = { entityType: "service_type", entityId: input.id };
      await authorize(ctx, { kind: "reference.manage" }, target);
      const current = await loadServiceType(ctx.db, input.id);
      if (!current) return deny(ctx, "serviceType.update", "NOT_FOUND", target);
      // A type an administrator added has no catalog names to fall back on.
      if (!current.builtIn && input.nameEn === "") {
        return refuseField(ctx, "serviceType.update", target, "nameEn", "required");
      }
      const now = new Date();
      const result = await ctx.db.transaction(async (tx) => {
        const [updated] = await tx
          .update(serviceTypes)
          .set({
            nameEn: storedName(input.nameEn),
            nameLt: storedName(input.nameLt),
            programmes: input.programmes,
            defaultUnitCost: input.defaultUnitCost,
            currency: input.currency,
            active: input.active,
            updatedBy: ctx.user.id,
            updatedAt: now,
            version: sql`${serviceTypes.version} + 1`,
          })
          .where(and(eq(serviceTypes.id, input.id), eq(serviceTypes.version, input.version)))
          .returning({ id: serviceTypes.id, version: serviceTypes.version });
        if (!updated) return STALE;
        const row = await loadServiceType(tx, updated.id);
        if (!row) throw new Error("service type vanished in its own transaction");
        await recordReferenceVersion(tx, {
          kind: "service_type",
          entityId: updated.id,
          version: updated.version,
          snapshot: snapshotOf(row),
          changedBy: ctx.user.id,
          changedAt: now,
        });
        await appendAudit(tx, {
          actorId: ctx.user.id,
          action: "serviceType.update",
          outcome: "allowed",
          ...target,
          ip: ctx.ip,
          detail: { code: current.code, active: input.active, version: updated.version },
        });
        return updated;
      });
      if (result === STALE) return refuseStale(ctx, "serviceType.update", target);
      return result;
    }),
});
