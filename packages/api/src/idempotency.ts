import { createHash } from "node:crypto";
import { appendAudit, canonicalJson, type Database, idempotencyKeys } from "@kelias/db";
import { and, eq, sql } from "drizzle-orm";
import superjson, { type SuperJSONResult } from "superjson";
import { deny } from "./authorize";
import type { AuthedContext } from "./trpc";

/** How long a key is honoured; older keys are pruned by the writes that claim new ones. */
export const IDEMPOTENCY_KEY_HOURS = 24;
/** Expired keys one write prunes at most, so a write's cost stays bounded whatever has piled up. */
const PRUNE_BATCH = 100;

export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];

export interface IdempotentWrite {
  /** The tRPC path (or route) of the write: a key is only ever replayed for the same one. */
  procedure: string;
  /** The validated input; its `idempotencyKey`, when given, makes the write happen at most once. */
  input: { idempotencyKey?: string | undefined };
}

const KEY_REUSED = Symbol("idempotency key reused");

/** Thrown inside the transaction to roll it back; the refusal is answered once it has. */
class Refusal extends Error {
  constructor(readonly value: symbol) {
    super(String(value.description));
  }
}

/** SHA-256 of the input's canonical JSON (keys sorted, dates as ISO strings), without the key. */
function inputHash(input: object): string {
  return createHash("sha256")
    .update(canonicalJson(superjson.serialize(input).json))
    .digest("hex");
}

async function pruneExpiredKeys(tx: Transaction): Promise<void> {
  // SKIP LOCKED: rows another transaction is pruning are left to it, so writes never wait on each
  // other here, and a batch keeps this to a few rows per write.
  await tx.execute(sql`
    delete from ${idempotencyKeys}
    where (actor_id, key) in (
      select actor_id, key from ${idempotencyKeys}
      where created_at < now() - ${`${IDEMPOTENCY_KEY_HOURS} hours`}::interval
      order by created_at
      limit ${PRUNE_BATCH}
      for update skip locked
    )`);
}

/**
 * Claims the actor's key for this write, first thing in its transaction. Null when this request
 * claimed it and must write; otherwise the stored answer of the request that did. A request that
 * races one holding the same key waits here (primary key) until that one commits, then replays
 * its answer, or claims the key itself if that one rolled back.
 */
async function claim(
  tx: Transaction,
  ctx: AuthedContext,
  procedure: string,
  key: string,
  hash: string,
): Promise<{ result: unknown } | null> {
  const claimed = await tx
    .insert(idempotencyKeys)
    .values({ actorId: ctx.user.id, key, procedure, inputHash: hash })
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key });
  if (claimed.length > 0) {
    await pruneExpiredKeys(tx);
    return null;
  }
  const [stored] = await tx
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.actorId, ctx.user.id), eq(idempotencyKeys.key, key)))
    .limit(1);
  if (!stored?.result) throw new Error("an idempotency key was committed without its result");
  if (stored.procedure !== procedure || stored.inputHash !== hash) throw new Refusal(KEY_REUSED);
  // Nothing is written again; the log still says the request came and what it was answered with.
  await appendAudit(tx, {
    actorId: ctx.user.id,
    action: "idempotency.replay",
    outcome: "allowed",
    ip: ctx.ip,
    detail: { procedure, key },
  });
  return { result: superjson.deserialize(stored.result as SuperJSONResult) };
}

/**
 * Runs a write that creates records in one transaction, at most once per idempotency key of the
 * actor. Call it after every check that must hold on a retry too (authorization, scope): those run
 * again for each request, so an actor who has lost access is refused rather than answered. The
 * first request with a key claims it and stores the write's answer in the same transaction; a
 * repeat with the same input gets that answer without writing; the same key with another input or
 * procedure is refused (CONFLICT `idempotency_key_reused`). Without a key it is a plain transaction.
 *
 * A check that the first write itself makes fail (a unique name, "already opened") belongs inside
 * `write`, or the retry would be refused instead of replayed. A write answers such a refusal by
 * returning a symbol (e.g. a name already taken): the transaction is then rolled back, the key stays unclaimed,
 * and the symbol is returned for the caller to answer (audited, outside the rolled-back transaction).
 */
export async function writeOnce<T>(
  ctx: AuthedContext,
  request: IdempotentWrite,
  write: (tx: Transaction) => Promise<T>,
): Promise<T> {
  const { idempotencyKey: key, ...input } = request.input;
  try {
    return await ctx.db.transaction(async (tx) => {
      if (key !== undefined) {
        const replay = await claim(tx, ctx, request.procedure, key, inputHash(input));
        if (replay) return replay.result as T;
      }
      const result = await write(tx);
      if (typeof result === "symbol") throw new Refusal(result);
      if (key !== undefined) {
        await tx
          .update(idempotencyKeys)
          .set({ result: superjson.serialize(result) })
          .where(and(eq(idempotencyKeys.actorId, ctx.user.id), eq(idempotencyKeys.key, key)));
      }
      return result;
    });
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    if (error.value === KEY_REUSED) {
      return deny(ctx, request.procedure, "CONFLICT", {}, "idempotency_key_reused");
    }
    return error.value as T;
  }
}
