import { appendAudit } from "@kelias/db";
import { type Action, can } from "@kelias/domain";
import { TRPCError } from "@trpc/server";
import type { AuthedContext } from "./trpc";

interface Target {
  entityType?: string;
  entityId?: string | null;
}

/** Records the refusal, then answers with the given code. */
export async function deny(
  ctx: AuthedContext,
  action: string,
  code: "FORBIDDEN" | "NOT_FOUND",
  target: Target = {},
): Promise<never> {
  await appendAudit(ctx.db, {
    actorId: ctx.user.id,
    action,
    outcome: "denied",
    entityType: target.entityType ?? null,
    entityId: target.entityId ?? null,
    ip: ctx.ip,
    detail: { code },
  });
  throw new TRPCError({
    code,
    message: code === "NOT_FOUND" ? "Not found." : "You are not allowed to do this.",
  });
}

/** Asks the policy; a refusal is audited and answered FORBIDDEN. */
export async function authorize(ctx: AuthedContext, action: Action, target: Target = {}): Promise<void> {
  if (!can(ctx.user, action)) await deny(ctx, action.kind, "FORBIDDEN", target);
}
