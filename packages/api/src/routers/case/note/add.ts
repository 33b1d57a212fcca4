import { caseNotes, noteSearchColumns } from "@kelias/db";
import { noteAddInput } from "@kelias/domain";
import { recordAllowed } from "../../../audit/record";
import { authoredBy } from "../../../authorship";
import { caseProcedure } from "../../../case-procedure";
import { caseTarget } from "../../../case-record/audit";
import { writeOnce } from "../../../idempotency";

/** Adds a note to the case, author and time stamped. */
export const add = caseProcedure("case.update", noteAddInput).mutation(({ ctx, input }) =>
  writeOnce(ctx, { procedure: ctx.action, input }, async (tx) => {
    const now = new Date();
    const [note] = await tx
      .insert(caseNotes)
      .values({
        caseId: ctx.case.row.id,
        content: input.content,
        ...noteSearchColumns(input.content),
        ...authoredBy(ctx.user.id, now),
      })
      .returning({ id: caseNotes.id, version: caseNotes.version });
    if (!note) throw new Error("note insert returned nothing");
    await recordAllowed(tx, ctx, "case.note.add", caseTarget(ctx.case.row.id), { noteId: note.id });
    return note;
  }),
);
