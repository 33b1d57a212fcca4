import { appendAudit } from "@kelias/db";
import { TRPCError } from "@trpc/server";
import type { Context } from "./context";

/** Refuses a request nobody is signed in for: audited with no actor under its path, UNAUTHORIZED. */
export async function refuseSignedOut(ctx: Context, path: string): Promise<never> {
  await appendAudit(ctx.db, {
    actorId: null,
    action: path,
    outcome: "denied",
    ip: ctx.ip,
    detail: { code: "UNAUTHORIZED" },
  });
  throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in to continue." });
}
