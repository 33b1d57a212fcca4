import type { ZodType } from "zod";
import { authorize } from "../authorize";
import type { AuthedContext } from "../context";
import { authedProcedure } from "../trpc";
import { enrolmentProcedure } from "./enrolment-procedure";

/** The signed-in user's own account, as the record its procedures' audit entries and refusals name. */
export function ownAccount(user: { id: string }) {
  return { entityType: "user", entityId: user.id };
}

/** Asked of every procedure on one's own account, once its input is parsed. */
async function manageOwnAccount(ctx: AuthedContext & { action: string }) {
  await authorize(ctx, { kind: "account.manage" });
  return { account: ownAccount(ctx.user) };
}

/**
 * A procedure on the signed-in user's own account (`account.manage`): the input is parsed first,
 * then the policy is asked, and the account is `ctx.account`.
 */
export function accountProcedure<S extends ZodType>(schema: S) {
  return authedProcedure
    .meta({ action: "account.manage" })
    .input(schema)
    .use(async ({ ctx, next }) => next({ ctx: await manageOwnAccount(ctx) }));
}

/**
 * The same for the enrolment procedures, which also serve a user who must enrol a second factor
 * before anything else (see `enrolmentProcedure`).
 */
export function enrolmentAccountProcedure<S extends ZodType>(schema: S) {
  return enrolmentProcedure
    .meta({ action: "account.manage" })
    .input(schema)
    .use(async ({ ctx, next }) => next({ ctx: await manageOwnAccount(ctx) }));
}
