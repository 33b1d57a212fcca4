import { caseNoteRevisions, caseNotes, noteSearchColumns } from "@kelias/db";
import { noteEditInput } from "@kelias/domain";
import { and, eq } from "drizzle-orm";
import { recordAllowed } from "../../../audit/record";
import { deny } from "../../../authorize";
import { caseProcedure } from "../../../case-procedure";
import { caseTarget } from "../../../case-record/audit";
import { claimVersion, requireVersion } from "../../../concurrency";

/**
 * Edits a note against the version that was read, keeping the text it replaces; the audit log
 * records who changed which note, never the text (admins read the log).
 */
export const edit = caseProcedure("case.update", noteEditInput).mutation(async ({ ctx, input }) => {
  const target = caseTarget(ctx.case.row.id);
  const [current] = await ctx.db
    .select()
    .from(caseNotes)
    .where(and(eq(caseNotes.id, input.noteId), eq(caseNotes.caseId, ctx.case.row.id)))
    .limit(1);
  if (!current) return deny(ctx, ctx.action, "NOT_FOUND", target);
  requireVersion(current.version, input.version);
  if (current.content === input.content) return { id: current.id, version: current.version };
  return ctx.db.transaction(async (tx) => {
    const now = new Date();
    const version = await claimVersion(tx, caseNotes, current.id, input.version, {
      content: input.content,
      ...noteSearchColumns(input.content),
      updatedBy: ctx.user.id,
      updatedAt: now,
    });
    // The claimed version guarantees this is the text the edit replaces.
    await tx.insert(caseNoteRevisions).values({
      noteId: current.id,
      version: current.version,
      content: current.content,
      writtenBy: current.updatedBy,
      writtenAt: current.updatedAt,
      replacedBy: ctx.user.id,
      replacedAt: now,
    });
    await recordAllowed(tx, ctx, "case.note.edit", target, { noteId: current.id, version });
    return { id: current.id, version };
  });
});
