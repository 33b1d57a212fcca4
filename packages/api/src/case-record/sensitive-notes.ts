import { caseSensitiveNotes, users } from "@kelias/db";
import {
  type Actor,
  type CaseFacts,
  SENSITIVE_CATEGORIES,
  type SensitiveCategory,
  type Withheld,
  withhold,
} from "@kelias/domain";
import { eq } from "drizzle-orm";
import type { AuthedContext } from "../context";

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
