import { caseNoteRevisions, caseNotes } from "@kelias/db";
import { noteAddInput, noteEditInput } from "@kelias/domain";
import { and, eq, sql } from "drizzle-orm";
import { deny, refuseStale, STALE } from "../authorize";
import { requireCase } from "../case-access";
import { writeOnce } from "../idempotency";
import { authedProcedure } from "../trpc";
import { auditChange, caseTarget } from "./case-record";

/**
 * Notes on a case, author and time stamped. An edit names the version it was made on and keeps the
 * text it replaces; the audit log records who changed which note, never the text (admins read it).
 */
export const caseNoteProcedures = {
  addNote: authedProcedure
    .meta({ action: "case.update" })
    .input(noteAddInput)
    .mutation(async ({ ctx, input }) => {
      const { row } = await requireCase(ctx, input.caseId, "case.update");
      return writeOnce(ctx, { procedure: "case.addNote", input }, async (tx) => {
        const now = new Date();
        const [note] = await tx
          .insert(caseNotes)
          .values({
            caseId: row.id,
            content: input.content,
            createdBy: ctx.user.id,
            createdAt: now,
            updatedBy: ctx.user.id,
            updatedAt: now,
          })
          .returning({ id: caseNotes.id, version: caseNotes.version });
        if (!note) throw new Error("note insert returned nothing");
        await auditChange(tx, ctx, row.id, "case.note.add", { noteId: note.id });
        return note;
      });
    }),

  editNote: authedProcedure
    .meta({ action: "case.update" })
    .input(noteEditInput)
    .mutation(async ({ ctx, input }) => {
      const { row } = await requireCase(ctx, input.caseId, "case.update");
      const target = caseTarget(row.id);
      const [current] = await ctx.db
        .select()
        .from(caseNotes)
        .where(and(eq(caseNotes.id, input.noteId), eq(caseNotes.caseId, row.id)))
        .limit(1);
      if (!current) return deny(ctx, "case.note.edit", "NOT_FOUND", target);
      if (current.version !== input.version) {
        return refuseStale(ctx, "case.note.edit", target);
      }
      if (current.content === input.content) return { id: current.id, version: current.version };
      const result = await ctx.db.transaction(async (tx) => {
        const now = new Date();
        const [updated] = await tx
          .update(caseNotes)
          .set({
            content: input.content,
            updatedBy: ctx.user.id,
            updatedAt: now,
            version: sql`${caseNotes.version} + 1`,
          })
          .where(and(eq(caseNotes.id, current.id), eq(caseNotes.version, input.version)))
          .returning({ id: caseNotes.id, version: caseNotes.version });
        if (!updated) return STALE;
        // The version condition above guarantees this is the text the edit replaces.
        await tx.insert(caseNoteRevisions).values({
          noteId: current.id,
          version: current.version,
          content: current.content,
          writtenBy: current.updatedBy,
          writtenAt: current.updatedAt,
          replacedBy: ctx.user.id,
          replacedAt: now,
        });
        await auditChange(tx, ctx, row.id, "case.note.edit", {
          noteId: current.id,
          version: updated.version,
        });
        return updated;
      });
      if (result === STALE) return refuseStale(ctx, "case.note.edit", target);
      return result;
    }),
};
