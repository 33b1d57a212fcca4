import { appendAudit } from "@kelias/db";
import type { ActionKind } from "@kelias/domain";
import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError, z } from "zod";
import { StaleVersion } from "./concurrency";
import type { AuthedContext, Context } from "./context";
import { RefusalReasons } from "./refusal-reasons";
import { refuseSignedOut } from "./sign-in-required";

/** Every procedure declares the action it performs; see `can` in @kelias/domain. */
export interface Meta {
  action: ActionKind;
}

const t = initTRPC
  .context<Context>()
  .meta<Meta>()
  .create({
    transformer: superjson,
    errorFormatter({ shape, error }) {
      // An unexpected failure's message can hold SQL and personal data: it goes to the server log
      // (see the route's onError), never to the client.
      const hidden = error.code === "INTERNAL_SERVER_ERROR";
      return {
        ...shape,
        message: hidden ? "Internal error." : shape.message,
        data: {
          ...shape.data,
          fieldErrors: error.cause instanceof ZodError ? z.flattenError(error.cause) : null,
          /** Every reason of a refusal that has several (workflow guards); null otherwise. */
          reasons: error.cause instanceof RefusalReasons ? [...error.cause.reasons] : null,
        },
      };
    },
  });

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Deny by default: a procedure that forgot to declare its action cannot run at all. */
const declared = t.middleware(async ({ meta, ctx, path, next }) => {
  if (!meta?.action) {
    await appendAudit(ctx.db, {
      actorId: ctx.user?.id ?? null,
      action: path,
      outcome: "denied",
      ip: ctx.ip,
      detail: { reason: "undeclared_action" },
    });
    throw new TRPCError({ code: "FORBIDDEN", message: "This operation declares no action." });
  }
  return next();
});

export const publicProcedure = t.procedure.use(declared);

const signedIn = publicProcedure.use(async ({ ctx, path, next }) => {
  if (!ctx.user) return refuseSignedOut(ctx, path);
  return next({ ctx: { ...ctx, user: ctx.user, action: path } });
});

/** The record a refusal names when the procedure's input names one. */
function targetOf(input: unknown): { entityType: string; entityId: string } | undefined {
  if (typeof input !== "object" || input === null) return undefined;
  const { caseId, personId, id } = input as Record<string, unknown>;
  if (typeof caseId === "string") return { entityType: "case", entityId: caseId };
  if (typeof personId === "string") return { entityType: "person", entityId: personId };
  if (typeof id === "string") return { entityType: "record", entityId: id };
  return undefined;
}

/**
 * Signed in; and every stale write, wherever `claimVersion` found it, is refused in one place:
 * audited against the procedure with the record its input names, answered CONFLICT.
 */
export const authedProcedure = signedIn.use(async ({ ctx, path, getRawInput, next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof StaleVersion) {
    await appendAudit(ctx.db, {
      actorId: ctx.user.id,
      action: path,
      outcome: "denied",
      ...(result.error.cause.target ?? targetOf(await getRawInput().catch(() => undefined))),
      ip: ctx.ip,
      detail: { code: "CONFLICT", reason: "stale_version" },
    });
    throw new TRPCError({ code: "CONFLICT", message: "stale_version", cause: result.error.cause });
  }
  return result;
});

export type { AuthedContext };

/** A procedure's context: signed in, and the procedure's path, which is also its audit action. */
export type ProcedureContext = AuthedContext & { action: string };
