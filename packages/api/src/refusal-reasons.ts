import { appendAudit } from "@kelias/db";
import { TRPCError } from "@trpc/server";
import type { AuthedContext } from "./context";

/**
 * Every reason a request is refused for, when there can be several at once (the guards of a
 * workflow transition). Carried as the cause of a BAD_REQUEST whose message is the first reason;
 * the error formatter gives the list to clients as `data.reasons`.
 */
export class RefusalReasons extends Error {
  constructor(readonly reasons: readonly string[]) {
    super(reasons.join(","));
    this.name = "RefusalReasons";
  }
}

/** Records the refusal with all its reasons, then answers BAD_REQUEST (message: the first reason). */
export async function refuseWithReasons(
  ctx: AuthedContext,
  action: string,
  target: { entityType: string; entityId: string },
  reasons: readonly string[],
): Promise<never> {
  const [first = "invalid"] = reasons;
  await appendAudit(ctx.db, {
    actorId: ctx.user.id,
    action,
    outcome: "denied",
    ...target,
    ip: ctx.ip,
    detail: { code: "BAD_REQUEST", reason: first, reasons: [...reasons] },
  });
  throw new TRPCError({ code: "BAD_REQUEST", message: first, cause: new RefusalReasons(reasons) });
}
