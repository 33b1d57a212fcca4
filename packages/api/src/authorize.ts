import { type Action, can } from "@kelias/domain";
import { TRPCError } from "@trpc/server";
import { type RefusalTarget, recordDenied } from "./audit/record";
import type { AuthedContext } from "./context";

export type RefusalCode = "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "BAD_REQUEST";

const DEFAULT_MESSAGES: Record<RefusalCode, string> = {
  FORBIDDEN: "You are not allowed to do this.",
  NOT_FOUND: "Not found.",
  CONFLICT: "stale_version",
  BAD_REQUEST: "invalid",
};

/**
 * Records the refusal, then answers with the given code. `reason` is a stable code the interface
 * translates (e.g. `last_admin`, `stale_version`).
 */
export async function deny(
  ctx: AuthedContext,
  action: string,
  code: RefusalCode,
  target: RefusalTarget = {},
  reason?: string,
): Promise<never> {
  await recordDenied(ctx, action, target, reason ? { code, reason } : { code });
  throw new TRPCError({ code, message: reason ?? DEFAULT_MESSAGES[code] });
}

/**
 * Asks the policy; a refusal is audited and answered FORBIDDEN, under the procedure's path when a
 * procedure asks (the HTTP routes, which have none, under the policy's action).
 */
export async function authorize(
  ctx: AuthedContext & { action?: string },
  action: Action,
  target: RefusalTarget = {},
): Promise<void> {
  if (!can(ctx.user, action)) await deny(ctx, ctx.action ?? action.kind, "FORBIDDEN", target);
}
