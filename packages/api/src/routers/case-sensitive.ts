import { appendAudit, caseSensitiveNotes, users } from "@kelias/db";
import {
  type Actor,
  type CaseFacts,
  can,
  caseSensitiveSetInput,
  SENSITIVE_CATEGORIES,
  type SensitiveCategory,
  type Withheld,
  withhold,
} from "@kelias/domain";
import { and, eq, sql } from "drizzle-orm";
import { deny, refuseStale, STALE } from "../authorize";
import { requireCase } from "../case-access";
import { type AuthedContext, authedProcedure } from "../trpc";

export interface SensitiveNote {
  content: string;
  version: number;
  updatedAt: Date;
  updatedByName: string;
}

/** Each category of a case as the actor may see it: the note, none yet, or withheld. */
export async function sensitiveNotesFor(
  ctx: Pick<AuthedContext, "db">,
  actor: Actor,
  caseId: string,
  facts: CaseFacts,
): Promise<Record<SensitiveCategory, SensitiveNote | null | Withheld>> {
  const rows = await ctx.db
    .select({
      category: caseSensitiveNotes.category,
      content: caseSensitiveNotes.content,
      version: caseSensitiveNotes.version,
      updatedAt: caseSensitiveNotes.updatedAt,
      updatedByName: users.name,
    })
    .from(caseSensitiveNotes)
    .innerJoin(users, eq(users.id, caseSensitiveNotes.updatedBy))
    .where(eq(caseSensitiveNotes.caseId, caseId));
  const entries = SENSITIVE_CATEGORIES.map((category) => {
    const row = rows.find((r) => r.category === category);
    const note: SensitiveNote | null = row
      ? {
          content: row.content,
          version: row.version,
          updatedAt: row.updatedAt,
          updatedByName: row.updatedByName,
        }
      : null;
    return [category, withhold(actor, facts, category, note)] as const;
  });
  return Object.fromEntries(entries) as Record<SensitiveCategory, SensitiveNote | null | Withheld>;
}

export const caseSensitiveProcedures = {
  /** Writes one sensitive note; only the people working on the case may. */
  setSensitive: authedProcedure
    .meta({ action: "case.field.write" })
    .input(caseSensitiveSetInput)
    .mutation(async ({ ctx, input }) => {
      const { row, facts } = await requireCase(ctx, input.caseId, "case.read");
      const target = { entityType: "case", entityId: row.id };
      if (!can(ctx.user, { kind: "case.field.write", case: facts, category: input.category })) {
        return deny(ctx, "case.field.write", "FORBIDDEN", target);
      }
      const result = await ctx.db.transaction(async (tx) => {
        const now = new Date();
        let version: number;
        if (input.version === null) {
          const inserted = await tx
            .insert(caseSensitiveNotes)
            .values({
              caseId: row.id,
              category: input.category,
              content: input.content,
              updatedBy: ctx.user.id,
              updatedAt: now,
            })
            .onConflictDoNothing()
            .returning({ version: caseSensitiveNotes.version });
          if (inserted.length === 0) return STALE;
          version = 1;
        } else {
          const updated = await tx
            .update(caseSensitiveNotes)
            .set({
              content: input.content,
              updatedBy: ctx.user.id,
              updatedAt: now,
              version: sql`${caseSensitiveNotes.version} + 1`,
            })
            .where(
              and(
                eq(caseSensitiveNotes.caseId, row.id),
                eq(caseSensitiveNotes.category, input.category),
                eq(caseSensitiveNotes.version, input.version),
              ),
            )
            .returning({ version: caseSensitiveNotes.version });
          const first = updated[0];
          if (!first) return STALE;
          version = first.version;
        }
        // The content itself is not copied into the audit log, which admins read.
        await appendAudit(tx, {
          actorId: ctx.user.id,
          action: "case.field.write",
          outcome: "allowed",
          ...target,
          ip: ctx.ip,
          detail: { category: input.category, version },
        });
        return { version };
      });
      if (result === STALE) return refuseStale(ctx, "case.field.write", target);
      return result;
    }),
};
