import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { type RefusalTarget, recordDenied } from "./audit/record";
import type { AuthedContext } from "./context";

/**
 * Refuses an input that passed its schema but not a check against the database (an email already
 * in use, a code already taken, a service type no longer offered): audited like every refusal, and
 * answered BAD_REQUEST with a field error, so the form shows it next to the field.
 */
export async function refuseField(
  ctx: AuthedContext,
  action: string,
  target: RefusalTarget,
  field: string,
  code: string,
): Promise<never> {
  await recordDenied(ctx, action, target, { code: "BAD_REQUEST", reason: code, field });
  // Made by a failed parse, as input validation makes it: the error formatter flattens it the same way.
  const { error } = z
    .unknown()
    .superRefine((_, issue) => issue.addIssue({ code: "custom", path: [field], message: code }))
    .safeParse(null);
  throw new TRPCError({ code: "BAD_REQUEST", message: code, cause: error });
}
