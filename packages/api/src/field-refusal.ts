import { appendAudit } from "@kelias/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import type { AuthedContext } from "./context";

/**
 * Refuses an input that passed its schema but not a check against the database (an email already
 * in use, a code already taken, a service type no longer offered): audited like every refusal, and
 * answered BAD_REQUEST with a field error, so the form shows it next to the field.
 */
export async function refuseField(
  ctx: AuthedContext,
  action: string,
  target: { entityType?: string; entityId?: string | null },
  field: string,
  code: string,
): Promise<never> {
  await appendAudit(ctx.db, {
    actorId: ctx.user.id,
    action,
    outcome: "denied",
    entityType: target.entityType ?? null,
    entityId: target.entityId ?? null,
    ip: ctx.ip,
    detail: { code: "BAD_REQUEST", reason: code, field },
  });
  // Made by a failed parse, as input validation makes it: the error formatter flattens it the same way.
  const { error } = z
    .unknown()
    .superRefine((_, issue) => issue.addIssue({ code: "custom", path: [field], message: code }))
    .safeParse(null);
  throw new TRPCError({ code: "BAD_REQUEST", message: code, cause: error });
}
