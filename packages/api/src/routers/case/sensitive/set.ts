import { randomUUID } from "node:crypto";
import { caseSensitiveNotes, noteSearchColumns } from "@kelias/db";
import { can, caseSensitiveSetInput, changedFields } from "@kelias/domain";
import { and, eq, type SQL } from "drizzle-orm";
import { recordAllowed } from "../../../audit/record";
import { deny } from "../../../authorize";
import { caseProcedure } from "../../../case-procedure";
import { caseTarget } from "../../../case-record/audit";
import { claimVersionWhere, StaleVersion } from "../../../concurrency";
import { recordFieldChanges } from "../../../field-history";

/**
 * Writes one sensitive note (health, trafficking details, identity documents) against the version
 * that was read (`null`: there was none yet); only the people working on the case may. Loaded for
 * reading, so that someone who may read the case but not write the category is answered FORBIDDEN.
 */
export const set = caseProcedure("case.read", caseSensitiveSetInput)
  .meta({ action: "case.field.write" })
  .mutation(async ({ ctx, input }) => {
    const { row, facts } = ctx.case;
    const target = caseTarget(row.id);
    if (!can(ctx.user, { kind: "case.field.write", case: facts, category: input.category })) {
      return deny(ctx, ctx.action, "FORBIDDEN", target);
    }
    return ctx.db.transaction(async (tx) => {
      const written = {
        content: input.content,
        ...noteSearchColumns(input.content),
        updatedBy: ctx.user.id,
        updatedAt: new Date(),
      };
      let version: number;
      let before: string | null = null;
      if (input.version === null) {
        const inserted = await tx
          .insert(caseSensitiveNotes)
          .values({ caseId: row.id, category: input.category, ...written })
          .onConflictDoNothing()
          .returning({ version: caseSensitiveNotes.version });
        // Someone wrote the first note of this category meanwhile.
        if (inserted.length === 0) throw new StaleVersion();
        version = 1;
      } else {
        const key = and(
          eq(caseSensitiveNotes.caseId, row.id),
          eq(caseSensitiveNotes.category, input.category),
        ) as SQL;
        // The content the write replaces, locked until it is written.
        const [old] = await tx
          .select({ content: caseSensitiveNotes.content })
          .from(caseSensitiveNotes)
          .where(key)
          .for("update");
        before = old?.content ?? null;
        version = await claimVersionWhere(tx, caseSensitiveNotes, key, input.version, written);
      }
      // The content itself is not copied into the audit log, which admins read: the history keeps
      // it, read through the category's policy like the note.
      const changeId = randomUUID();
      await recordFieldChanges(
        tx,
        {
          changeId,
          actorId: ctx.user.id,
          record: "sensitive_note",
          owner: { caseId: row.id },
          recordKey: input.category,
          category: input.category,
        },
        changedFields({ content: before }, { content: input.content }),
      );
      await recordAllowed(tx, ctx, "case.sensitive.set", target, {
        category: input.category,
        version,
        changeId,
      });
      return { version };
    });
  });
